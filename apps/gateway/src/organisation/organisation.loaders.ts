import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { EmployeesRepository, ServicePointsRepository, UnitsRepository } from '@k360/database';
import { Employee } from './models/employee.model';
import { ServicePoint } from './models/service-point.model';
import { Unit } from './models/unit.model';
import { toEmployee, toUnit } from './organisation.mappers';

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
  const units = new UnitsRepository(ds);
  const employees = new EmployeesRepository(ds);
  const servicePoints = new ServicePointsRepository(ds);
  return {
    unit: new DataLoader<string, Unit | null>(async (ids) => byKey(ids, (await units.findByIds(ids)).map(toUnit), (u) => u.id)),
    liveChildren: new DataLoader<string, Unit[]>(async (ids) =>
      grouped(ids, (await units.liveChildrenOf(ids)).map(toUnit), (u) => u.parentId!),
    ),
    employee: new DataLoader<string, Employee | null>(async (ids) =>
      byKey(ids, (await employees.findByIds(ids)).map(toEmployee), (e) => e.id),
    ),
    directReports: new DataLoader<string, Employee[]>(async (ids) =>
      grouped(ids, (await employees.directReportsOf(ids)).map(toEmployee), (e) => e.supervisorId!),
    ),
    unitServicePoints: new DataLoader<string, ServicePoint[]>(async (ids) =>
      grouped(ids, await servicePoints.liveOfUnits(ids), (s) => s.unitId),
    ),
    staff: new DataLoader<string, Employee[]>(async (ids) =>
      grouped(ids, await employees.staffOf(ids), (r) => r.servicePointId).map((rs) => rs.map((r) => toEmployee(r.employee))),
    ),
  };
}

export type OrganisationLoaders = ReturnType<typeof createOrganisationLoaders>;
