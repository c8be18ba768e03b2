import { DataSource } from 'typeorm';
import { EMPLOYEE_NIP_UQ, EmployeesRepository, ServicePointsRepository } from '@k360/database';
import { uniqueNip } from '../support/org-fixtures';
import { migratedDataSource } from '../support/database';
import { isLocked, OrganisationRows, pgError, whileHolding } from './organisation-rows';

// Nest cannot load under Jest: stand-ins for its decorators (test/support/nest-shim.ts).
jest.mock('@nestjs/common', () => jest.requireActual('../support/nest-shim').nestCommon);
jest.mock('@nestjs/typeorm', () => jest.requireActual('../support/nest-shim').nestTypeorm);

describe('EmployeesRepository (real PostgreSQL)', () => {
  let ds: DataSource;
  let employees: EmployeesRepository;
  let rows: OrganisationRows;

  beforeAll(async () => {
    ds = await migratedDataSource();
    employees = new EmployeesRepository(ds);
    rows = new OrganisationRows(ds);
  });
  afterAll(() => ds.destroy());

  it('inserts an employee and returns a camelCase record without the password hash', async () => {
    const { agencyId, root } = await rows.agency();
    const nip = uniqueNip();
    const withAccount = await employees.insert({
      agencyId,
      nip,
      name: 'Siti Rahayu',
      position: 'Kepala Bidang',
      unitId: root.id,
      supervisorId: null,
      roles: ['SUPERVISOR', 'EMPLOYEE'],
      passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA',
    });
    expect(withAccount).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      agencyId,
      nip,
      name: 'Siti Rahayu',
      position: 'Kepala Bidang',
      unitId: root.id,
      supervisorId: null,
      roles: ['SUPERVISOR', 'EMPLOYEE'],
      active: true,
      hasAccount: true,
      createdAt: expect.any(Date),
      email: null,
    });
    const without = await rows.employee(agencyId, root.id, { supervisorId: withAccount.id });
    expect(without).toMatchObject({ hasAccount: false, supervisorId: withAccount.id });

    const stored = await ds.query(`SELECT id, password_changed_at FROM employee WHERE id = ANY($1::uuid[])`, [
      [withAccount.id, without.id],
    ]);
    const changedAt = new Map(stored.map((r: { id: string; password_changed_at: Date | null }) => [r.id, r.password_changed_at]));
    expect(changedAt.get(withAccount.id)).toBeInstanceOf(Date);
    expect(changedAt.get(without.id)).toBeNull();
  });

  it('stores an email address; the database refuses one not lower-cased, malformed or longer than 254', async () => {
    const { agencyId, root } = await rows.agency();
    const base = {
      agencyId,
      name: 'Surel',
      position: 'Staf',
      unitId: root.id,
      supervisorId: null,
      roles: ['EMPLOYEE' as const],
      passwordHash: null,
    };
    expect((await employees.insert({ ...base, nip: uniqueNip(), email: 'siti.rahayu@bandung.go.id' })).email).toBe(
      'siti.rahayu@bandung.go.id',
    );
    for (const email of ['Siti@bandung.go.id', 'siti@bandung', 'siti bandung@x.go.id', `${'a'.repeat(250)}@x.id`]) {
      expect(await pgError(employees.insert({ ...base, nip: uniqueNip(), email }))).toEqual({
        code: '23514',
        constraint: 'employee_email_ck',
      });
    }
  });

  it('fails on EMPLOYEE_NIP_UQ for a NIP registered in any agency; isNipTaken sees it', async () => {
    const a = await rows.agency();
    const b = await rows.agency();
    const nip = uniqueNip();
    expect(await employees.isNipTaken(nip)).toBe(false);
    await rows.employee(a.agencyId, a.root.id, { nip });
    expect(await employees.isNipTaken(nip)).toBe(true);
    expect(await pgError(rows.employee(b.agencyId, b.root.id, { nip }))).toEqual({ code: '23505', constraint: EMPLOYEE_NIP_UQ });
  });

  it('finds by id (any agency, or within one), by ids, by NIPs, direct reports and service point staff', async () => {
    const { agencyId, root } = await rows.agency();
    const other = await rows.agency();
    const boss = await rows.employee(agencyId, root.id, { name: 'Zainal', roles: ['SUPERVISOR', 'EMPLOYEE'] });
    const r2 = await rows.employee(agencyId, root.id, { name: 'Budi', supervisorId: boss.id });
    const r1 = await rows.employee(agencyId, root.id, { name: 'Ani', supervisorId: boss.id });
    const stranger = await rows.employee(other.agencyId, other.root.id);

    expect(await employees.find(r1.id)).toEqual(r1);
    expect(await employees.find(stranger.id)).toEqual(stranger);
    expect(await employees.findInAgency(agencyId, r1.id)).toEqual(r1);
    expect(await employees.findInAgency(agencyId, stranger.id)).toBeNull();
    expect((await employees.findByIds([r1.id, stranger.id])).map((e) => e.id).sort()).toEqual([r1.id, stranger.id].sort());
    expect((await employees.findByNips([r2.nip, stranger.nip])).map((e) => e.nip).sort()).toEqual([r2.nip, stranger.nip].sort());
    expect((await employees.directReportsOf([boss.id, r1.id])).map((e) => e.name)).toEqual(['Ani', 'Budi']);

    const points = new ServicePointsRepository(ds);
    const sp = await points.insert({ agencyId, unitId: root.id, name: 'Loket Terpadu' });
    await points.addStaff(sp.id, r2.id);
    await points.addStaff(sp.id, r1.id);
    expect(await employees.staffOf([sp.id])).toEqual([
      { servicePointId: sp.id, employee: r1 },
      { servicePointId: sp.id, employee: r2 },
    ]);
  });

  it('find with lock takes the row FOR UPDATE', async () => {
    const { agencyId, root } = await rows.agency();
    const e = await rows.employee(agencyId, root.id);
    const probe = (lock: boolean) =>
      whileHolding(
        ds,
        (m) => employees.find(e.id, lock, m),
        (other) => isLocked(other, `SELECT 1 FROM employee WHERE id = $1 FOR UPDATE NOWAIT`, [e.id]),
      );
    expect(await probe(true)).toBe(true);
    expect(await probe(false)).toBe(false);
  });

  describe('list', () => {
    let agencyId: string;
    let lead: string;
    let nips: Record<string, string> = {};
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      const a = await rows.agency();
      agencyId = a.agencyId;
      const dinas = await rows.unit(agencyId, a.root.id, 'Dinas');
      const bidang = await rows.unit(agencyId, dinas.id, 'Bidang');
      const other = await rows.agency();
      await rows.employee(other.agencyId, other.root.id, { name: 'Orang Lain' });
      const boss = await rows.employee(agencyId, dinas.id, { name: 'Bambang', roles: ['SUPERVISOR', 'EMPLOYEE'] });
      const mid = await rows.employee(agencyId, bidang.id, { name: 'Citra', supervisorId: boss.id, roles: ['SUPERVISOR', 'EMPLOYEE'] });
      const low = await rows.employee(agencyId, bidang.id, { name: 'Dewi 100%', supervisorId: mid.id });
      const outsider = await rows.employee(agencyId, a.root.id, { name: 'Eko' });
      const gone = await rows.employee(agencyId, a.root.id, { name: 'Fajar' });
      await employees.update(gone.id, { ...gone, active: false });
      nips = Object.fromEntries([boss, mid, low, outsider, gone].map((e) => [e.name, e.nip]));
      Object.assign(ids, {
        boss: boss.id,
        mid: mid.id,
        low: low.id,
        outsider: outsider.id,
        gone: gone.id,
        dinas: dinas.id,
        bidang: bidang.id,
      });
      lead = mid.id;
    });

    const names = async (q: Partial<Parameters<EmployeesRepository['list']>[0]>) =>
      (await employees.list({ agencyId, visibility: { kind: 'agency' }, first: 50, ...q })).employees.map((e) => e.name);

    it('keeps to the agency and the visibility: everyone, a team (leader and all under them), or one', async () => {
      expect(await names({})).toEqual(['Bambang', 'Citra', 'Dewi 100%', 'Eko', 'Fajar']);
      expect(await names({ visibility: { kind: 'team', leaderId: lead } })).toEqual(['Citra', 'Dewi 100%']);
      expect(await names({ visibility: { kind: 'team', leaderId: ids.boss } })).toEqual(['Bambang', 'Citra', 'Dewi 100%']);
      expect(await names({ visibility: { kind: 'self', employeeId: ids.low } })).toEqual(['Dewi 100%']);
    });

    it('filters by unit (with or without sub-units), NIP prefix, name (wildcards literal) and active', async () => {
      expect(await names({ unitId: ids.dinas })).toEqual(['Bambang']);
      expect(await names({ unitId: ids.dinas, includeSubunits: true })).toEqual(['Bambang', 'Citra', 'Dewi 100%']);
      const prefix = nips['Bambang'].slice(0, 12);
      const expected = Object.keys(nips).filter((n) => nips[n].startsWith(prefix));
      expect(expected).toContain('Bambang');
      expect(await names({ nipPrefix: prefix })).toEqual(expected.sort());
      expect(await names({ nipPrefix: nips['Citra'] })).toEqual(['Citra']);
      expect(await names({ nameContains: 'CIT' })).toEqual(['Citra']);
      expect(await names({ nameContains: '%' })).toEqual(['Dewi 100%']);
      expect(await names({ nameContains: '_' })).toEqual([]);
      expect(await names({ active: false })).toEqual(['Fajar']);
      expect(await names({ active: true, unitId: ids.bidang })).toEqual(['Citra', 'Dewi 100%']);
    });

    it('pages by (name, id) after a cursor; the total ignores the cursor and the page size', async () => {
      const first = await employees.list({ agencyId, visibility: { kind: 'agency' }, first: 2 });
      expect(first.employees.map((e) => e.name)).toEqual(['Bambang', 'Citra']);
      expect(first).toMatchObject({ hasNextPage: true, totalCount: 5 });
      const last = first.employees[1];
      const second = await employees.list({ agencyId, visibility: { kind: 'agency' }, first: 3, after: { name: last.name, id: last.id } });
      expect(second.employees.map((e) => e.name)).toEqual(['Dewi 100%', 'Eko', 'Fajar']);
      expect(second).toMatchObject({ hasNextPage: false, totalCount: 5 });
    });
  });

  it('isAbove walks the reporting line up to maxDepth levels', async () => {
    const { agencyId, root } = await rows.agency();
    const top = await rows.employee(agencyId, root.id);
    const mid = await rows.employee(agencyId, root.id, { supervisorId: top.id });
    const low = await rows.employee(agencyId, root.id, { supervisorId: mid.id });

    expect(await employees.isAbove(mid.id, low.id, 100)).toBe(true);
    expect(await employees.isAbove(top.id, low.id, 100)).toBe(true);
    expect(await employees.isAbove(top.id, low.id, 2)).toBe(true);
    expect(await employees.isAbove(top.id, low.id, 1)).toBe(false);
    expect(await employees.isAbove(low.id, top.id, 100)).toBe(false);
    expect(await employees.isAbove(low.id, low.id, 100)).toBe(false);
  });

  it("lockReportingLines holds the agency's reporting-line lock until the transaction ends, and only that agency's", async () => {
    const a = await rows.agency();
    const b = await rows.agency();
    const tryLock = async (m: import('typeorm').EntityManager, agencyId: string) => {
      const [{ got }] = await m.query(`SELECT pg_try_advisory_xact_lock(hashtext('reporting:' || $1)) AS got`, [agencyId]);
      return got as boolean;
    };
    const held = await whileHolding(
      ds,
      (m) => employees.lockReportingLines(a.agencyId, m),
      async (other) => ({ a: await tryLock(other, a.agencyId), b: await tryLock(other, b.agencyId) }),
    );
    expect(held).toEqual({ a: false, b: true });
    expect(await tryLock(ds.manager, a.agencyId)).toBe(true);
  });

  it('imports: insertMany in file order, setSupervisorsByNip within the agency, recordFirstAssignments', async () => {
    const { agencyId, root } = await rows.agency();
    const other = await rows.agency();
    const foreignBoss = await rows.employee(other.agencyId, other.root.id);
    const existingBoss = await rows.employee(agencyId, root.id);
    const [n1, n2, n3] = [uniqueNip(), uniqueNip(), uniqueNip()];
    const inserted = await employees.insertMany(
      agencyId,
      [
        { nip: n1, name: 'Satu', position: 'Staf', unitId: root.id, roles: ['EMPLOYEE', 'SUPERVISOR'] },
        { nip: n2, name: 'Dua', position: 'Staf', unitId: root.id, roles: ['EMPLOYEE'] },
        { nip: n3, name: 'Tiga', position: 'Staf', unitId: root.id, roles: ['EMPLOYEE'] },
      ],
      null,
    );
    expect(inserted.map((i) => i.nip)).toEqual([n1, n2, n3]);

    await employees.setSupervisorsByNip(agencyId, [
      { nip: n2, supervisorNip: n1 },
      { nip: n3, supervisorNip: existingBoss.nip },
      { nip: n1, supervisorNip: foreignBoss.nip },
    ]);
    const byNip = new Map((await employees.findByNips([n1, n2, n3])).map((e) => [e.nip, e]));
    expect(byNip.get(n1)).toMatchObject({ supervisorId: null, roles: ['EMPLOYEE', 'SUPERVISOR'], hasAccount: false, agencyId });
    expect(byNip.get(n2)!.supervisorId).toBe(inserted[0].id);
    expect(byNip.get(n3)!.supervisorId).toBe(existingBoss.id);

    await employees.recordFirstAssignments(inserted.map((i) => i.id));
    expect(await employees.assignmentHistory(inserted[1].id)).toEqual([
      { position: 'Staf', unitId: root.id, supervisorId: inserted[0].id, validFrom: expect.any(Date), validTo: null },
    ]);

    const nip = uniqueNip();
    expect(
      await pgError(
        employees.insertMany(
          agencyId,
          [
            { nip, name: 'Kembar', position: 'Staf', unitId: root.id, roles: ['EMPLOYEE'] },
            { nip, name: 'Kembar', position: 'Staf', unitId: root.id, roles: ['EMPLOYEE'] },
          ],
          'hash',
        ),
      ),
    ).toEqual({ code: '23505', constraint: EMPLOYEE_NIP_UQ });
  });

  it('update writes the whole state; recordAssignment closes the current assignment and opens one', async () => {
    const { agencyId, root } = await rows.agency();
    const unit = await rows.unit(agencyId, root.id);
    const boss = await rows.employee(agencyId, root.id);
    const e = await rows.employee(agencyId, root.id, { position: 'Staf' });
    await employees.recordAssignment(e.id, e);

    await employees.update(e.id, {
      name: 'Nama Baru',
      position: 'Kepala Seksi',
      unitId: unit.id,
      supervisorId: boss.id,
      roles: ['SUPERVISOR'],
      active: false,
      email: 'nama.baru@example.go.id',
    });
    await employees.recordAssignment(e.id, { position: 'Kepala Seksi', unitId: unit.id, supervisorId: boss.id });

    expect(await employees.find(e.id)).toMatchObject({
      name: 'Nama Baru',
      position: 'Kepala Seksi',
      unitId: unit.id,
      supervisorId: boss.id,
      roles: ['SUPERVISOR'],
      active: false,
      email: 'nama.baru@example.go.id',
    });
    const history = await employees.assignmentHistory(e.id);
    expect(history).toEqual([
      { position: 'Staf', unitId: root.id, supervisorId: null, validFrom: expect.any(Date), validTo: expect.any(Date) },
      { position: 'Kepala Seksi', unitId: unit.id, supervisorId: boss.id, validFrom: expect.any(Date), validTo: null },
    ]);
    expect(history[0].validTo!.getTime()).toBeGreaterThanOrEqual(history[0].validFrom.getTime());
  });

  it('setPasswordHash gives an account: stores the hash and stamps password_changed_at, in the caller transaction', async () => {
    const { agencyId, root } = await rows.agency();
    const e = await rows.employee(agencyId, root.id);
    expect(e.hasAccount).toBe(false);
    await ds
      .transaction(async (m) => {
        await employees.setPasswordHash(e.id, 'rolled-back', m);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect((await employees.find(e.id))!.hasAccount).toBe(false);
    await employees.setPasswordHash(e.id, '$argon2id$hash');
    expect((await employees.find(e.id))!.hasAccount).toBe(true);
    const [row] = await ds.query(`SELECT password_hash, password_changed_at FROM employee WHERE id = $1`, [e.id]);
    expect(row.password_hash).toBe('$argon2id$hash');
    expect(row.password_changed_at).toBeInstanceOf(Date);
  });

  it('countAdmins counts employees holding ADMIN, in every agency', async () => {
    const { agencyId, root } = await rows.agency();
    await ds.transaction('REPEATABLE READ', async (m) => {
      const before = await employees.countAdmins(m);
      await rows.employee(agencyId, root.id, { roles: ['ADMIN', 'EMPLOYEE'] }, m);
      await rows.employee(agencyId, root.id, { roles: ['SUPERVISOR'] }, m);
      expect(await employees.countAdmins(m)).toBe(before + 1);
    });
  });
});
