/**
 * NestJS 12 ships as ES modules only, and jest (on Node < 24.9) cannot load those from the CommonJS
 * it runs tests in. Repository tests need none of Nest: they construct a repository with a
 * DataSource (`new RoundsRepository(ds)`), as scripts do. These stand-ins give libs/database the
 * few Nest names it imports (decorators that do nothing, a Logger that stays quiet, a TypeOrmModule
 * that is never used); every statement still runs against the real PostgreSQL. Use in a spec:
 *
 *   jest.mock('@nestjs/common', () => jest.requireActual('./without-nest').nestCommon);
 *   jest.mock('@nestjs/typeorm', () => jest.requireActual('./without-nest').nestTypeorm);
 */
const decorator = () => () => undefined;

class Logger {
  constructor(..._args: unknown[]) {}
  log(): void {}
  error(): void {}
  warn(): void {}
  debug(): void {}
  verbose(): void {}
  fatal(): void {}
  static log(): void {}
  static error(): void {}
  static warn(): void {}
  static debug(): void {}
  static verbose(): void {}
}

export const nestCommon = {
  Injectable: decorator,
  Inject: decorator,
  Optional: decorator,
  Global: decorator,
  Module: decorator,
  Logger,
};

export const nestTypeorm = {
  InjectDataSource: decorator,
  InjectRepository: decorator,
  TypeOrmModule: { forRoot: () => ({}), forRootAsync: () => ({}), forFeature: () => ({}) },
};
