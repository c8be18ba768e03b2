/**
 * Data access, one repository per aggregate: every SQL statement that touches an aggregate's tables
 * lives in its repository file (typed rows in, typed objects out), shared by the gateway and the
 * worker. Services hold rules and transactions; resolvers and processors never query.
 *
 * Conventions (docs/architecture.md, "Repositories"):
 * - `@Injectable()` class `<Aggregate>Repository` in `<aggregate>.repository.ts`, constructed with
 *   the DataSource (`@InjectDataSource()`), so scripts can `new` one too.
 * - Every method takes the caller's transaction last: `m: EntityManager = this.ds.manager`, so a
 *   service opens the transaction (`ds.transaction(async (m) => ...)`) and passes `m` along.
 * - Methods return camelCase records declared in the same file (never `Record<string, any>`); row
 *   shapes (snake_case) and their mapping stay private to the file.
 * - Constraint names a service turns into an error code are exported as constants from the file.
 * - Tested against the real PostgreSQL in test/repositories/<aggregate>.repository.e2e-spec.ts
 *   (test/support/database.ts gives a migrated DataSource).
 */
import { Provider } from '@nestjs/common';
import { OutboxRepository } from './outbox.repository';
import { AutomaticIndicatorsRepository } from './automatic-indicators.repository';

export * from './outbox.repository';
export * from './automatic-indicators.repository';

/** Every repository class, registered (and exported) by DatabaseModule. Add new ones here. */
export const REPOSITORIES: Provider[] = [
  OutboxRepository,
  AutomaticIndicatorsRepository,
];
