import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  AuditService,
  EMPLOYEE_NIP_UQ,
  EmployeesRepository,
  EmployeeVisibility,
  RoundsRepository,
  SessionsRepository,
  UnitsRepository,
} from '@k360/database';
import { CsvRowError, hashPassword, nipProblem, parseEmployeeCsv, passwordProblem } from '@k360/organisation';
import { Actor } from '../auth/actor';
import { decodeNameCursor, encodeNameCursor, peopleSearch } from '../common/name-page';
import { AuthErrors } from '../auth/auth.errors';
import { CreateEmployeeInput, EmployeeFilter, ImportEmployeesInput, PageInput, UpdateEmployeeInput } from './dto/employee.inputs';
import { Employee, EmployeeAssignment, EmployeeConnection, ImportEmployeesResult } from './models/employee.model';
import { normaliseEmail } from './email-address';
import { isUniqueViolation, OrgErrors } from './organisation.errors';
import { employeeSnapshot, toEmployee } from './organisation.mappers';
import { OrganisationPolicy } from './organisation.policy';
import { moveOpenRounds } from './reporting-line';

/** How far up the new supervisor's reporting line an update looks for the employee (a cycle). */
const MAX_CYCLE_DEPTH = 999;

@Injectable()
export class EmployeesService {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly audit: AuditService,
    private readonly policy: OrganisationPolicy,
    private readonly employees: EmployeesRepository,
    private readonly units: UnitsRepository,
    private readonly rounds: RoundsRepository,
    private readonly sessions: SessionsRepository,
  ) {}

  /** Loads an employee of any agency (internal), or null. */
  async find(id: string, m: EntityManager = this.ds.manager, lock = false): Promise<Employee | null> {
    const employee = await this.employees.find(id, lock, m);
    return employee ? toEmployee(employee) : null;
  }

  /** An employee the caller may read: NOT_FOUND outside the agency, FORBIDDEN outside their scope. */
  async getReadable(actor: Actor, id: string): Promise<Employee> {
    const employee = await this.find(id);
    if (!employee || employee.agencyId !== actor.agencyId) throw OrgErrors.notFound('Pegawai');
    if (!(await this.policy.canReadEmployee(actor, employee))) throw AuthErrors.forbidden();
    return employee;
  }

  async list(actor: Actor, filter: EmployeeFilter = {}, page: PageInput = { first: 50 }): Promise<EmployeeConnection> {
    const scope = this.policy.employeeScope(actor);
    const visibility: EmployeeVisibility =
      scope.kind === 'self'
        ? { kind: 'self', employeeId: actor.id }
        : scope.kind === 'team'
          ? { kind: 'team', leaderId: actor.id }
          : { kind: 'agency' };
    const { nipPrefix, nameContains } = peopleSearch(filter.search);
    const result = await this.employees.list({
      agencyId: actor.agencyId,
      visibility,
      unitId: filter.unitId,
      includeSubunits: filter.includeSubunits,
      nipPrefix,
      nameContains,
      active: filter.active,
      after: page.after ? decodeNameCursor(page.after) : null,
      first: page.first,
    });
    const nodes = result.employees.map(toEmployee);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: result.totalCount,
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: last ? encodeNameCursor(last.name, last.id) : null },
    };
  }

  async history(employeeId: string): Promise<EmployeeAssignment[]> {
    return this.employees.assignmentHistory(employeeId);
  }

  async create(actor: Actor, input: CreateEmployeeInput, requestId?: string): Promise<Employee> {
    const nipIssue = nipProblem(input.nip);
    if (nipIssue) throw OrgErrors.invalidNip(nipIssue);
    if (input.password) {
      const pw = passwordProblem(input.password);
      if (pw) throw OrgErrors.badPassword(pw);
    }
    const email = input.email ? normaliseEmail(input.email) : null;
    if (input.email && !email) throw OrgErrors.invalidEmail();
    const hash = input.password ? await hashPassword(input.password) : null;
    return this.ds.transaction(async (m) => {
      await this.requireLiveUnit(actor, input.unitId, m);
      if (input.supervisorId) await this.requireActiveSupervisor(actor, input.supervisorId, m);
      if (await this.employees.isNipTaken(input.nip, m)) throw OrgErrors.duplicateNip(input.nip);
      let employee: Employee;
      try {
        employee = toEmployee(
          await this.employees.insert(
            {
              agencyId: actor.agencyId,
              nip: input.nip,
              name: input.name.trim(),
              position: input.position.trim(),
              unitId: input.unitId,
              supervisorId: input.supervisorId ?? null,
              roles: input.roles,
              passwordHash: hash,
              email,
            },
            m,
          ),
        );
      } catch (err) {
        if (isUniqueViolation(err, EMPLOYEE_NIP_UQ)) throw OrgErrors.duplicateNip(input.nip);
        throw err;
      }
      await this.employees.recordAssignment(employee.id, employee, m);
      await this.audit.forEmployee(actor, requestId).record(m, 'EMPLOYEE_CREATED', 'employee', employee.id, {
        after: { ...employeeSnapshot(employee), hasAccount: employee.hasAccount },
      });
      return employee;
    });
  }

  async update(actor: Actor, input: UpdateEmployeeInput, requestId?: string): Promise<Employee> {
    const email = input.email ? normaliseEmail(input.email) : null;
    if (input.email && !email) throw OrgErrors.invalidEmail();
    return this.ds.transaction(async (m) => {
      const changesLine = input.supervisorId !== undefined || input.clearSupervisor;
      if (changesLine) await this.employees.lockReportingLines(actor.agencyId, m);
      const before = await this.find(input.id, m, true);
      if (!before || before.agencyId !== actor.agencyId) throw OrgErrors.notFound('Pegawai');
      if (input.unitId && input.unitId !== before.unitId) await this.requireLiveUnit(actor, input.unitId, m);
      let supervisorId = before.supervisorId;
      if (input.clearSupervisor) supervisorId = null;
      else if (input.supervisorId && input.supervisorId !== before.supervisorId) {
        if (input.supervisorId === before.id) throw OrgErrors.selfSupervisor();
        await this.requireActiveSupervisor(actor, input.supervisorId, m);
        // The employee above their new supervisor would close a loop.
        if (await this.employees.isAbove(before.id, input.supervisorId, MAX_CYCLE_DEPTH, m)) throw OrgErrors.supervisorCycle();
        supervisorId = input.supervisorId;
      }
      const next = {
        name: input.name?.trim() ?? before.name,
        position: input.position?.trim() ?? before.position,
        unitId: input.unitId ?? before.unitId,
        roles: input.roles ?? before.roles,
        active: input.active ?? before.active,
        email: input.clearEmail ? null : (email ?? before.email),
      };
      await this.employees.update(before.id, { ...next, supervisorId }, m);
      if (next.position !== before.position || next.unitId !== before.unitId || supervisorId !== before.supervisorId) {
        await this.employees.recordAssignment(before.id, { position: next.position, unitId: next.unitId, supervisorId }, m);
      }
      // Rights on open rounds follow the reporting line (see reporting-line.ts).
      if (supervisorId !== before.supervisorId) {
        await moveOpenRounds(
          m,
          { audit: this.audit, rounds: this.rounds },
          {
            employeeId: before.id,
            supervisorId,
            actorId: actor.id,
            agencyId: actor.agencyId,
            requestId,
          },
        );
      }
      if (before.active && !next.active) {
        await this.sessions.revokeSessions(before.id, m);
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
      await this.employees.setPasswordHash(employeeId, hash, m);
      await this.sessions.revokeSessions(employeeId, m);
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
   * With `dryRun` the same checks run but every problem comes back in `problems` and nothing is
   * written (no employees, no audit entry): the import page's preview.
   */
  async import(actor: Actor, input: ImportEmployeesInput, requestId?: string): Promise<ImportEmployeesResult> {
    if (input.initialPassword) {
      const pw = passwordProblem(input.initialPassword);
      if (pw) throw OrgErrors.badPassword(pw);
    }
    const dryRun = input.dryRun === true;
    const { rows, errors, lineCount: rowCount } = parseEmployeeCsv(input.csv);
    const preview = (problems: CsvRowError[]): ImportEmployeesResult => ({
      created: 0,
      nips: problems.length ? [] : rows.map((r) => r.nip),
      dryRun: true,
      rows: rowCount,
      problems,
    });
    if (errors.length && !rows.length) {
      if (dryRun) return preview(errors);
      throw OrgErrors.csvInvalid(errors);
    }
    // One hash for the shared initial password: argon2 per row would take minutes for 5,000 rows.
    const hash = input.initialPassword && !dryRun ? await hashPassword(input.initialPassword) : null;

    return this.ds.transaction(async (m) => {
      // A preview writes nothing, so it need not wait for other changes to reporting lines.
      if (!dryRun) await this.employees.lockReportingLines(actor.agencyId, m);
      const problems: CsvRowError[] = [...errors];
      const units = await this.units.livePaths(actor.agencyId, m);
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

      const existing = await this.employees.findByNips(
        [...new Set(rows.flatMap((r) => (r.supervisorNip ? [r.nip, r.supervisorNip] : [r.nip])))],
        m,
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
          if (!sup || sup.agencyId !== actor.agencyId)
            reasons.push(`NIP atasan ${r.supervisorNip} tidak ditemukan di berkas maupun di instansi`);
          else if (!sup.active) reasons.push(`atasan ${r.supervisorNip} tidak aktif`);
        }
        if (reasons.length) problems.push({ line: r.line, reason: reasons.join('; ') });
      }
      problems.sort((a, b) => a.line - b.line);
      if (dryRun) return preview(problems);
      if (problems.length) throw OrgErrors.csvInvalid(problems);

      let inserted: Array<{ id: string; nip: string }>;
      try {
        inserted = await this.employees.insertMany(
          actor.agencyId,
          rows.map((r, i) => ({ nip: r.nip, name: r.name, position: r.position, unitId: unitIds[i], roles: r.roles })),
          hash,
          m,
        );
      } catch (err) {
        if (isUniqueViolation(err, EMPLOYEE_NIP_UQ)) throw OrgErrors.duplicateNip('dalam berkas');
        throw err;
      }
      await this.employees.setSupervisorsByNip(
        actor.agencyId,
        rows.flatMap((r) => (r.supervisorNip ? [{ nip: r.nip, supervisorNip: r.supervisorNip }] : [])),
        m,
      );
      await this.employees.recordFirstAssignments(
        inserted.map((i) => i.id),
        m,
      );
      await this.audit.forEmployee(actor, requestId).record(m, 'EMPLOYEES_IMPORTED', 'employee', null, {
        after: { count: inserted.length, nips: rows.map((r) => r.nip), withInitialPassword: Boolean(hash) },
      });
      return { created: inserted.length, nips: rows.map((r) => r.nip), dryRun: false, rows: rowCount, problems: [] };
    });
  }

  private async requireLiveUnit(actor: Actor, unitId: string, m: EntityManager): Promise<void> {
    const unit = await this.units.findInAgency(actor.agencyId, unitId, undefined, m);
    if (!unit) throw OrgErrors.notFound('Unit');
    if (unit.archivedAt) throw OrgErrors.unitArchived();
  }

  private async requireActiveSupervisor(actor: Actor, supervisorId: string, m: EntityManager): Promise<void> {
    const sup = await this.employees.findInAgency(actor.agencyId, supervisorId, m);
    if (!sup) throw OrgErrors.notFound('Atasan');
    if (!sup.active) throw OrgErrors.supervisorInactive();
  }
}
