import { AuditLog1764100000000 } from './1764100000000-audit-log';
import { Organisation1764200000000 } from './1764200000000-organisation';
import { Rounds1764300000000 } from './1764300000000-rounds';
import { PublicRatings1764400000000 } from './1764400000000-public-ratings';
import { Results1764500000000 } from './1764500000000-results';
import { KioskPairing1764600000000 } from './1764600000000-kiosk-pairing';
import { RatingKindColumns1764700000000 } from './1764700000000-rating-kind-columns';
import { AgencyTimeZone1764800000000 } from './1764800000000-agency-time-zone';
import { OutboxNotifyClosesOnly1764900000000 } from './1764900000000-outbox-notify-closes-only';
import { RatingReceivedBrin1765000000000 } from './1765000000000-rating-received-brin';
import { LoginThrottleAndTokenFamilies1765100000000 } from './1765100000000-login-throttle-and-token-families';
import { HeldRatings1765200000000 } from './1765200000000-held-ratings';
import { WorkPlans1765300000000 } from './1765300000000-work-plans';
import { AutomaticIndicators1765400000000 } from './1765400000000-automatic-indicators';
import { RoundResultHasilKerja1765500000000 } from './1765500000000-round-result-hasil-kerja';
import { ScoringPolicies1765600000000 } from './1765600000000-scoring-policies';
import { DeadlinesAndNotifications1765700000000 } from './1765700000000-deadlines-and-notifications';
import { EmployeeEmail1765800000000 } from './1765800000000-employee-email';
import { ServiceTicketNumbers1765900000000 } from './1765900000000-service-ticket-numbers';
import { NominationDecided1765950000000 } from './1765950000000-nomination-decided';
import { TrainingCatalogue1766400000000 } from './1766400000000-training-catalogue';
import { Reports1766300000000 } from './1766300000000-reports';
import { AutomaticIndicatorSweep1765450000000 } from './1765450000000-automatic-indicator-sweep';
import { CitizenComments1766100000000 } from './1766100000000-citizen-comments';
import { FollowUpPlan1766200000000 } from './1766200000000-follow-up-plan';
import { RatingPartitionArchive1766500000000 } from './1766500000000-rating-partition-archive';

/**
 * Every migration, oldest first. `npm run migration:generate -- Name` writes a new file next to
 * this one; add its class here so both apps and the CLI run it.
 */
export const MIGRATIONS = [
  AuditLog1764100000000,
  Organisation1764200000000,
  Rounds1764300000000,
  PublicRatings1764400000000,
  Results1764500000000,
  KioskPairing1764600000000,
  RatingKindColumns1764700000000,
  AgencyTimeZone1764800000000,
  OutboxNotifyClosesOnly1764900000000,
  RatingReceivedBrin1765000000000,
  LoginThrottleAndTokenFamilies1765100000000,
  HeldRatings1765200000000,
  WorkPlans1765300000000,
  AutomaticIndicators1765400000000,
  AutomaticIndicatorSweep1765450000000,
  RoundResultHasilKerja1765500000000,
  ScoringPolicies1765600000000,
  DeadlinesAndNotifications1765700000000,
  EmployeeEmail1765800000000,
  ServiceTicketNumbers1765900000000,
  NominationDecided1765950000000,
  CitizenComments1766100000000,
  FollowUpPlan1766200000000,
  Reports1766300000000,
  TrainingCatalogue1766400000000,
  RatingPartitionArchive1766500000000,
];
