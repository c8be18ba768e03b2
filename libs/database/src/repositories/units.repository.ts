import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { UnitKindValue } from '../entities/unit.entity';

/** Live sibling units have distinct names (case-insensitive): an insert or rename that clashes fails on it. */
export const UNIT_SIBLING_NAME_UQ = 'unit_sibling_name_uq';
/** One root unit (kind AGENCY, no parent) per agency. */
export const UNIT_ONE_ROOT_UQ = 'unit_one_root_uq';

/** A unit of an agency's tree. */
export interface UnitRecord {
  id: string;
  agencyId: string;
  parentId: string | null;
  name: string;
  kind: UnitKindValue;
  archivedAt: Date | null;
  createdAt: Date;
}

/** A unit as it was between validFrom and validTo (null: still so). */
export interface UnitVersionRecord {
  name: string;
  parentId: string | null;
  archived: boolean;
  validFrom: Date;
  validTo: Date | null;
}

/** What still lives in a unit (archiving needs all three at zero). */
export interface UnitContents {
  liveChildren: number;
  activeEmployees: number;
  liveServicePoints: number;
}

/** A live unit with its path from the agency root, names joined by ' / '. */
export interface UnitPathRecord {
  id: string;
  name: string;
  path: string;
}

export interface NewUnit {
  agencyId: string;
  /** Null only for the agency root (kind AGENCY). */
  parentId: string | null;
  name: string;
  kind: UnitKindValue;
}

/** A row lock taken by a read: FOR UPDATE to change the row, FOR SHARE to keep it as read. */
export type UnitLock = 'update' | 'share';

const COLUMNS = `u.id, u.agency_id, u.parent_id, u.name, u.kind, u.archived_at, u.created_at`;
const RETURNING = COLUMNS.replace(/u\./g, '');

interface UnitRow {
  id: string;
  agency_id: string;
  parent_id: string | null;
  name: string;
  kind: UnitKindValue;
  archived_at: Date | null;
  created_at: Date;
}

function toUnit(r: UnitRow): UnitRecord {
  return {
    id: r.id,
    agencyId: r.agency_id,
    parentId: r.parent_id,
    name: r.name,
    kind: r.kind,
    archivedAt: r.archived_at,
    createdAt: r.created_at,
  };
}

const LOCKS: Record<UnitLock, string> = { update: 'FOR UPDATE', share: 'FOR SHARE' };

/**
 * The unit tree of each agency (unit) and its history (unit_history): every statement that writes
 * them. Reads that only check an agency boundary take the agency id; loaders read by id alone.
 */
