import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** Live service points of a unit have distinct names (case-insensitive): a clashing insert fails on it. */
export const SERVICE_POINT_NAME_UQ = 'service_point_name_uq';

/** A titik layanan: a counter, desk or service of a unit where citizens are served. */
export interface ServicePointRecord {
  id: string;
  agencyId: string;
  unitId: string;
  name: string;
  archivedAt: Date | null;
  createdAt: Date;
}

export interface ServicePointListQuery {
  agencyId: string;
  /** Only the service points of this unit of the agency. */
  unitId?: string | null;
  /** With unitId: also those of every unit under it. */
  includeSubunits?: boolean;
  includeArchived?: boolean;
}

const COLUMNS = `sp.id, sp.agency_id, sp.unit_id, sp.name, sp.archived_at, sp.created_at`;
const RETURNING = COLUMNS.replace(/sp\./g, '');

interface ServicePointRow {
  id: string;
  agency_id: string;
  unit_id: string;
  name: string;
  archived_at: Date | null;
  created_at: Date;
}

function toServicePoint(r: ServicePointRow): ServicePointRecord {
  return { id: r.id, agencyId: r.agency_id, unitId: r.unit_id, name: r.name, archivedAt: r.archived_at, createdAt: r.created_at };
}

/**
 * Rows of `UPDATE/DELETE … RETURNING` through TypeORM's `query()`, which answers `[rows, count]`
 * for those commands and plain rows for the others.
 */
function returned<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number') return result[0] as T[];
  return result as T[];
}

/** Service points (service_point) and who staffs them (service_point_staff): every statement that writes them. */
@Injectable()
export class ServicePointsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A service point of the agency, or null (also for another agency's). */
  async findInAgency(agencyId: string, id: string, m: EntityManager = this.ds.manager): Promise<ServicePointRecord | null> {
    const [row]: ServicePointRow[] = await m.query(`SELECT ${COLUMNS} FROM service_point sp WHERE sp.id = $1 AND sp.agency_id = $2`, [
      id,
      agencyId,
    ]);
    return row ? toServicePoint(row) : null;
  }

  /** A service point by id alone, of any agency, or null (the worker's jobs carry ids it already trusts). */
  async find(id: string, m: EntityManager = this.ds.manager): Promise<ServicePointRecord | null> {
    const [row]: ServicePointRow[] = await m.query(`SELECT ${COLUMNS} FROM service_point sp WHERE sp.id = $1`, [id]);
    return row ? toServicePoint(row) : null;
  }

  /** The agency's service points, by name then id. */
  async list(q: ServicePointListQuery, m: EntityManager = this.ds.manager): Promise<ServicePointRecord[]> {
    const params: unknown[] = [q.agencyId];
    let unitFilter = '';
    if (q.unitId) {
      params.push(q.unitId);
      unitFilter = q.includeSubunits
        ? `AND sp.unit_id IN (WITH RECURSIVE sub AS (SELECT id FROM unit WHERE id = $2 AND agency_id = $1
             UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id) SELECT id FROM sub)`
        : 'AND sp.unit_id = $2';
    }
    const rows: ServicePointRow[] = await m.query(
      `SELECT ${COLUMNS} FROM service_point sp WHERE sp.agency_id = $1 ${unitFilter} ${q.includeArchived ? '' : 'AND sp.archived_at IS NULL'}
        ORDER BY sp.name, sp.id`,
      params,
    );
    return rows.map(toServicePoint);
  }

  /** The live service points of each unit, by name (for per-request loaders; callers filter). */
  async liveOfUnits(unitIds: readonly string[], m: EntityManager = this.ds.manager): Promise<ServicePointRecord[]> {
    const rows: ServicePointRow[] = await m.query(
      `SELECT ${COLUMNS} FROM service_point sp WHERE sp.unit_id = ANY($1::uuid[]) AND sp.archived_at IS NULL ORDER BY sp.name`,
      [unitIds],
    );
    return rows.map(toServicePoint);
  }

  /** Inserts a service point. Fails on SERVICE_POINT_NAME_UQ. */
  async insert(sp: { agencyId: string; unitId: string; name: string }, m: EntityManager = this.ds.manager): Promise<ServicePointRecord> {
    const [row]: ServicePointRow[] = await m.query(
      `INSERT INTO service_point (agency_id, unit_id, name) VALUES ($1, $2, $3) RETURNING ${RETURNING}`,
      [sp.agencyId, sp.unitId, sp.name],
    );
    return toServicePoint(row);
  }

  async archive(id: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE service_point SET archived_at = now() WHERE id = $1`, [id]);
  }

  /** Adds the employee to the staff; false when they already were on it. */
  async addStaff(servicePointId: string, employeeId: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `INSERT INTO service_point_staff (service_point_id, employee_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING employee_id`,
      [servicePointId, employeeId],
    );
    return rows.length > 0;
  }

  /** Removes the employee from the staff; false when they were not on it. */
  async removeStaff(servicePointId: string, employeeId: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const rows = returned(
      await m.query(`DELETE FROM service_point_staff WHERE service_point_id = $1 AND employee_id = $2 RETURNING employee_id`, [
        servicePointId,
        employeeId,
      ]),
    );
    return rows.length > 0;
  }
}
