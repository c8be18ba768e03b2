import type { EmployeeRecord, UnitRecord } from '@k360/database';
import { Employee } from './models/employee.model';
import { Role, UnitKind } from './models/enums';
import { Unit } from './models/unit.model';

/*
 * GraphQL models from the repositories' records (libs/database/src/repositories). The records
 * carry the same fields; only the enums differ in type (the GraphQL enums have the same values).
 * ServicePointRecord is a ServicePoint as it is.
 */

export function toEmployee(r: EmployeeRecord): Employee {
  return { ...r, roles: r.roles as Role[] };
}

export function toUnit(r: UnitRecord): Unit {
  return { ...r, kind: r.kind as UnitKind };
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
