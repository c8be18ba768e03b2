import { registerEnumType } from '@nestjs/graphql';

export enum UnitKind {
  AGENCY = 'AGENCY',
  DINAS = 'DINAS',
  BIDANG = 'BIDANG',
  KECAMATAN = 'KECAMATAN',
  KELURAHAN = 'KELURAHAN',
  OTHER = 'OTHER',
}
export enum Role {
  ADMIN = 'ADMIN',
  SUPERVISOR = 'SUPERVISOR',
  EMPLOYEE = 'EMPLOYEE',
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'Level of a unit: the agency root, dinas, bidang, kecamatan, kelurahan, or other.',
});
registerEnumType(Role, { name: 'Role', description: 'ADMIN manages the agency; SUPERVISOR leads a team; EMPLOYEE is every staff member.' });
