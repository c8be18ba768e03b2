import { Client } from 'pg';
import { errorCode, startStack, Stack } from '../../support/stack';
import { login, ok, smallOrganisation, uniqueNip } from '../../support/org-fixtures';

describe('password hashes and tokens never appear in responses or logs', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { LOG_LEVEL: 'trace' } });
  });
  afterAll(() => stack?.close());

  it('through login, refresh, password changes, failures and races', async () => {
    const org = await smallOrganisation(stack, 'Kota Uji Rahasia');
    const secrets: string[] = [org.password, org.admin.password];
    const bodies: string[] = [];
    const call = async (q: string, v: Record<string, unknown> = {}, t?: string) => {
      const r = await stack.gql(q, v, t);
      bodies.push(JSON.stringify(r));
      return r;
    };
    const l = await call(`mutation($n: String!, $p: String!) { login(nip: $n, password: $p) { accessToken refreshToken } }`, {
      n: org.people.staffA.nip,
      p: org.password,
    });
    const { accessToken, refreshToken } = l.data!.login;
    const r = await call(`mutation($r: String!) { refreshToken(refreshToken: $r) { accessToken refreshToken } }`, { r: refreshToken });
    secrets.push(
      refreshToken,
      r.data!.refreshToken.accessToken,
      r.data!.refreshToken.refreshToken,
      org.admin.token,
      ...Object.values(org.tokens),
    );
    await call(`{ me { id nip name } }`, {}, r.data!.refreshToken.accessToken);
    await call(`mutation { login(nip: "199901012020011999", password: "Tebakan-Salah-77") { accessToken } }`);
    secrets.push('Tebakan-Salah-77');
    await call(`mutation { changePassword(currentPassword: "Keliru-Sekali-88", newPassword: "SandiLain123") }`, {}, org.tokens.staffB);
    secrets.push('Keliru-Sekali-88', 'SandiLain123');
    const pw = 'PasswordBaru-2026';
    secrets.push(pw);
    await call(
      `mutation($id: ID!, $p: String!) { setEmployeePassword(employeeId: $id, password: $p) { id hasAccount } }`,
      { id: org.people.staffB.id, p: pw },
      org.admin.token,
    );
    // A race on one NIP makes PostgreSQL refuse an INSERT carrying a password hash.
    const nip = uniqueNip();
    const racePw = 'RaceSandi-4242';
    secrets.push(racePw);
    await Promise.all(
      [1, 2, 3].map(() =>
        call(
          `mutation($i: CreateEmployeeInput!) { createEmployee(input: $i) { id } }`,
          { i: { nip, name: 'Pegawai Balapan', position: 'Staf', unitId: org.units.kelA, password: racePw } },
          org.admin.token,
        ),
      ),
    );
    await call(`{ employees(page: { first: 100 }) { nodes { id nip name hasAccount } } }`, {}, org.admin.token);
    await call(`{ auditLog(first: 200) { action before after } }`, {}, org.admin.token);
    await call(`{ me { id } }`, {}, accessToken);

    const db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    const hashes = (await db.query(`SELECT password_hash FROM employee WHERE password_hash IS NOT NULL`)).rows.map(
      (x) => x.password_hash as string,
    );
    await db.end();
    expect(hashes.length).toBeGreaterThan(5);

    const logs = await stack.waitForLogs((text) => text.includes('"statusCode"'));
    expect(logs.length).toBeGreaterThan(1000);
    for (const text of [logs, bodies.join('\n')]) {
      expect(text).not.toContain('$argon2');
      for (const h of hashes) expect(text).not.toContain(h);
    }
    for (const s of secrets) {
      expect(logs).not.toContain(s);
      if (!bodies.join('').includes(`"accessToken":"${s}"`) && !bodies.join('').includes(`"refreshToken":"${s}"`)) {
        expect(bodies.join('\n')).not.toContain(s);
      }
    }
    // The schema has no field that could carry a hash.
    const intro = await stack.gql(`{ __type(name: "Employee") { fields { name } } }`);
    expect(intro.data!.__type.fields.map((f: { name: string }) => f.name).join(',')).not.toMatch(/password|hash/i);
  });
});

describe('CSV import at scale', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
  });
  afterAll(() => stack?.close());

  it('imports 5,000 generated employees in one call, all or nothing', async () => {
    const org = await smallOrganisation(stack, 'Kota Uji Impor');
    const units = ['Kelurahan Sukamiskin', 'Kelurahan Cisaranten Kulon', 'Kecamatan Arcamanik'];
    const leads = Array.from({ length: 50 }, () => uniqueNip());
    const lines = ['NIP;Nama;Jabatan;Unit;NIP Atasan;Peran'];
    leads.forEach((nip, i) =>
      lines.push(`${nip};Kepala Seksi ${i + 1}, S.Sos.;Kepala Seksi;${units[i % 3]};${org.people.lurahA.nip};SUPERVISOR EMPLOYEE`),
    );
    for (let i = 0; i < 4950; i++)
      lines.push(`${uniqueNip()};Pegawai Nomor ${i + 1};Pengadministrasi Umum;${units[i % 3]};${leads[i % 50]};`);
    const csv = lines.join('\n');

    const started = Date.now();
    const res = await stack.gql(
      `mutation($i: ImportEmployeesInput!) { importEmployees(input: $i) { created } }`,
      { i: { csv, initialPassword: 'Awal12345' } },
      org.admin.token,
    );
    const ms = Date.now() - started;
    expect(res.errors).toBeUndefined();
    expect(res.data!.importEmployees.created).toBe(5000);
    process.stdout.write(`\n[measure] importEmployees: 5,000 rows (${(csv.length / 1024).toFixed(0)} KiB) in ${ms} ms\n`);

    const count = await ok(stack, `{ employees(page: { first: 1 }) { totalCount } }`, {}, org.admin.token);
    expect(count.employees.totalCount).toBe(6 + 5000);
    const team = await ok(stack, `{ employees(page: { first: 1 }) { totalCount } }`, {}, org.tokens.lurahA);
    expect(team.employees.totalCount).toBe(1 + 1 + 5000); // lurahA, staffA, and everyone imported under them
    const someone = await login(stack, lines[100].split(';')[0], 'Awal12345');
    expect(someone.token).toBeTruthy();

    // The same file again: every row is now a duplicate, and nothing changes.
    const again = await stack.gql(
      `mutation($i: ImportEmployeesInput!) { importEmployees(input: $i) { created } }`,
      { i: { csv } },
      org.admin.token,
    );
    expect(errorCode(again)).toBe('CSV_INVALID');
    expect((again.errors![0].extensions!.details as unknown[]).length).toBe(5000);
    const after = await ok(stack, `{ employees(page: { first: 1 }) { totalCount } }`, {}, org.admin.token);
    expect(after.employees.totalCount).toBe(6 + 5000);
  });
});
