import { registerEnumType } from '@nestjs/graphql';

export enum Direction {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}
export enum Aggregation {
  SUM = 'SUM',
  AVERAGE = 'AVERAGE',
  LAST = 'LAST',
}
export enum IndicatorSource {
  MANUAL = 'MANUAL',
  CITIZEN_SATISFACTION = 'CITIZEN_SATISFACTION',
  SERVICE_COMPLETION_TIME = 'SERVICE_COMPLETION_TIME',
}
export enum WorkPlanStatus {
  DRAFT = 'DRAFT',
  AGREED = 'AGREED',
}
export enum RealisationStatus {
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  RETURNED = 'RETURNED',
}
/** The supervisor's decision on a submitted realisation. */
export enum RealisationDecision {
  VERIFIED = 'VERIFIED',
  RETURNED = 'RETURNED',
}
export enum RealisationAction {
  REPORTED = 'REPORTED',
  VERIFIED = 'VERIFIED',
  RETURNED = 'RETURNED',
  CORRECTED = 'CORRECTED',
}

/** Where a month of an indicator stands, for the supervisor's monitoring. */
export enum MonthlyReportStatus {
  NOT_REPORTED = 'NOT_REPORTED',
  SUBMITTED = 'SUBMITTED',
  VERIFIED = 'VERIFIED',
  RETURNED = 'RETURNED',
  /** An automatic indicator: computed by the worker, nothing to report. */
  AUTOMATIC = 'AUTOMATIC',
}

registerEnumType(Direction, { name: 'Direction', description: 'Whether a higher or a lower realisation is better (e.g. completion time).' });
registerEnumType(Aggregation, {
  name: 'Aggregation',
  description: 'How verified months make a period’s realisation: SUM (counts), AVERAGE (rates, times), LAST (cumulative status).',
});
registerEnumType(IndicatorSource, {
  name: 'IndicatorSource',
  description: 'MANUAL: reported monthly by the employee; the others are computed from the platform’s own facts.',
});
registerEnumType(WorkPlanStatus, { name: 'WorkPlanStatus' });
registerEnumType(RealisationStatus, { name: 'RealisationStatus' });
registerEnumType(RealisationDecision, { name: 'RealisationDecision' });
registerEnumType(RealisationAction, { name: 'RealisationAction', description: 'One entry of a realisation’s thread.' });
registerEnumType(MonthlyReportStatus, {
  name: 'MonthlyReportStatus',
  description: 'A month of an indicator: NOT_REPORTED, SUBMITTED, VERIFIED or RETURNED (MANUAL indicators), AUTOMATIC (computed).',
});
