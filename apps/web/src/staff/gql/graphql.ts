/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type CreateEmployeeInput = {
  /** Where email notifications go (stored lower-cased). */
  email?: string | null | undefined;
  name: string;
  /** 18 digits: birth date, TMT CPNS, sex, serial. */
  nip: string;
  /** Initial password; without one the employee cannot log in yet. */
  password?: string | null | undefined;
  position: string;
  roles?: Array<Role>;
  supervisorId?: string | number | null | undefined;
  unitId: string | number;
};

export type CreateServicePointInput = {
  name: string;
  unitId: string | number;
};

export type CreateUnitInput = {
  kind: UnitKind;
  name: string;
  /** The parent unit; every unit but the agency root has one. */
  parentId?: string | number | null | undefined;
};

export type EmployeeFilter = {
  /** Only active (true) or inactive (false) employees; both when omitted. */
  active?: boolean | null | undefined;
  /** With unitId: also employees of its sub-units. */
  includeSubunits?: boolean | null | undefined;
  /** Part of the name, or the start of the NIP. */
  search?: string | null | undefined;
  unitId?: string | number | null | undefined;
};

export type ImportEmployeesInput = {
  /** CSV text with a header row: NIP, nama, jabatan, unit, NIP atasan (and optionally peran). */
  csv: string;
  /** Preview: run every check and list each row's problem in `problems` instead of refusing; nothing is stored. */
  dryRun?: boolean | null | undefined;
  /** Initial password for every imported employee; without one they cannot log in yet. */
  initialPassword?: string | null | undefined;
};

export type MoveUnitInput = {
  id: string | number;
  parentId: string | number;
};

export type PageInput = {
  after?: string | null | undefined;
  first?: number;
};

/** ADMIN manages the agency; SUPERVISOR leads a team; EMPLOYEE is every staff member. */
export type Role =
  | 'ADMIN'
  | 'EMPLOYEE'
  | 'SUPERVISOR';

export type ServicePointStaffInput = {
  employeeId: string | number;
  servicePointId: string | number;
};

/** Level of a unit: the agency root, dinas, bidang, kecamatan, kelurahan, or other. */
export type UnitKind =
  | 'AGENCY'
  | 'BIDANG'
  | 'DINAS'
  | 'KECAMATAN'
  | 'KELURAHAN'
  | 'OTHER';

export type UpdateEmployeeInput = {
  active?: boolean | null | undefined;
  clearEmail?: boolean | null | undefined;
  clearSupervisor?: boolean | null | undefined;
  /** Set to change the email address; see clearEmail to remove it. */
  email?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  position?: string | null | undefined;
  roles?: Array<Role> | null | undefined;
  /** Set to change the supervisor; see clearSupervisor to remove it. */
  supervisorId?: string | number | null | undefined;
  unitId?: string | number | null | undefined;
};

export type UpdateUnitInput = {
  id: string | number;
  kind?: UnitKind | null | undefined;
  name?: string | null | undefined;
};

export type ChangeOwnPasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangeOwnPasswordMutation = { changePassword: boolean };

export type AdminEmployeeNameQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEmployeeNameQuery = { employee: { name: string } };

export type AdminImportEmployeesMutationVariables = Exact<{
  input: ImportEmployeesInput;
}>;


export type AdminImportEmployeesMutation = { importEmployees: { created: number, dryRun: boolean, rows: number, nips: Array<string>, problems: Array<{ line: number, reason: string }> } };

export type AdminEmployeesQueryVariables = Exact<{
  filter?: EmployeeFilter | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type AdminEmployeesQuery = { employees: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, name: string, nip: string, position: string, active: boolean, unit: { name: string } }> } };

export type AdminEmployeeQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminEmployeeQuery = { employee: { id: string, name: string, nip: string, position: string, active: boolean, email: string | null, hasAccount: boolean, roles: Array<Role>, unit: { id: string, name: string }, supervisor: { id: string, name: string, nip: string } | null, history: Array<{ position: string, unitId: string, supervisorId: string | null, validFrom: unknown, validTo: unknown }> } };

export type AdminCreateEmployeeMutationVariables = Exact<{
  input: CreateEmployeeInput;
}>;


export type AdminCreateEmployeeMutation = { createEmployee: { id: string, name: string } };

export type AdminUpdateEmployeeMutationVariables = Exact<{
  input: UpdateEmployeeInput;
}>;


export type AdminUpdateEmployeeMutation = { updateEmployee: { id: string } };

export type AdminSetEmployeePasswordMutationVariables = Exact<{
  employeeId: string | number;
  password: string;
}>;


export type AdminSetEmployeePasswordMutation = { setEmployeePassword: { id: string } };

export type AdminSetupServicePointsQueryVariables = Exact<{
  includeArchived: boolean;
}>;


export type AdminSetupServicePointsQuery = { servicePoints: Array<{ id: string, name: string, archivedAt: unknown, unit: { name: string }, staff: Array<{ id: string, name: string, nip: string, position: string }> }> };

