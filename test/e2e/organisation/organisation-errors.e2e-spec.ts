import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { login, ok, smallOrganisation, uniqueNip } from '../../support/org-fixtures';

/** A snapshot of everything the organisation writes for one agency, to prove a refusal changed nothing. */
async function snapshot(stack: Stack, agencyRootUnitId: string): Promise<string> {
  const db = new Client({ connectionString: stack.config.DATABASE_URL });
  await db.connect();
  try {
    const [{ agency_id }] = (await db.query('SELECT agency_id FROM unit WHERE id = $1', [agencyRootUnitId])).rows;
    const parts = [];
    for (const sql of [
      'SELECT id, nip, name, position, unit_id, supervisor_id, roles, active FROM employee WHERE agency_id = $1 ORDER BY id',
      'SELECT a.* FROM employee_assignment a JOIN employee e ON e.id = a.employee_id WHERE e.agency_id = $1 ORDER BY a.id',
      'SELECT id, name, parent_id, archived_at FROM unit WHERE agency_id = $1 ORDER BY id',
      'SELECT count(*) FROM audit_log WHERE agency_id = $1',
    ]) {
      parts.push(await db.query(sql, [agency_id]));
    }
    return JSON.stringify(parts.map((p) => p.rows));
  } finally {
    await db.end();
  }
}

