import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { ok, smallOrganisation, uniqueNip } from '../../support/org-fixtures';

type Org = Awaited<ReturnType<typeof smallOrganisation>>;

const IMPORT = `mutation($i: ImportEmployeesInput!) {
  importEmployees(input: $i) { created nips dryRun rows problems { line reason } }
}`;

async function withDb<T>(stack: Stack, fn: (db: Client) => Promise<T>): Promise<T> {
  const db = new Client({ connectionString: stack.config.DATABASE_URL });
  await db.connect();
  try {
    return await fn(db);
  } finally {
    await db.end();
  }
}

/** The agency's employees and audit rows, to prove a preview stored nothing. */
async function stored(stack: Stack, org: Org): Promise<string> {
  return withDb(stack, async (db) => {
    const [{ agency_id }] = (await db.query('SELECT agency_id FROM unit WHERE id = $1', [org.admin.rootUnitId])).rows;
    const employees = await db.query('SELECT id, nip, supervisor_id FROM employee WHERE agency_id = $1 ORDER BY id', [agency_id]);
    const audit = await db.query('SELECT count(*)::int AS n FROM audit_log WHERE agency_id = $1', [agency_id]);
    return JSON.stringify([employees.rows, audit.rows]);
  });
}

describe('CSV import preview (dryRun)', () => {
  let stack: Stack;
  let org: Org;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres' });
    org = await smallOrganisation(stack, 'Kota Uji Pratinjau');
  });
  afterAll(() => stack?.close());

  it('lists the one bad row of 50, stores nothing; the fixed file previews clean, then imports 50', async () => {
    const nips = Array.from({ length: 50 }, () => uniqueNip());
    const row = (nip: string, i: number, unit: string) =>
      `${nip};Pegawai Impor ${i + 1};Pengadministrasi Umum;${unit};${i === 0 ? org.people.lurahA.nip : nips[0]};`;
    const header = 'NIP;Nama;Jabatan;Unit;NIP Atasan;Peran';
    // Line 31 (row 30) names a unit the agency does not have.
    const bad = [header, ...nips.map((n, i) => row(n, i, i === 29 ? 'Kelurahan Tidak Ada' : 'Kelurahan Sukamiskin'))].join('\n');
    const fixed = [header, ...nips.map((n, i) => row(n, i, 'Kelurahan Sukamiskin'))].join('\n');

    const before = await stored(stack, org);
    const preview = await ok(stack, IMPORT, { i: { csv: bad, dryRun: true, initialPassword: 'Awal12345' } }, org.admin.token);
    expect(preview.importEmployees).toMatchObject({ created: 0, dryRun: true, rows: 50, nips: [] });
    expect(preview.importEmployees.problems).toEqual([{ line: 31, reason: expect.stringContaining('Kelurahan Tidak Ada') }]);
    expect(await stored(stack, org)).toBe(before);

    // A row failing the file's own checks (a malformed NIP) is listed the same way, with the other.
    const twoBad = bad.replace(nips[9], '12345');
    const preview2 = await ok(stack, IMPORT, { i: { csv: twoBad, dryRun: true } }, org.admin.token);
    expect(preview2.importEmployees.problems.map((p: { line: number }) => p.line)).toEqual([11, 31]);
    expect(await stored(stack, org)).toBe(before);

    // Without dryRun the same file is refused as before: CSV_INVALID with the rows in details.
    const refused = await stack.gql(IMPORT, { i: { csv: bad } }, org.admin.token);
    expect(errorCode(refused)).toBe('CSV_INVALID');
    expect(refused.errors![0].extensions!.details).toEqual(preview.importEmployees.problems);
    expect(await stored(stack, org)).toBe(before);

    const clean = await ok(stack, IMPORT, { i: { csv: fixed, dryRun: true } }, org.admin.token);
    expect(clean.importEmployees).toEqual({ created: 0, dryRun: true, rows: 50, nips, problems: [] });
    expect(await stored(stack, org)).toBe(before);

    const real = await ok(stack, IMPORT, { i: { csv: fixed } }, org.admin.token);
    expect(real.importEmployees).toEqual({ created: 50, dryRun: false, rows: 50, nips, problems: [] });
    const count = await ok(stack, `{ employees(page: { first: 1 }) { totalCount } }`, {}, org.admin.token);
    expect(count.employees.totalCount).toBe(6 + 50);

    // Previewing the imported file again lists all 50 as already registered.
    const again = await ok(stack, IMPORT, { i: { csv: fixed, dryRun: true } }, org.admin.token);
    expect(again.importEmployees.problems).toHaveLength(50);
    expect(again.importEmployees.problems[0].reason).toContain('sudah terdaftar');
  });

  it('an unreadable file comes back as a problem in a preview, CSV_INVALID otherwise', async () => {
    const preview = await ok(stack, IMPORT, { i: { csv: 'NIP,nama\n198001012006041001,Dedi', dryRun: true } }, org.admin.token);
    expect(preview.importEmployees).toMatchObject({ dryRun: true, rows: 0, created: 0 });
    expect(preview.importEmployees.problems).toEqual([{ line: 1, reason: expect.stringContaining('kolom wajib') }]);
    expect(errorCode(await stack.gql(IMPORT, { i: { csv: 'NIP,nama\n198001012006041001,Dedi' } }, org.admin.token))).toBe('CSV_INVALID');
  });
});

