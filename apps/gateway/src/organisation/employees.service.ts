import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@k360/database';
import { CsvRowError, hashPassword, nipProblem, parseEmployeeCsv, passwordProblem } from '@k360/organisation';
import { Actor } from '../auth/actor';
import { AuthErrors } from '../auth/auth.errors';
import { CreateEmployeeInput, EmployeeFilter, ImportEmployeesInput, PageInput, UpdateEmployeeInput } from './dto/employee.inputs';
import { Employee, EmployeeAssignment, EmployeeConnection, ImportEmployeesResult } from './models/employee.model';
import { isUniqueViolation, OrgErrors } from './organisation.errors';
import { EMPLOYEE_COLUMNS, employeeSnapshot, EmployeeRow, toEmployee } from './organisation.mappers';
import { OrganisationPolicy } from './organisation.policy';
import { moveOpenRounds } from './reporting-line';

/** Serialises reporting-line changes within an agency, so two concurrent edits cannot form a cycle. */
const lockReportingLines = (m: EntityManager, agencyId: string) =>
  m.query(`SELECT pg_advisory_xact_lock(hashtext('reporting:' || $1))`, [agencyId]);

@Injectable()
export class EmployeesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly policy: OrganisationPolicy,
  ) {}

  /** Loads an employee of any agency (internal), or null. */
  async find(id: string, m: EntityManager = this.ds.manager, lock = false): Promise<Employee | null> {
    const [row] = await m.query(`SELECT ${EMPLOYEE_COLUMNS} FROM employee e WHERE e.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
    return row ? toEmployee(row) : null;
  }

  /** An employee the caller may read: NOT_FOUND outside the agency, FORBIDDEN outside their scope. */
  async getReadable(actor: Actor, id: string): Promise<Employee> {
    const employee = await this.find(id);
    if (!employee || employee.agencyId !== actor.agencyId) throw OrgErrors.notFound('Pegawai');
    if (!(await this.policy.canReadEmployee(actor, employee))) throw AuthErrors.forbidden();
    return employee;
  }

  async list(actor: Actor, filter: EmployeeFilter = {}, page: PageInput = { first: 50 }): Promise<EmployeeConnection> {
    const params: unknown[] = [actor.agencyId];
    const where: string[] = ['e.agency_id = $1'];
    const p = (v: unknown) => {
      params.push(v);
      return `$${params.length}`;
    };
    const scope = this.policy.employeeScope(actor);
    if (scope.kind === 'self') where.push(`e.id = ${p(actor.id)}`);
    if (scope.kind === 'team') {
      where.push(`e.id IN (WITH RECURSIVE team AS (
          SELECT id FROM employee WHERE id = ${p(actor.id)}
          UNION SELECT x.id FROM employee x JOIN team t ON x.supervisor_id = t.id)
        SELECT id FROM team)`);
    }
    if (filter.unitId) {
      where.push(
        filter.includeSubunits
          ? `e.unit_id IN (WITH RECURSIVE sub AS (
               SELECT id FROM unit WHERE id = ${p(filter.unitId)} AND agency_id = $1
               UNION SELECT u.id FROM unit u JOIN sub ON u.parent_id = sub.id)
             SELECT id FROM sub)`
          : `e.unit_id = ${p(filter.unitId)}`,
      );
    }
    const search = filter.search?.trim();
    if (search) {
      const digits = search.replace(/\s+/g, '');
      where.push(
        /^\d+$/.test(digits)
          ? `e.nip LIKE ${p(digits + '%')}`
          : `lower(e.name) LIKE ${p('%' + search.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c) + '%')}`,
      );
    }
    if (filter.active !== undefined && filter.active !== null) where.push(`e.active = ${p(filter.active)}`);

    const countParams = [...params];
    const countWhere = [...where];
    if (page.after) {
      const [name, id] = decodeCursor(page.after);
      where.push(`(e.name, e.id) > (${p(name)}, ${p(id)}::uuid)`);
    }
    const limit = page.first;
    const rows: EmployeeRow[] = await this.ds.query(
      `SELECT ${EMPLOYEE_COLUMNS} FROM employee e WHERE ${where.join(' AND ')} ORDER BY e.name, e.id LIMIT ${limit + 1}`,
      params,
    );
    const [{ total }] = await this.ds.query(`SELECT count(*)::int AS total FROM employee e WHERE ${countWhere.join(' AND ')}`, countParams);
    const nodes = rows.slice(0, limit).map(toEmployee);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: total,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor(last.name, last.id) : null },
    };
  }

  async history(employeeId: string): Promise<EmployeeAssignment[]> {
    const rows = await this.ds.query(
      `SELECT position, unit_id, supervisor_id, valid_from, valid_to FROM employee_assignment WHERE employee_id = $1 ORDER BY valid_from, id`,
      [employeeId],
    );
    return rows.map((r: { position: string; unit_id: string; supervisor_id: string | null; valid_from: Date; valid_to: Date | null }) => ({
      position: r.position,
      unitId: r.unit_id,
      supervisorId: r.supervisor_id,
      validFrom: r.valid_from,
      validTo: r.valid_to,
    }));
  }

  async create(actor: Actor, input: CreateEmployeeInput, requestId?: string): Promise<Employee> {
    const nipIssue = nipProblem(input.nip);
    if (nipIssue) throw OrgErrors.invalidNip(nipIssue);
    if (input.password) {
      const pw = passwordProblem(input.password);
      if (pw) throw OrgErrors.badPassword(pw);
    }
    const hash = input.password ? await hashPassword(input.password) : null;
    return this.ds.transaction(async (m) => {
      await this.requireLiveUnit(actor, input.unitId, m);
      if (input.supervisorId) await this.requireActiveSupervisor(actor, input.supervisorId, m);
      const [{ taken }] = await m.query(`SELECT count(*)::int AS taken FROM employee WHERE nip = $1`, [input.nip]);
      if (taken) throw OrgErrors.duplicateNip(input.nip);
      let row: EmployeeRow;
      try {
        [row] = await m.query(
          `INSERT INTO employee (agency_id, nip, name, position, unit_id, supervisor_id, roles, password_hash, password_changed_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, CASE WHEN $8::text IS NULL THEN NULL ELSE now() END)
           RETURNING ${EMPLOYEE_COLUMNS.replace(/e\./g, '')}`,
          [
            actor.agencyId,
            input.nip,
            input.name.trim(),
            input.position.trim(),
            input.unitId,
            input.supervisorId ?? null,
            input.roles,
            hash,
          ],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'employee_nip_uq')) throw OrgErrors.duplicateNip(input.nip);
        throw err;
      }
      const employee = toEmployee(row);
      await m.query(`INSERT INTO employee_assignment (employee_id, position, unit_id, supervisor_id) VALUES ($1, $2, $3, $4)`, [
        employee.id,
        employee.position,
        employee.unitId,
        employee.supervisorId,
      ]);
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'EMPLOYEE_CREATED', 'employee', employee.id, {
          after: { ...employeeSnapshot(employee), hasAccount: employee.hasAccount },
        });
      return employee;
    });
  }

  async update(actor: Actor, input: UpdateEmployeeInput, requestId?: string): Promise<Employee> {
    return this.ds.transaction(async (m) => {
      const changesLine = input.supervisorId !== undefined || input.clearSupervisor;
      if (changesLine) await lockReportingLines(m, actor.agencyId);
      const before = await this.find(input.id, m, true);
      if (!before || before.agencyId !== actor.agencyId) throw OrgErrors.notFound('Pegawai');
      if (input.unitId && input.unitId !== before.unitId) await this.requireLiveUnit(actor, input.unitId, m);
      let supervisorId = before.supervisorId;
      if (input.clearSupervisor) supervisorId = null;
      else if (input.supervisorId && input.supervisorId !== before.supervisorId) {
        if (input.supervisorId === before.id) throw OrgErrors.selfSupervisor();
        await this.requireActiveSupervisor(actor, input.supervisorId, m);
        const [cycle] = await m.query(
          `WITH RECURSIVE up AS (
             SELECT id, supervisor_id, 1 AS depth FROM employee WHERE id = $1
             UNION ALL SELECT e.id, e.supervisor_id, up.depth + 1 FROM employee e JOIN up ON e.id = up.supervisor_id WHERE up.depth < 1000
           ) SELECT 1 AS hit FROM up WHERE id = $2 LIMIT 1`,
          [input.supervisorId, before.id],
        );
        if (cycle) throw OrgErrors.supervisorCycle();
        supervisorId = input.supervisorId;
      }
      const next = {
        name: input.name?.trim() ?? before.name,
        position: input.position?.trim() ?? before.position,
        unitId: input.unitId ?? before.unitId,
        roles: input.roles ?? before.roles,
        active: input.active ?? before.active,
      };
      await m.query(
        `UPDATE employee SET name = $2, position = $3, unit_id = $4, supervisor_id = $5, roles = $6, active = $7, updated_at = now() WHERE id = $1`,
        [before.id, next.name, next.position, next.unitId, supervisorId, next.roles, next.active],
      );
      if (next.position !== before.position || next.unitId !== before.unitId || supervisorId !== before.supervisorId) {
        await m.query(`UPDATE employee_assignment SET valid_to = now() WHERE employee_id = $1 AND valid_to IS NULL`, [before.id]);
        await m.query(`INSERT INTO employee_assignment (employee_id, position, unit_id, supervisor_id) VALUES ($1, $2, $3, $4)`, [
          before.id,
          next.position,
          next.unitId,
          supervisorId,
        ]);
      }
      // Rights on open rounds follow the reporting line (see reporting-line.ts).
      if (supervisorId !== before.supervisorId) {
        await moveOpenRounds(m, this.audit, {
          employeeId: before.id,
          supervisorId,
          actorId: actor.id,
          agencyId: actor.agencyId,
          requestId,
        });
      }
      if (before.active && !next.active) {
        await m.query(`UPDATE auth_session SET revoked_at = now() WHERE employee_id = $1 AND revoked_at IS NULL`, [before.id]);
      }
      const after = (await this.find(before.id, m))!;
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'EMPLOYEE_UPDATED', 'employee', before.id, { before: employeeSnapshot(before), after: employeeSnapshot(after) });
      return after;
    });
  }

  /** ADMIN sets (or resets) an employee's password; their sessions end. */
  async setPassword(actor: Actor, employeeId: string, password: string, requestId?: string): Promise<Employee> {
    const problem = passwordProblem(password);
    if (problem) throw OrgErrors.badPassword(problem);
    const hash = await hashPassword(password);
    return this.ds.transaction(async (m) => {
      const target = await this.find(employeeId, m, true);
      if (!target || target.agencyId !== actor.agencyId) throw OrgErrors.notFound('Pegawai');
      await m.query(`UPDATE employee SET password_hash = $2, password_changed_at = now(), updated_at = now() WHERE id = $1`, [
        employeeId,
        hash,
      ]);
      await m.query(`UPDATE auth_session SET revoked_at = now() WHERE employee_id = $1 AND revoked_at IS NULL`, [employeeId]);
      await this.audit.forEmployee(actor, requestId).record(m, 'PASSWORD_SET_BY_ADMIN', 'employee', employeeId);
      return (await this.find(employeeId, m))!;
    });
  }

  /**
   * Imports employees from an HR office's CSV, all or nothing: every row is checked first (shape,
   * NIP, units, supervisors, duplicates, cycles) and any bad row refuses the whole file with
   * CSV_INVALID listing each line and reason. Valid files are written in one transaction.
   * It only creates employees (a NIP already registered is refused), so it never changes an
   * existing reporting line and has no open rounds to move.
   */
  async import(actor: Actor, input: ImportEmployeesInput, requestId?: string): Promise<ImportEmployeesResult> {
    if (input.initialPassword) {
      const pw = passwordProblem(input.initialPassword);
      if (pw) throw OrgErrors.badPassword(pw);
    }
    const { rows, errors } = parseEmployeeCsv(input.csv);
    if (errors.length && !rows.length) throw OrgErrors.csvInvalid(errors);
    // One hash for the shared initial password: argon2 per row would take minutes for 5,000 rows.
    const hash = input.initialPassword ? await hashPassword(input.initialPassword) : null;

    return this.ds.transaction(async (m) => {
      await lockReportingLines(m, actor.agencyId);
      const problems: CsvRowError[] = [...errors];
      const units: Array<{ id: string; name: string; path: string }> = await m.query(
        `WITH RECURSIVE tree AS (
           SELECT id, name, name::text AS path FROM unit WHERE agency_id = $1 AND parent_id IS NULL
           UNION ALL SELECT u.id, u.name, t.path || ' / ' || u.name FROM unit u JOIN tree t ON u.parent_id = t.id WHERE u.archived_at IS NULL
         ) SELECT id, name, path FROM tree`,
        [actor.agencyId],
      );
      const norm = (s: string) =>
        s
          .toLowerCase()
          .replace(/\s*[/>]\s*/g, ' / ')
          .replace(/\s+/g, ' ')
          .trim();
      const byName = new Map<string, string[]>();
      const byPathSuffix = (ref: string) =>
        units.filter((u) => norm(u.path) === ref || norm(u.path).endsWith(' / ' + ref)).map((u) => u.id);
      for (const u of units) byName.set(norm(u.name), [...(byName.get(norm(u.name)) ?? []), u.id]);

      const existing: Array<{ nip: string; id: string; agency_id: string; active: boolean }> = await m.query(
        `SELECT nip, id, agency_id, active FROM employee WHERE nip = ANY($1)`,
        [[...new Set(rows.flatMap((r) => (r.supervisorNip ? [r.nip, r.supervisorNip] : [r.nip])))]],
      );
      const existingByNip = new Map(existing.map((e) => [e.nip, e]));
      const fileNips = new Set(rows.map((r) => r.nip));
      const unitIds: string[] = [];
      for (const r of rows) {
        const reasons: string[] = [];
        const ref = norm(r.unit);
        const matches = ref.includes(' / ') ? byPathSuffix(ref) : (byName.get(ref) ?? []);
        if (matches.length === 0) reasons.push(`unit "${r.unit}" tidak ditemukan (atau sudah diarsipkan)`);
        else if (matches.length > 1) reasons.push(`nama unit "${r.unit}" tidak unik; tulis jalurnya, mis. "Kecamatan X / ${r.unit}"`);
        unitIds.push(matches[0]);
        if (existingByNip.has(r.nip)) reasons.push(`NIP ${r.nip} sudah terdaftar`);
        if (r.supervisorNip && !fileNips.has(r.supervisorNip)) {
          const sup = existingByNip.get(r.supervisorNip);
          if (!sup || sup.agency_id !== actor.agencyId)
            reasons.push(`NIP atasan ${r.supervisorNip} tidak ditemukan di berkas maupun di instansi`);
          else if (!sup.active) reasons.push(`atasan ${r.supervisorNip} tidak aktif`);
        }
        if (reasons.length) problems.push({ line: r.line, reason: reasons.join('; ') });
      }
      if (problems.length) throw OrgErrors.csvInvalid(problems.sort((a, b) => a.line - b.line));

      let inserted: Array<{ id: string; nip: string }>;
      try {
        inserted = await m.query(
          `INSERT INTO employee (agency_id, nip, name, position, unit_id, roles, password_hash, password_changed_at)
           SELECT $1, t.nip, t.name, t.position, t.unit_id, string_to_array(t.roles, ','), $7, CASE WHEN $7::text IS NULL THEN NULL ELSE now() END
             FROM unnest($2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[]) WITH ORDINALITY AS t(nip, name, position, unit_id, roles, ord)
            ORDER BY t.ord
           RETURNING id, nip`,
          [
            actor.agencyId,
            rows.map((r) => r.nip),
            rows.map((r) => r.name),
            rows.map((r) => r.position),
            unitIds,
            rows.map((r) => r.roles.join(',')),
            hash,
          ],
        );
      } catch (err) {
        if (isUniqueViolation(err, 'employee_nip_uq')) throw OrgErrors.duplicateNip('dalam berkas');
        throw err;
      }
      const withSupervisor = rows.filter((r) => r.supervisorNip);
      if (withSupervisor.length) {
        await m.query(
          `UPDATE employee e SET supervisor_id = s.id
             FROM unnest($1::text[], $2::text[]) AS t(nip, supervisor_nip)
             JOIN employee s ON s.nip = t.supervisor_nip AND s.agency_id = $3
            WHERE e.nip = t.nip`,
          [withSupervisor.map((r) => r.nip), withSupervisor.map((r) => r.supervisorNip), actor.agencyId],
        );
      }
      await m.query(
        `INSERT INTO employee_assignment (employee_id, position, unit_id, supervisor_id)
         SELECT id, position, unit_id, supervisor_id FROM employee WHERE id = ANY($1::uuid[])`,
        [inserted.map((i) => i.id)],
      );
      await this.audit
        .forEmployee(actor, requestId)
        .record(m, 'EMPLOYEES_IMPORTED', 'employee', null, {
          after: { count: inserted.length, nips: rows.map((r) => r.nip), withInitialPassword: Boolean(hash) },
        });
      return { created: inserted.length, nips: rows.map((r) => r.nip) };
    });
  }

  private async requireLiveUnit(actor: Actor, unitId: string, m: EntityManager): Promise<void> {
    const [unit] = await m.query(`SELECT archived_at FROM unit WHERE id = $1 AND agency_id = $2`, [unitId, actor.agencyId]);
    if (!unit) throw OrgErrors.notFound('Unit');
    if (unit.archived_at) throw OrgErrors.unitArchived();
  }

  private async requireActiveSupervisor(actor: Actor, supervisorId: string, m: EntityManager): Promise<void> {
    const [sup] = await m.query(`SELECT active FROM employee WHERE id = $1 AND agency_id = $2`, [supervisorId, actor.agencyId]);
    if (!sup) throw OrgErrors.notFound('Atasan');
    if (!sup.active) throw OrgErrors.supervisorInactive();
  }
}

function encodeCursor(name: string, id: string): string {
  return Buffer.from(JSON.stringify([name, id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(v) && typeof v[0] === 'string' && /^[0-9a-f-]{36}$/.test(v[1])) return [v[0], v[1]];
  } catch {
    /* fall through */
  }
  throw OrgErrors.invalidCursor();
}
