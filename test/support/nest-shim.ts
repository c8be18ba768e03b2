import 'reflect-metadata';

/**
 * NestJS 12 ships ES modules, which Jest on Node 20 cannot load, and libs/database's repositories
 * are Nest providers (`@Injectable()`, `@InjectDataSource()`). Repository tests construct them
 * directly (`new XRepository(ds)`), so Nest's decorators only need to exist. A spec that imports
 * libs/database replaces the two packages with these stand-ins before anything loads them:
 *
 *   jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
 *   jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);
 *
 * Nothing here runs Nest: no injection, no modules (the product itself runs from dist/).
 */
const noopDecorator =
  () =>
  (..._args: unknown[]): void =>
    undefined;

class SilentLogger {
  constructor(readonly context?: string) {}
  log(): void {}
  error(): void {}
  warn(): void {}
  debug(): void {}
  verbose(): void {}
  fatal(): void {}
}

export const nestCommon = {
  Injectable: noopDecorator,
  Inject: noopDecorator,
  Optional: noopDecorator,
  Global: noopDecorator,
  Module: noopDecorator,
  Logger: SilentLogger,
};

export const nestTypeorm = {
  InjectDataSource: noopDecorator,
  InjectEntityManager: noopDecorator,
  InjectRepository: noopDecorator,
  getDataSourceToken: () => 'DataSource',
  TypeOrmModule: { forRoot: () => ({}), forRootAsync: () => ({}), forFeature: () => ({}) },
};
