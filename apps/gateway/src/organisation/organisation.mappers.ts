import { Employee } from './models/employee.model';
import { Role, UnitKind } from './models/enums';
import { Unit } from './models/unit.model';
import { ServicePoint } from './models/service-point.model';

/** Columns every employee query selects; never the password hash. */
export const EMPLOYEE_COLUMNS = `e.id, e.agency_id, e.nip, e.name, e.position, e.unit_id, e.supervisor_id, e.roles, e.active,
  (e.password_hash IS NOT NULL) AS has_account, e.created_at`;

export interface EmployeeRow {
  id: string;
  agency_id: string;
  nip: string;
  name: string;
  position: string;
  unit_id: string;
  supervisor_id: string | null;
  roles: string[];
  active: boolean;
  has_account: boolean;
  created_at: Date;
}

export function toEmployee(r: EmployeeRow): Employee {
  return {
    id: r.id,
    agencyId: r.agency_id,
    nip: r.nip,
    name: r.name,
    position: r.position,
    unitId: r.unit_id,
    supervisorId: r.supervisor_id,
    roles: r.roles as Role[],
    active: r.active,
    hasAccount: r.has_account,
    createdAt: r.created_at,
  };
}

export const UNIT_COLUMNS = `u.id, u.agency_id, u.parent_id, u.name, u.kind, u.archived_at, u.created_at`;

export interface UnitRow {
  id: string;
  agency_id: string;
  parent_id: string | null;
  name: string;
  kind: string;
  archived_at: Date | null;
  created_at: Date;
}

export function toUnit(r: UnitRow): Unit {
  return {
    id: r.id,
    agencyId: r.agency_id,
    parentId: r.parent_id,
    name: r.name,
    kind: r.kind as UnitKind,
    archivedAt: r.archived_at,
    createdAt: r.created_at,
  };
}

export const SERVICE_POINT_COLUMNS = `sp.id, sp.agency_id, sp.unit_id, sp.name, sp.archived_at, sp.created_at`;

export interface ServicePointRow {
  id: string;
  agency_id: string;
  unit_id: string;
  name: string;
  archived_at: Date | null;
  created_at: Date;
}

export function toServicePoint(r: ServicePointRow): ServicePoint {
  return { id: r.id, agencyId: r.agency_id, unitId: r.unit_id, name: r.name, archivedAt: r.archived_at, createdAt: r.created_at };
}

/** Audit snapshot of an employee: everything but credentials. */
export function employeeSnapshot(e: Employee): Record<string, unknown> {
  return {
    nip: e.nip,
    name: e.name,
    position: e.position,
    unitId: e.unitId,
    supervisorId: e.supervisorId,
    roles: e.roles,
    active: e.active,
  };
}