@Injectable()
export class UnitsRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** A unit of the agency, or null (also for another agency's unit); `lock` locks its row. */
  async findInAgency(agencyId: string, id: string, lock?: UnitLock, m: EntityManager = this.ds.manager): Promise<UnitRecord | null> {
    const [row]: UnitRow[] = await m.query(
      `SELECT ${COLUMNS} FROM unit u WHERE u.id = $1 AND u.agency_id = $2 ${lock ? LOCKS[lock] : ''}`,
      [id, agencyId],
    );
    return row ? toUnit(row) : null;
  }

  /** Units by id, of any agency (for per-request loaders that check nothing; callers filter). */
  async findByIds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<UnitRecord[]> {
    const rows: UnitRow[] = await m.query(`SELECT ${COLUMNS} FROM unit u WHERE u.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toUnit);
  }

  /** The live (not archived) children of each parent, by name. */
  async liveChildrenOf(parentIds: readonly string[], m: EntityManager = this.ds.manager): Promise<UnitRecord[]> {
    const rows: UnitRow[] = await m.query(
      `SELECT ${COLUMNS} FROM unit u WHERE u.parent_id = ANY($1::uuid[]) AND u.archived_at IS NULL ORDER BY u.name, u.id`,
      [parentIds],
    );
    return rows.map(toUnit);
  }

  /** The agency's units directly under `parentId` (null: the root), by name then id. */
  async listChildren(
    agencyId: string,
    parentId: string | null,
    includeArchived: boolean,
    m: EntityManager = this.ds.manager,
  ): Promise<UnitRecord[]> {
    const rows: UnitRow[] = await m.query(
      `SELECT ${COLUMNS} FROM unit u
        WHERE u.agency_id = $1 AND ${parentId ? 'u.parent_id = $2' : 'u.parent_id IS NULL'} ${includeArchived ? '' : 'AND u.archived_at IS NULL'}
        ORDER BY u.name, u.id`,
      parentId ? [agencyId, parentId] : [agencyId],
    );
    return rows.map(toUnit);
  }

  /** Every live unit of the agency with its path from the root (archived units and what is under them are left out). */
  async livePaths(agencyId: string, m: EntityManager = this.ds.manager): Promise<UnitPathRecord[]> {
    return m.query(
      `WITH RECURSIVE tree AS (
         SELECT id, name, name::text AS path FROM unit WHERE agency_id = $1 AND parent_id IS NULL
         UNION ALL SELECT u.id, u.name, t.path || ' / ' || u.name FROM unit u JOIN tree t ON u.parent_id = t.id WHERE u.archived_at IS NULL
       ) SELECT id, name, path FROM tree`,
      [agencyId],
    );
  }

  /** Inserts a unit. Fails on UNIT_SIBLING_NAME_UQ (a live sibling has the name) or UNIT_ONE_ROOT_UQ. */
  async insert(unit: NewUnit, m: EntityManager = this.ds.manager): Promise<UnitRecord> {
    const [row]: UnitRow[] = await m.query(
      `INSERT INTO unit (agency_id, parent_id, name, kind) VALUES ($1, $2, $3, $4) RETURNING ${RETURNING}`,
      [unit.agencyId, unit.parentId, unit.name, unit.kind],
    );
    return toUnit(row);
  }

  /** Renames a unit and/or changes its kind (an absent field keeps its value). Fails on UNIT_SIBLING_NAME_UQ. */
  async update(
    id: string,
    change: { name?: string | null; kind?: UnitKindValue | null },
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    await m.query(`UPDATE unit SET name = coalesce($2, name), kind = coalesce($3, kind), updated_at = now() WHERE id = $1`, [
      id,
      change.name ?? null,
      change.kind ?? null,
    ]);
  }

  /** Moves a unit under another parent. Fails on UNIT_SIBLING_NAME_UQ. */
  async setParent(id: string, parentId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE unit SET parent_id = $2, updated_at = now() WHERE id = $1`, [id, parentId]);
  }

  async archive(id: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE unit SET archived_at = now(), updated_at = now() WHERE id = $1`, [id]);
  }

  /** True when `unitId` is `ancestorId` or lies anywhere under it (moving `ancestorId` there would make a cycle). */
  async isWithin(unitId: string, ancestorId: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const rows = await m.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM unit WHERE id = $1
         UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
       ) SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1`,
      [unitId, ancestorId],
    );
    return rows.length > 0;
  }

  /**
   * The units an employee leads, with every live unit under them: the one definition of a "unit head"
   * (team dashboards, satisfaction pages, comments, alerts and reports all use it). An active
   * SUPERVISOR heads their own unit when nobody above them in the reporting line sits in that unit
   * (no supervisor, or a supervisor in another unit): the lurah heads the kelurahan, the camat the
   * kecamatan and so everything below it; a kasi whose lurah sits in the same unit heads nothing.
   * Archived units and what lies under them are left out. Empty for everyone else.
   */
  async headedUnitTree(employeeId: string, m: EntityManager = this.ds.manager): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(
      `WITH RECURSIVE headed AS (
         SELECT u.id FROM employee e
           JOIN unit u ON u.id = e.unit_id AND u.archived_at IS NULL
           LEFT JOIN employee boss ON boss.id = e.supervisor_id
          WHERE e.id = $1 AND e.active AND 'SUPERVISOR' = ANY (e.roles)
            AND (boss.id IS NULL OR boss.unit_id <> e.unit_id)
         UNION ALL
         SELECT c.id FROM unit c JOIN headed h ON c.parent_id = h.id WHERE c.archived_at IS NULL
       ) SELECT id FROM headed ORDER BY id`,
      [employeeId],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Who may head a unit: the active SUPERVISORs placed in the unit or in a unit above it (a cheap
   * superset; callers keep those whose headedUnitTree holds the unit, the one definition of a head).
   */
  async headCandidates(unitId: string, m: EntityManager = this.ds.manager): Promise<string[]> {
    const rows: Array<{ id: string }> = await m.query(
      `WITH RECURSIVE up AS (
         SELECT id, parent_id FROM unit WHERE id = $1
         UNION ALL SELECT u.id, u.parent_id FROM unit u JOIN up ON u.id = up.parent_id
       ) SELECT e.id FROM employee e WHERE e.unit_id IN (SELECT id FROM up) AND e.active AND 'SUPERVISOR' = ANY (e.roles) ORDER BY e.id`,
      [unitId],
    );
    return rows.map((r) => r.id);
  }

  /** How many live sub-units, active employees and live service points the unit holds. */
  async contents(id: string, m: EntityManager = this.ds.manager): Promise<UnitContents> {
    const [row]: Array<{ children: number; employees: number; points: number }> = await m.query(
      `SELECT (SELECT count(*) FROM unit WHERE parent_id = $1 AND archived_at IS NULL)::int AS children,
              (SELECT count(*) FROM employee WHERE unit_id = $1 AND active)::int AS employees,
              (SELECT count(*) FROM service_point WHERE unit_id = $1 AND archived_at IS NULL)::int AS points`,
      [id],
    );
    return { liveChildren: row.children, activeEmployees: row.employees, liveServicePoints: row.points };
  }

  /** Closes the unit's current version and opens one with its state now; `changedBy` null for the system. */
  async recordVersion(unit: UnitRecord, changedBy: string | null, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE unit_history SET valid_to = now() WHERE unit_id = $1 AND valid_to IS NULL`, [unit.id]);
    await m.query(
      `INSERT INTO unit_history (unit_id, name, parent_id, archived, valid_from, changed_by) VALUES ($1, $2, $3, $4, now(), $5)`,
      [unit.id, unit.name, unit.parentId, unit.archivedAt !== null, changedBy],
    );
  }

  /** The unit's versions, oldest first. */
  async history(unitId: string, m: EntityManager = this.ds.manager): Promise<UnitVersionRecord[]> {
    const rows: Array<{ name: string; parent_id: string | null; archived: boolean; valid_from: Date; valid_to: Date | null }> =
      await m.query(`SELECT name, parent_id, archived, valid_from, valid_to FROM unit_history WHERE unit_id = $1 ORDER BY valid_from, id`, [
        unitId,
      ]);
    return rows.map((r) => ({ name: r.name, parentId: r.parent_id, archived: r.archived, validFrom: r.valid_from, validTo: r.valid_to }));
  }
}
