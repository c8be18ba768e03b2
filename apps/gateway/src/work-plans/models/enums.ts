import { INDICATOR_SOURCES, KPI_AGGREGATIONS, KPI_DIRECTIONS, REALISATION_STATUSES } from '@k360/scoring';
import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';

// Directions, aggregations, sources and statuses are the scoring rules' own lists (libs/scoring hasil-kerja*.ts).
export const Direction = graphqlEnum(
  'Direction',
  KPI_DIRECTIONS,
  'Whether a higher or a lower realisation is better (e.g. completion time).',
);
export type Direction = ValueOf<typeof Direction>;

export const Aggregation = graphqlEnum(
  'Aggregation',
  KPI_AGGREGATIONS,
  'How verified months make a period’s realisation: SUM (counts), AVERAGE (rates, times), LAST (cumulative status).',
);
export type Aggregation = ValueOf<typeof Aggregation>;

export const IndicatorSource = graphqlEnum(
  'IndicatorSource',
  INDICATOR_SOURCES,
  'MANUAL: reported monthly by the employee; the others are computed from the platform’s own facts.',
);
export type IndicatorSource = ValueOf<typeof IndicatorSource>;

export const WorkPlanStatus = graphqlEnum('WorkPlanStatus', ['DRAFT', 'AGREED']);
export type WorkPlanStatus = ValueOf<typeof WorkPlanStatus>;

export const RealisationStatus = graphqlEnum('RealisationStatus', REALISATION_STATUSES);
export type RealisationStatus = ValueOf<typeof RealisationStatus>;

/** The supervisor's decision on a submitted realisation. */
export const RealisationDecision = graphqlEnum('RealisationDecision', ['VERIFIED', 'RETURNED']);
export type RealisationDecision = ValueOf<typeof RealisationDecision>;

export const RealisationAction = graphqlEnum(
  'RealisationAction',
  ['REPORTED', 'VERIFIED', 'RETURNED', 'CORRECTED'],
  'One entry of a realisation’s thread.',
);
export type RealisationAction = ValueOf<typeof RealisationAction>;

/** Where a month of an indicator stands, for the supervisor's monitoring (AUTOMATIC: computed by the worker, nothing to report). */
export const MonthlyReportStatus = graphqlEnum(
  'MonthlyReportStatus',
  ['NOT_REPORTED', ...REALISATION_STATUSES, 'AUTOMATIC'],
  'A month of an indicator: NOT_REPORTED, SUBMITTED, VERIFIED or RETURNED (MANUAL indicators), AUTOMATIC (computed).',
);
export type MonthlyReportStatus = ValueOf<typeof MonthlyReportStatus>;
