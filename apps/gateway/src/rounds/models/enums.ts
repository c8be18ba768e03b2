import { registerEnumType } from '@nestjs/graphql';

export enum PeriodKind {
  MONTHLY = 'MONTHLY',
  QUARTERLY = 'QUARTERLY',
  ANNUAL = 'ANNUAL',
}
export enum CoreValue {
  BERORIENTASI_PELAYANAN = 'BERORIENTASI_PELAYANAN',
  AKUNTABEL = 'AKUNTABEL',
  KOMPETEN = 'KOMPETEN',
  HARMONIS = 'HARMONIS',
  LOYAL = 'LOYAL',
  ADAPTIF = 'ADAPTIF',
  KOLABORATIF = 'KOLABORATIF',
}
export enum RoundStatus {
  DRAFT = 'DRAFT',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
  SCORED = 'SCORED',
}
export enum Rating {
  DI_ATAS_EKSPEKTASI = 'DI_ATAS_EKSPEKTASI',
  SESUAI_EKSPEKTASI = 'SESUAI_EKSPEKTASI',
  DI_BAWAH_EKSPEKTASI = 'DI_BAWAH_EKSPEKTASI',
}
export enum Predikat {
  SANGAT_BAIK = 'SANGAT_BAIK',
  BAIK = 'BAIK',
  BUTUH_PERBAIKAN = 'BUTUH_PERBAIKAN',
  KURANG = 'KURANG',
  SANGAT_KURANG = 'SANGAT_KURANG',
}
export enum ReviewSource {
  SUPERVISOR = 'SUPERVISOR',
  PEER = 'PEER',
  SUBORDINATE = 'SUBORDINATE',
  SELF = 'SELF',
  PUBLIC = 'PUBLIC',
}
/** The relation of a reviewer to the reviewed employee (the SUPERVISOR is assigned at opening). */
export enum ReviewerRelation {
  SUPERVISOR = 'SUPERVISOR',
  PEER = 'PEER',
  SUBORDINATE = 'SUBORDINATE',
  SELF = 'SELF',
}
export enum AssignmentState {
  NOMINATED = 'NOMINATED',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}

registerEnumType(PeriodKind, { name: 'PeriodKind' });
registerEnumType(CoreValue, { name: 'CoreValue', description: 'The seven BerAKHLAK core values.' });
registerEnumType(RoundStatus, { name: 'RoundStatus' });
registerEnumType(Rating, { name: 'Rating' });
registerEnumType(Predikat, { name: 'Predikat', description: 'Predikat kinerja (PermenPANRB 6/2022).' });
registerEnumType(ReviewSource, { name: 'ReviewSource' });
registerEnumType(ReviewerRelation, { name: 'ReviewerRelation' });
registerEnumType(AssignmentState, { name: 'AssignmentState' });