describe('audit log filters', () => {
  let stack: Stack;
  let org: Org;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres' });
    org = await smallOrganisation(stack, 'Kota Uji Jejak');
  });
  afterAll(() => stack?.close());

  const AUDIT = `query($actorId: ID, $from: String, $to: String, $entityType: String, $first: Int) {
    auditLog(actorId: $actorId, from: $from, to: $to, entityType: $entityType, first: $first) { id action actorId actorName occurredAt }
  }`;

  it('by actor, with the actor name; by day in the agency time zone; bad days are BAD_USER_INPUT', async () => {
    // The lurah changes their own password: an entry by someone other than the ADMIN.
    await ok(
      stack,
      `mutation { changePassword(currentPassword: "${org.password}", newPassword: "SandiBaru12345") }`,
      {},
      org.tokens.lurahA,
    );
    const all = (await ok(stack, AUDIT, { first: 200 }, org.admin.token)).auditLog as Array<Record<string, string | null>>;
    const byLurah = all.filter((e) => e.actorId === org.people.lurahA.id);
    expect(byLurah.length).toBeGreaterThan(0);
    const lurahOnly = (await ok(stack, AUDIT, { actorId: org.people.lurahA.id, first: 200 }, org.admin.token)).auditLog;
    expect(lurahOnly).toEqual(byLurah);
    expect(lurahOnly[0].actorName).toBe('Lurah Sukamiskin');
    const adminOnly = (await ok(stack, AUDIT, { actorId: org.admin.id, first: 200 }, org.admin.token)).auditLog;
    expect(adminOnly).toEqual(all.filter((e) => e.actorId === org.admin.id));
    expect([...new Set(adminOnly.map((e: { actorName: string | null }) => e.actorName))]).toEqual([expect.any(String)]);

    // An entry written at 23:30 local time on 10 January 2026, in the agency's time zone.
    const { agencyId, zone, today } = await withDb(stack, async (db) => {
      const [r] = (
        await db.query(
          `SELECT a.id, a.time_zone, to_char(now() AT TIME ZONE a.time_zone, 'YYYY-MM-DD') AS today
             FROM unit u JOIN agency a ON a.id = u.agency_id WHERE u.id = $1`,
          [org.admin.rootUnitId],
        )
      ).rows;
      await db.query(
        `INSERT INTO audit_log (actor_id, actor_kind, agency_id, action, entity_type, entity_id, occurred_at)
         VALUES ($1, 'EMPLOYEE', $2, 'TEST_LATE_EVENING', 'test', NULL, ('2026-01-10 23:30'::timestamp AT TIME ZONE $3))`,
        [org.admin.id, r.id, r.time_zone],
      );
      return { agencyId: r.id as string, zone: r.time_zone as string, today: r.today as string };
    });
    expect(agencyId).toBeTruthy();
    expect(zone).toBeTruthy();
    const actions = async (v: Record<string, unknown>) =>
      ((await ok(stack, AUDIT, { first: 200, ...v }, org.admin.token)).auditLog as Array<{ action: string }>).map((e) => e.action);
    expect(await actions({ from: '2026-01-10', to: '2026-01-10' })).toEqual(['TEST_LATE_EVENING']);
    expect(await actions({ from: '2026-01-11', to: '2026-01-11' })).toEqual([]);
    expect(await actions({ to: '2026-01-09' })).toEqual([]);
    expect(await actions({ from: today })).toHaveLength(all.length);
    expect(await actions({ to: today })).toHaveLength(all.length + 1);
    expect(await actions({ from: '2026-01-10', entityType: 'test' })).toEqual(['TEST_LATE_EVENING']);

    for (const [v, field, reason] of [
      [{ from: '2026-02-30' }, 'from', 'INVALID_DATE'],
      [{ to: '10/01/2026' }, 'to', 'INVALID_DATE'],
      [{ from: '2026-1-5' }, 'from', 'INVALID_DATE'],
      [{ from: '2026-01-11', to: '2026-01-10' }, 'to', 'RANGE_REVERSED'],
    ] as const) {
      const res = await stack.gql(AUDIT, v, org.admin.token);
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.details).toEqual([{ field, reasons: [reason] }]);
    }
    expect(errorCode(await stack.gql(AUDIT, { actorId: 'bukan-uuid' }, org.admin.token))).toBe('BAD_USER_INPUT');
    expect(errorCode(await stack.gql(AUDIT, { from: '2026-01-10' }, org.tokens.lurahA))).toBe('FORBIDDEN');
  });
});
