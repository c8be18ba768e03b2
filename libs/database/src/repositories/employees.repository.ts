import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { RoleValue } from '../entities/employee.entity';

/** NIPs are unique across all agencies: an insert with a registered NIP fails on it. */
export const EMPLOYEE_NIP_UQ = 'employee_nip_uq';

/** An employee (never their password hash: only whether one is set). */
export interface EmployeeRecord {
  id: string;
  agencyId: string;
  nip: string;
  name: string;
  position: string;
  unitId: string;
  supervisorId: string | null;
  roles: RoleValue[];
  active: boolean;
  /** A password is set, so the employee can log in. */
  hasAccount: boolean;
  createdAt: Date;
  /** Where email notifications go (lower-cased), or null. */
  email: string | null;
}

/** Position, unit and supervisor held from validFrom until validTo (null: now). */
export interface EmployeeAssignmentRecord {
  position: string;
  unitId: string;
  supervisorId: string | null;
  validFrom: Date;
  validTo: Date | null;
}

export interface NewEmployee {
  agencyId: string;
  nip: string;
  name: string;
  position: string;
  unitId: string;
  supervisorId: string | null;
  roles: RoleValue[];
  /** argon2 hash, or null for an employee without an account yet. */
  passwordHash: string | null;
  email?: string | null;
}

/** The fields an update writes, all of them (the service merges the change into the current state). */
export interface EmployeeState {
  name: string;
  position: string;
  unitId: string;
  supervisorId: string | null;
  roles: RoleValue[];
  active: boolean;
  email: string | null;
}

/** One row of an import, its unit already resolved. */
export interface ImportedEmployee {
  nip: string;
  name: string;
  position: string;
  unitId: string;
  roles: RoleValue[];
}

/** Which employees of the agency a list may return. */
export type EmployeeVisibility =
  | { kind: 'agency' }
  /** The leader and everyone under them, directly or not. */
  | { kind: 'team'; leaderId: string }
  | { kind: 'self'; employeeId: string };

export interface EmployeeListQuery {
  agencyId: string;
  visibility: EmployeeVisibility;
  unitId?: string | null;
  /** With unitId: also the employees of every unit under it. */
  includeSubunits?: boolean | null;
  /** NIPs starting with these digits. */
  nipPrefix?: string | null;
  /** Names containing this text, case-insensitive (LIKE wildcards in it are taken literally). */
  nameContains?: string | null;
  active?: boolean | null;
  /** Keyset cursor: the page starts after this (name, id). */
  after?: { name: string; id: string } | null;
  first: number;
}

export interface EmployeePage {
  /** At most `first` employees, by name then id. */
  employees: EmployeeRecord[];
  hasNextPage: boolean;
  /** All employees matching the query, ignoring the cursor and the page size. */
  totalCount: number;
}

const COLUMNS = `e.id, e.agency_id, e.nip, e.name, e.position, e.unit_id, e.supervisor_id, e.roles, e.active,
  (e.password_hash IS NOT NULL) AS has_account, e.created_at, e.email`;
const RETURNING = COLUMNS.replace(/e\./g, '');

interface EmployeeRow {
  id: string;
  agency_id: string;
  nip: string;
  name: string;
  position: string;
  unit_id: string;
  supervisor_id: string | null;
  roles: RoleValue[];
  active: boolean;
  has_account: boolean;
  created_at: Date;
  email: string | null;
}

function toEmployee(r: EmployeeRow): EmployeeRecord {
  return {
    id: r.id,
    agencyId: r.agency_id,
    nip: r.nip,
    name: r.name,
    position: r.position,
    unitId: r.unit_id,
    supervisorId: r.supervisor_id,
    roles: r.roles,
    active: r.active,
    hasAccount: r.has_account,
    createdAt: r.created_at,
    email: r.email,
  };
}

/**
 * Employees (employee) and what they held when (employee_assignment): every statement that writes
 * them, the reporting-line walks, and the agency's reporting-line lock.
 */
