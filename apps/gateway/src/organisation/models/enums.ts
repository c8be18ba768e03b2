import { graphqlEnum } from '../../common/graphql-enum';
import type { ValueOf } from '../../common/names';

export const UnitKind = graphqlEnum(
  'UnitKind',
  ['AGENCY', 'DINAS', 'BIDANG', 'KECAMATAN', 'KELURAHAN', 'OTHER'],
  'Level of a unit: the agency root, dinas, bidang, kecamatan, kelurahan, or other.',
);
export type UnitKind = ValueOf<typeof UnitKind>;

export const Role = graphqlEnum(
  'Role',
  ['ADMIN', 'SUPERVISOR', 'EMPLOYEE'],
  'ADMIN manages the agency; SUPERVISOR leads a team; EMPLOYEE is every staff member.',
);
export type Role = ValueOf<typeof Role>;