export type AdminCreateServicePointMutationVariables = Exact<{
  input: CreateServicePointInput;
}>;


export type AdminCreateServicePointMutation = { createServicePoint: { id: string, name: string } };

export type AdminArchiveServicePointMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminArchiveServicePointMutation = { archiveServicePoint: { id: string } };

export type AdminAssignServicePointStaffMutationVariables = Exact<{
  input: ServicePointStaffInput;
}>;


export type AdminAssignServicePointStaffMutation = { assignServicePointStaff: { id: string } };

export type AdminRemoveServicePointStaffMutationVariables = Exact<{
  input: ServicePointStaffInput;
}>;


export type AdminRemoveServicePointStaffMutation = { removeServicePointStaff: { id: string } };

export type AdminPickEmployeesQueryVariables = Exact<{
  search: string;
}>;


export type AdminPickEmployeesQuery = { employees: { nodes: Array<{ id: string, name: string, nip: string, position: string }> } };

export type AdminUnitRootQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUnitRootQuery = { units: Array<{ id: string, name: string }> };

export type AdminUnitIndexQueryVariables = Exact<{
  rootId: string | number;
}>;


export type AdminUnitIndexQuery = { units: Array<{ id: string, name: string, children: Array<{ id: string, name: string, children: Array<{ id: string, name: string }> }> }> };

export type AdminUnitsQueryVariables = Exact<{
  parentId?: string | number | null | undefined;
  includeArchived: boolean;
}>;


export type AdminUnitsQuery = { units: Array<{ id: string, name: string, kind: UnitKind, archivedAt: unknown, parentId: string | null, children: Array<{ id: string }> }> };

export type AdminUnitQueryVariables = Exact<{
  id: string | number;
}>;


export type AdminUnitQuery = { unit: { id: string, name: string, kind: UnitKind, archivedAt: unknown, parentId: string | null, parent: { id: string, name: string } | null, history: Array<{ name: string, parentId: string | null, archived: boolean, validFrom: unknown, validTo: unknown }> } };

export type AdminCreateUnitMutationVariables = Exact<{
  input: CreateUnitInput;
}>;


export type AdminCreateUnitMutation = { createUnit: { id: string, name: string } };

export type AdminUpdateUnitMutationVariables = Exact<{
  input: UpdateUnitInput;
}>;


export type AdminUpdateUnitMutation = { updateUnit: { id: string } };

export type AdminMoveUnitMutationVariables = Exact<{
  input: MoveUnitInput;
}>;


export type AdminMoveUnitMutation = { moveUnit: { id: string } };

export type AdminArchiveUnitMutationVariables = Exact<{
  id: string | number;
}>;


export type AdminArchiveUnitMutation = { archiveUnit: { id: string, name: string } };

export type StaffLogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type StaffLogoutMutation = { logout: boolean };

