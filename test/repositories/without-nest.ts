/**
 * Jest (before Node 24.9) cannot `require()` an ES module, and @nestjs/common and @nestjs/typeorm
 * are ES modules only; the product itself runs on Node, which can. Repository tests construct
 * repositories with `new` and need no Nest, so they replace those two packages with inert
 * decorators (the classes work the same without them):
 *
 *   jest.mock('@nestjs/common', () => jest.requireActual('./without-nest').nestCommon);
 *   jest.mock('@nestjs/typeorm', () => jest.requireActual('./without-nest').nestTypeorm);
 */
const decorator = () => () => undefined;

class Logger {
  constructor(readonly context?: string) {}
  log(): void {}
  warn(): void {}
  error(): void {}
  debug(): void {}
  verbose(): void {}
}

export const nestCommon = { Injectable: decorator, Inject: decorator, Optional: decorator, Global: decorator, Module: decorator, Logger };
export const nestTypeorm = { InjectDataSource: decorator, TypeOrmModule: {} };
