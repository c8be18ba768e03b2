import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';

export const PeriodKind = graphqlEnum('PeriodKind', ['MONTHLY', 'QUARTERLY', 'ANNUAL']);
export type PeriodKind = ValueOf<typeof PeriodKind>;

export const CoreValue = graphqlEnum(
  'CoreValue',
  ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'],
  'The seven BerAKHLAK core values.',
);
export type CoreValue = ValueOf<typeof CoreValue>;

export const RoundStatus = graphqlEnum('RoundStatus', ['DRAFT', 'OPEN', 'CLOSED', 'SCORED']);
export type RoundStatus = ValueOf<typeof RoundStatus>;

export const Rating = graphqlEnum('Rating', ['DI_ATAS_EKSPEKTASI', 'SESUAI_EKSPEKTASI', 'DI_BAWAH_EKSPEKTASI']);
export type Rating = ValueOf<typeof Rating>;

export const Predikat = graphqlEnum(
  'Predikat',
  ['SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG'],
  'Predikat kinerja (PermenPANRB 6/2022).',
);
export type Predikat = ValueOf<typeof Predikat>;

export const ReviewSource = graphqlEnum('ReviewSource', ['SUPERVISOR', 'PEER', 'SUBORDINATE', 'SELF', 'PUBLIC']);
export type ReviewSource = ValueOf<typeof ReviewSource>;

/** The relation of a reviewer to the reviewed employee (the SUPERVISOR is assigned at opening). */
export const ReviewerRelation = graphqlEnum('ReviewerRelation', ['SUPERVISOR', 'PEER', 'SUBORDINATE', 'SELF']);
export type ReviewerRelation = ValueOf<typeof ReviewerRelation>;

export const AssignmentState = graphqlEnum('AssignmentState', ['NOMINATED', 'APPROVED', 'REJECTED']);
export type AssignmentState = ValueOf<typeof AssignmentState>;

/** How a round's hasil kerja was decided: computed from the employee's agreed work plan, or the supervisor's rating. */
export const HasilKerjaSource = graphqlEnum(
  'HasilKerjaSource',
  ['KPI', 'SUPERVISOR'],
  'KPI: computed from the employee’s agreed work plan (SKP) over the period; SUPERVISOR: the supervisor’s rating (no agreed plan with data).',
);
export type HasilKerjaSource = ValueOf<typeof HasilKerjaSource>;

export const IndicatorOutcome = graphqlEnum(
  'IndicatorOutcome',
  ['COUNTED', 'NOT_REPORTED', 'NO_DATA'],
  'COUNTED: at least one verified month; NOT_REPORTED: a manual indicator without a verified month (capaian 0, weighed); NO_DATA: an automatic indicator without data (left out).',
);
export type IndicatorOutcome = ValueOf<typeof IndicatorOutcome>;

/** Why a source of a result did or did not count (issue 15: "say plainly when a source did not count and why"). */
export const SourceStatus = graphqlEnum(
  'SourceStatus',
  ['COUNTED', 'BELOW_MINIMUM', 'NOT_WEIGHTED'],
  "COUNTED: in the perilaku score with its (renormalised) weight; BELOW_MINIMUM: fewer inputs than the source needs (anonymity, or the policy's minimum): left out and no figure shown, its weight given to the counted sources; NOT_WEIGHTED: shown but weight 0 under the policy (SELF always).",
);
export type SourceStatus = ValueOf<typeof SourceStatus>;
