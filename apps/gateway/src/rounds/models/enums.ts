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
