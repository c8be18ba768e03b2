import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Employee } from './models/employee.model';
import { ServicePoint } from './models/service-point.model';
import { Unit } from './models/unit.model';
import {
  EMPLOYEE_COLUMNS,
  EmployeeRow,
  SERVICE_POINT_COLUMNS,
  ServicePointRow,
  toEmployee,
  toServicePoint,
  toUnit,
  UNIT_COLUMNS,
  UnitRow,
} from './organisation.mappers';

function byKey<T, K extends string>(keys: readonly K[], items: T[], keyOf: (t: T) => K): Array<T | null> {
  const map = new Map(items.map((i) => [keyOf(i), i]));
  return keys.map((k) => map.get(k) ?? null);
}

function grouped<T>(keys: readonly string[], items: T[], keyOf: (t: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const i of items) map.set(keyOf(i), [...(map.get(keyOf(i)) ?? []), i]);
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Per-request DataLoaders: one query per relation per request instead of one per row (N+1).
 * They load by id only and check nothing: every resolver that returns employees from them filters
 * through OrganisationPolicy first.
 */
export function createOrganisationLoaders(ds: DataSource) {
  return {
    unit: new DataLoader<string, Unit | null>(async (ids) =>
      byKey(
        ids,
        ((await ds.query(`SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.id = ANY($1::uuid[])`, [ids])) as UnitRow[]).map(toUnit),
        (u) => u.id,
      ),
    ),
    liveChildren: new DataLoader<string, Unit[]>(async (ids) =>
      grouped(
        ids,
        (
          (await ds.query(
            `SELECT ${UNIT_COLUMNS} FROM unit u WHERE u.parent_id = ANY($1::uuid[]) AND u.archived_at IS NULL ORDER BY u.name, u.id`,
            [ids],
          )) as UnitRow[]
        ).map(toUnit),
        (u) => u.parentId!,
      ),
    ),
    employee: new DataLoader<string, Employee | null>(async (ids) =>
      byKey(
        ids,
        ((await ds.query(`SELECT ${EMPLOYEE_COLUMNS} FROM employee e WHERE e.id = ANY($1::uuid[])`, [ids])) as EmployeeRow[]).map(
          toEmployee,
        ),
        (e) => e.id,
      ),
    ),
    directReports: new DataLoader<string, Employee[]>(async (ids) =>
      grouped(
        ids,
        (
          (await ds.query(`SELECT ${EMPLOYEE_COLUMNS} FROM employee e WHERE e.supervisor_id = ANY($1::uuid[]) ORDER BY e.name, e.id`, [
            ids,
          ])) as EmployeeRow[]
        ).map(toEmployee),
        (e) => e.supervisorId!,
      ),
    ),
    unitServicePoints: new DataLoader<string, ServicePoint[]>(async (ids) =>
      grouped(
        ids,
        (
          (await ds.query(
            `SELECT ${SERVICE_POINT_COLUMNS} FROM service_point sp WHERE sp.unit_id = ANY($1::uuid[]) AND sp.archived_at IS NULL ORDER BY sp.name`,
            [ids],
          )) as ServicePointRow[]
        ).map(toServicePoint),
        (s) => s.unitId,
      ),
    ),
    staff: new DataLoader<string, Employee[]>(async (ids) => {
      const rows: Array<EmployeeRow & { service_point_id: string }> = await ds.query(
        `SELECT s.service_point_id, ${EMPLOYEE_COLUMNS} FROM service_point_staff s JOIN employee e ON e.id = s.employee_id
          WHERE s.service_point_id = ANY($1::uuid[]) ORDER BY e.name`,
        [ids],
      );
      return grouped(ids, rows, (r) => r.service_point_id).map((rs) => rs.map(toEmployee));
    }),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