describe('bad input gets a stable code and changes nothing', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  beforeAll(async () => {
    stack = await startStack({ queue: 'postgres' });
    org = await smallOrganisation(stack, 'Kota Uji Galat');
  });
  afterAll(() => stack?.close());

  const create = (input: Record<string, unknown>) =>
    stack.gql(
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`,
      { i: { name: 'Pegawai Baru', position: 'Staf', unitId: org.units.kelA, ...input } },
      org.admin.token,
    );

  it.each([
    ['too short', '19800101200604100'],
    ['letters', '19800101200604100x'],
    ['30 February birth date', '198002302006041001'],
    ['month 13 TMT', '198001012006131001'],
    ['sex digit 3', '198001012006043001'],
  ])('a malformed NIP (%s) → BAD_USER_INPUT naming the field', async (_, nip) => {
    const before = await snapshot(stack, org.admin.rootUnitId);
    const res = await create({ nip });
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(res.errors![0].extensions!.details)).toContain('nip');
    expect(await snapshot(stack, org.admin.rootUnitId)).toBe(before);
  });

  it('a duplicate NIP → DUPLICATE_NIP, also when another agency holds it', async () => {
    const before = await snapshot(stack, org.admin.rootUnitId);
    expect(errorCode(await create({ nip: org.people.staffA.nip }))).toBe('DUPLICATE_NIP');
    const other = await smallOrganisation(stack, 'Kota Lain');
    expect(errorCode(await create({ nip: other.people.staffA.nip }))).toBe('DUPLICATE_NIP');
    expect(await snapshot(stack, org.admin.rootUnitId)).toBe(before);
  });

  it('two concurrent creations of one NIP store exactly one employee', async () => {
    const nip = uniqueNip();
    const results = await Promise.all([create({ nip }), create({ nip }), create({ nip })]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => errorCode(r) === 'DUPLICATE_NIP')).toHaveLength(2);
  });

  it('a supervisor cycle → SUPERVISOR_CYCLE (direct, through a chain, and oneself)', async () => {
    const before = await snapshot(stack, org.admin.rootUnitId);
    const update = (id: string, supervisorId: string) =>
      stack.gql(`mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id } }`, { i: { id, supervisorId } }, org.admin.token);
    // camat → lurahA → staffA: making staffA the camat's supervisor closes the loop.
    expect(errorCode(await update(org.people.camat.id, org.people.staffA.id))).toBe('SUPERVISOR_CYCLE');
    expect(errorCode(await update(org.people.lurahA.id, org.people.staffA.id))).toBe('SUPERVISOR_CYCLE');
    expect(errorCode(await update(org.people.staffA.id, org.people.staffA.id))).toBe('SUPERVISOR_CYCLE');
    expect(await snapshot(stack, org.admin.rootUnitId)).toBe(before);
  });

  it('two concurrent updates that together would form a cycle: at most one succeeds', async () => {
    const a = await ok(
      stack,
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`,
      { i: { nip: uniqueNip(), name: 'Pegawai A', position: 'Staf', unitId: org.units.kelA } },
      org.admin.token,
    );
    const b = await ok(
      stack,
      `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`,
      { i: { nip: uniqueNip(), name: 'Pegawai B', position: 'Staf', unitId: org.units.kelA } },
      org.admin.token,
    );
    const set = (id: string, supervisorId: string) =>
      stack.gql(`mutation($i: UpdateEmployeeInput!) { updateEmployee(input: $i) { id } }`, { i: { id, supervisorId } }, org.admin.token);
    const [r1, r2] = await Promise.all([set(a.createEmployee.id, b.createEmployee.id), set(b.createEmployee.id, a.createEmployee.id)]);
    expect([r1, r2].filter((r) => !r.errors)).toHaveLength(1);
    expect([r1, r2].map(errorCode).filter(Boolean)).toEqual(['SUPERVISOR_CYCLE']);
  });

  it('a CSV with bad rows → CSV_INVALID listing each line and reason; nothing is imported', async () => {
    const before = await snapshot(stack, org.admin.rootUnitId);
    const good = uniqueNip();
    const csv = [
      'NIP,nama,jabatan,unit,NIP atasan',
      `${good},Pegawai Baik,Staf,Kelurahan Sukamiskin,${org.people.lurahA.nip}`,
      `${uniqueNip().slice(0, 17)},NIP Pendek,Staf,Kelurahan Sukamiskin,`,
      `${org.people.staffA.nip},NIP Terpakai,Staf,Kelurahan Sukamiskin,`,
      `${uniqueNip()},Unit Hilang,Staf,Kelurahan Antah Berantah,`,
      `${uniqueNip()},Atasan Hilang,Staf,Kelurahan Sukamiskin,${uniqueNip()}`,
    ].join('\n');
    const res = await stack.gql(
      `mutation($i: ImportEmployeesInput!) { importEmployees(input: $i) { created } }`,
      { i: { csv } },
      org.admin.token,
    );
    expect(errorCode(res)).toBe('CSV_INVALID');
    const details = res.errors![0].extensions!.details as Array<{ line: number; reason: string }>;
    expect(details.map((d) => d.line)).toEqual([3, 4, 5, 6]);
    expect(details[0].reason).toContain('18 digit');
    expect(details[1].reason).toContain('sudah terdaftar');
    expect(details[2].reason).toContain('tidak ditemukan');
    expect(details[3].reason).toContain('NIP atasan');
    expect(await snapshot(stack, org.admin.rootUnitId)).toBe(before);
  });

  it('login throttle: after 10 failed logins for a NIP from one address even the right password waits there (TOO_MANY_ATTEMPTS)', async () => {
    const nip = org.people.staffB.nip;
    for (let i = 0; i < 10; i++) {
      const r = await stack.gql(`mutation($n: String!) { login(nip: $n, password: "salah-sekali1") { accessToken } }`, { n: nip });
      expect(errorCode(r)).toBe('INVALID_CREDENTIALS');
    }
    const held = await stack.gql(`mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken } }`, {
      n: nip,
      p: org.password,
    });
    expect(errorCode(held)).toBe('TOO_MANY_ATTEMPTS');
    expect((held.errors![0].extensions!.details as { retryAfterSeconds: number }).retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another NIP is not affected. (Per-address and stranger cases: test/security/login.e2e-spec.ts.)
    await login(stack, org.people.staffA.nip, org.password);
  });

  it('an unknown NIP and a wrong password answer alike', async () => {
    const unknown = await stack.gql(`mutation { login(nip: "199901012020011999", password: "apa-saja-1") { accessToken } }`);
    const wrong = await stack.gql(`mutation($n: String!) { login(nip: $n, password: "apa-saja-1") { accessToken } }`, {
      n: org.people.lurahB.nip,
    });
    expect(errorCode(unknown)).toBe('INVALID_CREDENTIALS');
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
  });
});