export type StaffMeQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffMeQuery = { me: { id: string, name: string, position: string, roles: Array<Role>, supervisor: { id: string } | null }, deskServicePoints: Array<{ id: string, name: string, unitName: string }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ChangeOwnPasswordDocument = new TypedDocumentString(`
    mutation ChangeOwnPassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangeOwnPasswordMutation, ChangeOwnPasswordMutationVariables>;
export const AdminEmployeeNameDocument = new TypedDocumentString(`
    query AdminEmployeeName($id: ID!) {
  employee(id: $id) {
    name
  }
}
    `) as unknown as TypedDocumentString<AdminEmployeeNameQuery, AdminEmployeeNameQueryVariables>;
export const AdminImportEmployeesDocument = new TypedDocumentString(`
    mutation AdminImportEmployees($input: ImportEmployeesInput!) {
  importEmployees(input: $input) {
    created
    dryRun
    rows
    nips
    problems {
      line
      reason
    }
  }
}
    `) as unknown as TypedDocumentString<AdminImportEmployeesMutation, AdminImportEmployeesMutationVariables>;
export const AdminEmployeesDocument = new TypedDocumentString(`
    query AdminEmployees($filter: EmployeeFilter, $page: PageInput) {
  employees(filter: $filter, page: $page) {
    totalCount
    pageInfo {
      endCursor
      hasNextPage
    }
    nodes {
      id
      name
      nip
      position
      active
      unit {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminEmployeesQuery, AdminEmployeesQueryVariables>;
export const AdminEmployeeDocument = new TypedDocumentString(`
    query AdminEmployee($id: ID!) {
  employee(id: $id) {
    id
    name
    nip
    position
    active
    email
    hasAccount
    roles
    unit {
      id
      name
    }
    supervisor {
      id
      name
      nip
    }
    history {
      position
      unitId
      supervisorId
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<AdminEmployeeQuery, AdminEmployeeQueryVariables>;
export const AdminCreateEmployeeDocument = new TypedDocumentString(`
    mutation AdminCreateEmployee($input: CreateEmployeeInput!) {
  createEmployee(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateEmployeeMutation, AdminCreateEmployeeMutationVariables>;
export const AdminUpdateEmployeeDocument = new TypedDocumentString(`
    mutation AdminUpdateEmployee($input: UpdateEmployeeInput!) {
  updateEmployee(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateEmployeeMutation, AdminUpdateEmployeeMutationVariables>;
export const AdminSetEmployeePasswordDocument = new TypedDocumentString(`
    mutation AdminSetEmployeePassword($employeeId: ID!, $password: String!) {
  setEmployeePassword(employeeId: $employeeId, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminSetEmployeePasswordMutation, AdminSetEmployeePasswordMutationVariables>;
export const AdminSetupServicePointsDocument = new TypedDocumentString(`
    query AdminSetupServicePoints($includeArchived: Boolean!) {
  servicePoints(includeArchived: $includeArchived) {
    id
    name
    archivedAt
    unit {
      name
    }
    staff {
      id
      name
      nip
      position
    }
  }
}
    `) as unknown as TypedDocumentString<AdminSetupServicePointsQuery, AdminSetupServicePointsQueryVariables>;
export const AdminCreateServicePointDocument = new TypedDocumentString(`
    mutation AdminCreateServicePoint($input: CreateServicePointInput!) {
  createServicePoint(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateServicePointMutation, AdminCreateServicePointMutationVariables>;
export const AdminArchiveServicePointDocument = new TypedDocumentString(`
    mutation AdminArchiveServicePoint($id: ID!) {
  archiveServicePoint(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminArchiveServicePointMutation, AdminArchiveServicePointMutationVariables>;
export const AdminAssignServicePointStaffDocument = new TypedDocumentString(`
    mutation AdminAssignServicePointStaff($input: ServicePointStaffInput!) {
  assignServicePointStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminAssignServicePointStaffMutation, AdminAssignServicePointStaffMutationVariables>;
export const AdminRemoveServicePointStaffDocument = new TypedDocumentString(`
    mutation AdminRemoveServicePointStaff($input: ServicePointStaffInput!) {
  removeServicePointStaff(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminRemoveServicePointStaffMutation, AdminRemoveServicePointStaffMutationVariables>;
export const AdminPickEmployeesDocument = new TypedDocumentString(`
    query AdminPickEmployees($search: String!) {
  employees(filter: {search: $search, active: true}, page: {first: 10}) {
    nodes {
      id
      name
      nip
      position
    }
  }
}
    `) as unknown as TypedDocumentString<AdminPickEmployeesQuery, AdminPickEmployeesQueryVariables>;
export const AdminUnitRootDocument = new TypedDocumentString(`
    query AdminUnitRoot {
  units {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminUnitRootQuery, AdminUnitRootQueryVariables>;
export const AdminUnitIndexDocument = new TypedDocumentString(`
    query AdminUnitIndex($rootId: ID!) {
  units(parentId: $rootId) {
    id
    name
    children {
      id
      name
      children {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitIndexQuery, AdminUnitIndexQueryVariables>;
export const AdminUnitsDocument = new TypedDocumentString(`
    query AdminUnits($parentId: ID, $includeArchived: Boolean!) {
  units(parentId: $parentId, includeArchived: $includeArchived) {
    id
    name
    kind
    archivedAt
    parentId
    children {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitsQuery, AdminUnitsQueryVariables>;
export const AdminUnitDocument = new TypedDocumentString(`
    query AdminUnit($id: ID!) {
  unit(id: $id) {
    id
    name
    kind
    archivedAt
    parentId
    parent {
      id
      name
    }
    history {
      name
      parentId
      archived
      validFrom
      validTo
    }
  }
}
    `) as unknown as TypedDocumentString<AdminUnitQuery, AdminUnitQueryVariables>;
export const AdminCreateUnitDocument = new TypedDocumentString(`
    mutation AdminCreateUnit($input: CreateUnitInput!) {
  createUnit(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminCreateUnitMutation, AdminCreateUnitMutationVariables>;
export const AdminUpdateUnitDocument = new TypedDocumentString(`
    mutation AdminUpdateUnit($input: UpdateUnitInput!) {
  updateUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminUpdateUnitMutation, AdminUpdateUnitMutationVariables>;
export const AdminMoveUnitDocument = new TypedDocumentString(`
    mutation AdminMoveUnit($input: MoveUnitInput!) {
  moveUnit(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AdminMoveUnitMutation, AdminMoveUnitMutationVariables>;
export const AdminArchiveUnitDocument = new TypedDocumentString(`
    mutation AdminArchiveUnit($id: ID!) {
  archiveUnit(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminArchiveUnitMutation, AdminArchiveUnitMutationVariables>;
export const StaffLogoutDocument = new TypedDocumentString(`
    mutation StaffLogout {
  logout
}
    `) as unknown as TypedDocumentString<StaffLogoutMutation, StaffLogoutMutationVariables>;
export const StaffMeDocument = new TypedDocumentString(`
    query StaffMe {
  me {
    id
    name
    position
    roles
    supervisor {
      id
    }
  }
  deskServicePoints {
    id
    name
    unitName
  }
}
    `) as unknown as TypedDocumentString<StaffMeQuery, StaffMeQueryVariables>;