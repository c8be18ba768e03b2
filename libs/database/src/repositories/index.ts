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
import { AgenciesRepository } from './agencies.repository';
import { EmployeesRepository } from './employees.repository';
import { OutboxRepository } from './outbox.repository';
import { ServicePointsRepository } from './service-points.repository';
import { UnitsRepository } from './units.repository';
import { ResultsRepository } from './results.repository';
import { RoundsRepository } from './rounds.repository';
import { PublicRatingsRepository } from './public-ratings.repository';
import { SatisfactionRepository } from './satisfaction.repository';
import { SatisfactionReportRepository } from './satisfaction-report.repository';
import { ReportsRepository } from './reports.repository';
import { WorkPlansRepository } from './work-plans.repository';
import { AuditRepository } from './audit.repository';
import { OperationsRepository } from './operations.repository';
import { SessionsRepository } from './sessions.repository';
import { AutomaticIndicatorsRepository } from './automatic-indicators.repository';
import { ScoringPoliciesRepository } from './scoring-policies.repository';
import { NotificationsRepository } from './notifications.repository';
import { CitizenCommentsRepository } from './citizen-comments.repository';
import { FollowUpRepository } from './follow-up.repository';
import { TrainingCoursesRepository } from './training-courses.repository';

export * from './agencies.repository';
export * from './employees.repository';
export * from './outbox.repository';
export * from './service-points.repository';
export * from './units.repository';
export * from './results.repository';
export * from './rounds.repository';
export * from './public-ratings.repository';
export * from './satisfaction.repository';
export * from './satisfaction-report.repository';
export * from './reports.repository';
export * from './work-plans.repository';
export * from './audit.repository';
export * from './operations.repository';
export * from './sessions.repository';
export * from './automatic-indicators.repository';
export * from './scoring-policies.repository';
export * from './notifications.repository';
export * from './citizen-comments.repository';
export * from './follow-up.repository';
export * from './training-courses.repository';

/** Every repository class, registered (and exported) by DatabaseModule. Add new ones here. */
export const REPOSITORIES: Provider[] = [
  OutboxRepository,
  AgenciesRepository,
  UnitsRepository,
  EmployeesRepository,
  ServicePointsRepository,
  ResultsRepository,
  RoundsRepository,
  PublicRatingsRepository,
  SatisfactionRepository,
  SatisfactionReportRepository,
  ReportsRepository,
  WorkPlansRepository,
  AuditRepository,
  OperationsRepository,
  SessionsRepository,
  AutomaticIndicatorsRepository,
  ScoringPoliciesRepository,
  NotificationsRepository,
  CitizenCommentsRepository,
  FollowUpRepository,
  TrainingCoursesRepository,
];