@Injectable()
export class EmployeesRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  /** An employee of any agency, or null; `lock` takes the row FOR UPDATE. The caller checks the agency. */
  async find(id: string, lock = false, m: EntityManager = this.ds.manager): Promise<EmployeeRecord | null> {
    const [row]: EmployeeRow[] = await m.query(`SELECT ${COLUMNS} FROM employee e WHERE e.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toEmployee(row) : null;
  }

  /** An employee of the agency, or null (also for another agency's employee). */
  async findInAgency(agencyId: string, id: string, m: EntityManager = this.ds.manager): Promise<EmployeeRecord | null> {
    const [row]: EmployeeRow[] = await m.query(`SELECT ${COLUMNS} FROM employee e WHERE e.id = $1 AND e.agency_id = $2`, [id, agencyId]);
    return row ? toEmployee(row) : null;
  }

  /** Employees by id, of any agency (for per-request loaders that check nothing; callers filter). */
  async findByIds(ids: readonly string[], m: EntityManager = this.ds.manager): Promise<EmployeeRecord[]> {
    const rows: EmployeeRow[] = await m.query(`SELECT ${COLUMNS} FROM employee e WHERE e.id = ANY($1::uuid[])`, [ids]);
    return rows.map(toEmployee);
  }

  /** Employees by NIP, of any agency. */
  async findByNips(nips: readonly string[], m: EntityManager = this.ds.manager): Promise<EmployeeRecord[]> {
    const rows: EmployeeRow[] = await m.query(`SELECT ${COLUMNS} FROM employee e WHERE e.nip = ANY($1)`, [nips]);
    return rows.map(toEmployee);
  }

  /** The direct reports of each supervisor, by name then id. */
  async directReportsOf(supervisorIds: readonly string[], m: EntityManager = this.ds.manager): Promise<EmployeeRecord[]> {
    const rows: EmployeeRow[] = await m.query(
      `SELECT ${COLUMNS} FROM employee e WHERE e.supervisor_id = ANY($1::uuid[]) ORDER BY e.name, e.id`,
      [supervisorIds],
    );
    return rows.map(toEmployee);
  }

  /** The staff of each service point, by name. */
  async staffOf(
    servicePointIds: readonly string[],
    m: EntityManager = this.ds.manager,
  ): Promise<Array<{ servicePointId: string; employee: EmployeeRecord }>> {
    const rows: Array<EmployeeRow & { service_point_id: string }> = await m.query(
      `SELECT s.service_point_id, ${COLUMNS} FROM service_point_staff s JOIN employee e ON e.id = s.employee_id
        WHERE s.service_point_id = ANY($1::uuid[]) ORDER BY e.name`,
      [servicePointIds],
    );
    return rows.map((r) => ({ servicePointId: r.service_point_id, employee: toEmployee(r) }));
  }

  /** A page of the agency's employees, by name then id, with the count of all that match. */
  async list(q: EmployeeListQuery, m: EntityManager = this.ds.manager): Promise<EmployeePage> {
    const params: unknown[] = [q.agencyId];
    const where: string[] = ['e.agency_id = $1'];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    if (q.visibility.kind === 'self') where.push(`e.id = ${p(q.visibility.employeeId)}`);
    if (q.visibility.kind === 'team') {
      where.push(`e.id IN (WITH RECURSIVE team AS (
          SELECT id FROM employee WHERE id = ${p(q.visibility.leaderId)}
          UNION SELECT x.id FROM employee x JOIN team t ON x.supervisor_id = t.id)
        SELECT id FROM team)`);
    }
    if (q.unitId) {
      where.push(
        q.includeSubunits
          ? `e.unit_id IN (WITH RECURSIVE sub AS (
               SELECT id FROM unit WHERE id = ${p(q.unitId)} AND agency_id = $1
               UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id)
             SELECT id FROM sub)`
          : `e.unit_id = ${p(q.unitId)}`,
      );
    }
    if (q.nipPrefix) where.push(`e.nip LIKE ${p(escapeLike(q.nipPrefix) + '%')}`);
    if (q.nameContains) where.push(`lower(e.name) LIKE ${p('%' + escapeLike(q.nameContains.toLowerCase()) + '%')}`);
    if (q.active !== undefined && q.active !== null) where.push(`e.active = ${p(q.active)}`);

    const countParams = [...params];
    const countWhere = [...where];
    if (q.after) where.push(`(e.name, e.id) > (${p(q.after.name)}, ${p(q.after.id)}::uuid)`);
    const limit = Math.max(0, Math.floor(q.first));
    const rows: EmployeeRow[] = await m.query(
      `SELECT ${COLUMNS} FROM employee e WHERE ${where.join(' AND ')} ORDER BY e.name, e.id LIMIT ${limit + 1}`,
      params,
    );
    const [{ total }]: Array<{ total: number }> = await m.query(
      `SELECT count(*)::int AS total FROM employee e WHERE ${countWhere.join(' AND ')}`,
      countParams,
    );
    return { employees: rows.slice(0, limit).map(toEmployee), hasNextPage: rows.length > limit, totalCount: total };
  }

  /** True when an employee of any agency has this NIP. */
  async isNipTaken(nip: string, m: EntityManager = this.ds.manager): Promise<boolean> {
    const [{ taken }]: Array<{ taken: number }> = await m.query(`SELECT count(*)::int AS taken FROM employee WHERE nip = $1`, [nip]);
    return taken > 0;
  }

  /** How many employees, in any agency, hold the ADMIN role. */
  async countAdmins(m: EntityManager = this.ds.manager): Promise<number> {
    const [{ admins }]: Array<{ admins: number }> = await m.query(
      `SELECT count(*)::int AS admins FROM employee WHERE 'ADMIN' = ANY(roles)`,
    );
    return admins;
  }

  /**
   * True when `supervisorId` is above `employeeId` in the reporting line (their supervisor, or
   * the supervisor's supervisor, and so on), looking at most `maxDepth` levels up.
   */
  async isAbove(supervisorId: string, employeeId: string, maxDepth: number, m: EntityManager = this.ds.manager): Promise<boolean> {
    const rows = await m.query(
      `WITH RECURSIVE chain AS (
         SELECT supervisor_id, 1 AS depth FROM employee WHERE id = $2
         UNION ALL
         SELECT e.supervisor_id, c.depth + 1 FROM employee e JOIN chain c ON e.id = c.supervisor_id
          WHERE c.depth < $3
       )
       SELECT 1 FROM chain WHERE supervisor_id = $1 LIMIT 1`,
      [supervisorId, employeeId, maxDepth],
    );
    return rows.length > 0;
  }

  /**
   * Serialises reporting-line changes within an agency until the transaction ends, so two
   * concurrent edits cannot form a cycle. Call inside a transaction, before locking any employee.
   */
  async lockReportingLines(agencyId: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`SELECT pg_advisory_xact_lock(hashtext('reporting:' || $1))`, [agencyId]);
  }

  /** Inserts an employee (password_changed_at set when a hash is given). Fails on EMPLOYEE_NIP_UQ. */
  async insert(e: NewEmployee, m: EntityManager = this.ds.manager): Promise<EmployeeRecord> {
    const [row]: EmployeeRow[] = await m.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, supervisor_id, roles, password_hash, password_changed_at, email)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END, $9)
       RETURNING ${RETURNING}`,
      [e.agencyId, e.nip, e.name, e.position, e.unitId, e.supervisorId, e.roles, e.passwordHash, e.email ?? null],
    );
    return toEmployee(row);
  }

  /**
   * Inserts an import's employees in file order, without supervisors (setSupervisorsByNip links
   * them once all exist), sharing one password hash or none. Fails on EMPLOYEE_NIP_UQ.
   */
  async insertMany(
    agencyId: string,
    rows: readonly ImportedEmployee[],
    passwordHash: string | null,
    m: EntityManager = this.ds.manager,
  ): Promise<Array<{ id: string; nip: string }>> {
    return m.query(
      `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles, password_hash, password_changed_at)
       SELECT $1, t.nip, t.name, t.position, t.unit_id, string_to_array(t.roles, ','), $7, CASE WHEN $7::text IS NULL THEN NULL ELSE now() END
         FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[]) WITH ORDINALITY AS t(nip, name, position, unit_id, roles, ord)
        ORDER BY t.ord
       RETURNING id, nip`,
      [
        agencyId,
        rows.map((r) => r.nip),
        rows.map((r) => r.name),
        rows.map((r) => r.position),
        rows.map((r) => r.unitId),
        rows.map((r) => r.roles.join(',')),
        passwordHash,
      ],
    );
  }

  /** Sets each employee's supervisor to the employee of the agency with `supervisorNip`. */
  async setSupervisorsByNip(
    agencyId: string,
    links: ReadonlyArray<{ nip: string; supervisorNip: string }>,
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    if (!links.length) return;
    await m.query(
      `UPDATE employee e SET supervisor_id = s.id
         FROM unnest($1::text[], $2::text[]) AS t(nip, supervisor_nip)
         JOIN employee s ON s.nip = t.supervisor_nip AND s.agency_id = $3
        WHERE e.nip = t.nip`,
      [links.map((l) => l.nip), links.map((l) => l.supervisorNip), agencyId],
    );
  }

  /** Writes every field of the employee's state. */
  async update(id: string, s: EmployeeState, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `UPDATE employee SET name = $2, position = $3, unit_id = $4, supervisor_id = $5, roles = $6, active = $7, email = $8, updated_at = now() WHERE id = $1`,
      [id, s.name, s.position, s.unitId, s.supervisorId, s.roles, s.active, s.email],
    );
  }

  /** Stores a new password hash for the employee and stamps the change (password_changed_at). */
  async setPasswordHash(id: string, passwordHash: string, m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(`UPDATE employee SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [
      id,
      passwordHash,
    ]);
  }

  /** Closes the employee's current assignment (if any) and opens one from now with what they hold. */
  async recordAssignment(
    employeeId: string,
    a: { position: string; unitId: string; supervisorId: string | null },
    m: EntityManager = this.ds.manager,
  ): Promise<void> {
    await m.query(`UPDATE employee_assignment SET valid_to = now() WHERE employee_id = $1 AND valid_to IS NULL`, [employeeId]);
    await m.query(`INSERT INTO employee_assignment (employee_id, position, unit_id, supervisor_id) VALUES ($1, $2, $3, $4)`, [
      employeeId,
      a.position,
      a.unitId,
      a.supervisorId,
    ]);
  }

  /** Opens the first assignment of each new employee from what their row holds now. */
  async recordFirstAssignments(employeeIds: readonly string[], m: EntityManager = this.ds.manager): Promise<void> {
    await m.query(
      `INSERT INTO employee_assignment (employee_id, position, unit_id, supervisor_id)
       SELECT id, position, unit_id, supervisor_id FROM employee WHERE id = ANY($1::uuid[])`,
      [employeeIds],
    );
  }

  /** The employee's assignments, oldest first. */
  async assignmentHistory(employeeId: string, m: EntityManager = this.ds.manager): Promise<EmployeeAssignmentRecord[]> {
    const rows: Array<{ position: string; unit_id: string; supervisor_id: string | null; valid_from: Date; valid_to: Date | null }> =
      await m.query(
        `SELECT position, unit_id, supervisor_id, valid_from, valid_to FROM employee_assignment WHERE employee_id = $1 ORDER BY valid_from, id`,
        [employeeId],
      );
    return rows.map((r) => ({
      position: r.position,
      unitId: r.unit_id,
      supervisorId: r.supervisor_id,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
  }
}

/** Escapes LIKE's wildcards (and its escape character) so the text matches literally. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => '\\' + c);
}
