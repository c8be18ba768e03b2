import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import {
  addServicePointWithOfficer,
  buildKecamatan,
  chooseUnit,
  importEmployeesCsv,
  kecamatanCsv,
  openAdminSection,
  previewEmployeesCsv,
  snap,
} from '../support/admin-org-steps';
import { launchChromium, signInStaff } from '../support/browser';
import { AgencyAdmin, createAgency, login } from '../support/org-fixtures';
import { startStack, Stack } from '../support/stack';

const SHOTS = 'admin-org';
const KECAMATAN = 'Kecamatan Cibeunying';
const KELURAHAN = ['Kelurahan Sukapada', 'Kelurahan Cikutra'];

/**
 * Issue 14, acceptance 1 (the organisation part): from an agency with only its bootstrap ADMIN,
 * everything through the pages — the unit tree, a CSV import whose bad row is shown, fixed and
 * imported, a service point with an officer — checked against the database after each step.
 */
describe('an ADMIN builds the organisation through the pages (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let admin: AgencyAdmin;
  let agencyId: string;
  let page: Page;

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', ownDatabase: true });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    admin = await createAgency(stack, 'Kota Uji Organisasi');
    agencyId = (await db.query(`SELECT agency_id FROM employee WHERE id = $1`, [admin.id])).rows[0].agency_id;
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  const employeeCount = async () =>
    Number((await db.query(`SELECT count(*) FROM employee WHERE agency_id = $1`, [agencyId])).rows[0].count);

  it('builds a kecamatan with two kelurahan, imports 50 employees (one bad row shown, fixed), adds a service point with an officer', async () => {
    expect(await employeeCount()).toBe(1);
    page = await signInStaff(browser, stack.url, admin.nip, admin.password);
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    page.on('console', (m) => (m.type() === 'error' ? pageErrors.push(m.text()) : undefined));
    try {
      await steps();
    } catch (err) {
      // Where the page stopped, for whoever reads the failure.
      if (pageErrors.length) console.error(`page errors:\n${pageErrors.join('\n')}`);
      await snap(page, SHOTS, 'failed');
      throw err;
    }
  });

  async function steps(): Promise<void> {
    // Administrasi opens on the unit tree.
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administrasi', exact: true }).click();
    await page.getByRole('heading', { name: 'Unit kerja', level: 2 }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/admin/units');

    // 1. The units.
    await buildKecamatan(page, { agencyName: admin.name, kecamatan: KECAMATAN, kelurahan: KELURAHAN, shots: SHOTS });
    const units = (
      await db.query(
        `SELECT u.name, u.kind, p.name AS parent FROM unit u LEFT JOIN unit p ON p.id = u.parent_id
          WHERE u.agency_id = $1 AND u.archived_at IS NULL ORDER BY u.created_at, u.name`,
        [agencyId],
      )
    ).rows;
    expect(units).toEqual([
      { name: admin.name, kind: 'AGENCY', parent: null },
      { name: KECAMATAN, kind: 'KECAMATAN', parent: admin.name },
      { name: KELURAHAN[0], kind: 'KELURAHAN', parent: KECAMATAN },
      { name: KELURAHAN[1], kind: 'KELURAHAN', parent: KECAMATAN },
    ]);
    // A unit with sub-units cannot be archived: the server's reason is shown in the dialog, nothing changes.
    await chooseUnit(page, KECAMATAN);
    await page.getByRole('button', { name: 'Arsipkan unit' }).click();
    const dialog = page.getByRole('dialog', { name: `Arsipkan ${KECAMATAN}?` });
    await dialog.getByRole('button', { name: 'Arsipkan unit' }).click();
    await dialog
      .getByRole('alert')
      .getByText(/^Unit masih memiliki/)
      .waitFor();
    await snap(page, SHOTS, 'units-archive-refused');
    await dialog.getByRole('button', { name: 'Batal' }).click();
    expect((await db.query(`SELECT archived_at FROM unit WHERE name = $1`, [KECAMATAN])).rows).toEqual([{ archived_at: null }]);
    await page.getByRole('table').getByRole('cell', { name: KECAMATAN }).first().waitFor(); // its history

    // 2. The CSV: one row names a unit that does not exist; the preview shows it and stores nothing.
    const { csv, people } = kecamatanCsv({ kecamatan: KECAMATAN, kelurahan: KELURAHAN, total: 50 });
    const badIndex = 17; // a staff row (line 19 of the file: the header is line 1)
    const lines = csv.split('\n');
    const bad = [...lines];
    bad[badIndex + 1] = bad[badIndex + 1].replace(people[badIndex].unit, 'Kelurahan Tidak Ada');
    await openAdminSection(page, 'Impor pegawai (CSV)');
    const problems = await previewEmployeesCsv(page, bad.join('\n'), SHOTS, 'import-bad-row');
    expect(problems).toEqual([{ line: badIndex + 2, reason: expect.stringContaining('"Kelurahan Tidak Ada" tidak ditemukan') }]);
    // The bad line is shown with its reason, and importing stays off until a clean check.
    await page.getByRole('cell', { name: bad[badIndex + 1] }).waitFor();
    expect(await page.getByRole('button', { name: 'Impor pegawai', exact: true }).isDisabled()).toBe(true);
    expect(await employeeCount()).toBe(1);

    // Fixed in the text, checked again, imported.
    const imported = await importEmployeesCsv(page, csv, { initialPassword: 'PegawaiBaru2026', shots: SHOTS });
    expect(imported).toBe(50);
    expect(await employeeCount()).toBe(51);
    const stored = (
      await db.query(
        `SELECT e.nip, e.name, e.position, u.name AS unit, s.nip AS supervisor, e.roles
           FROM employee e JOIN unit u ON u.id = e.unit_id LEFT JOIN employee s ON s.id = e.supervisor_id
          WHERE e.agency_id = $1 AND e.id <> $2`,
        [agencyId, admin.id],
      )
    ).rows;
    const byNip = new Map(stored.map((r) => [r.nip, r]));
    for (const p of people) {
      expect(byNip.get(p.nip)).toEqual({
        nip: p.nip,
        name: p.name,
        position: p.position,
        unit: p.unit,
        supervisor: p.supervisorNip,
        roles: p.roles === 'pegawai' ? ['EMPLOYEE'] : ['EMPLOYEE', 'SUPERVISOR'],
      });
    }
    const lurah = people[1];
    expect(byNip.get(lurah.nip)!.supervisor).toBe(people[0].nip);
    // The initial password works.
    await expect(login(stack, lurah.nip, 'PegawaiBaru2026')).resolves.toMatchObject({ token: expect.any(String) });

    // The employees page finds them on the server.
    await openAdminSection(page, 'Pegawai');
    await page.getByText('51 pegawai', { exact: true }).waitFor();
    await page.getByLabel('Cari pegawai (nama atau awal NIP)').fill('Lurah');
    await page.getByText('2 pegawai', { exact: true }).waitFor();
    await page.getByRole('button', { name: `Ubah ${lurah.name}` }).click();
    await page.getByRole('heading', { name: `Ubah pegawai: ${lurah.name}` }).waitFor();
    await page.getByRole('region', { name: 'Riwayat jabatan' }).getByRole('cell', { name: 'Lurah', exact: true }).waitFor();
    await snap(page, SHOTS, 'employees-edit');

    // 3. A service point for the kecamatan, with an officer.
    const officer = people.find((p) => p.unit === KECAMATAN && p.roles === 'pegawai')!;
    await addServicePointWithOfficer(page, { name: 'Loket PATEN Cibeunying', unit: KECAMATAN, officer: officer.name, shots: SHOTS });
    const points = (
      await db.query(
        `SELECT sp.name, u.name AS unit, array_agg(e.nip) AS staff
           FROM service_point sp JOIN unit u ON u.id = sp.unit_id
           LEFT JOIN service_point_staff st ON st.service_point_id = sp.id LEFT JOIN employee e ON e.id = st.employee_id
          WHERE sp.agency_id = $1 GROUP BY sp.name, u.name`,
        [agencyId],
      )
    ).rows;
    expect(points).toEqual([{ name: 'Loket PATEN Cibeunying', unit: KECAMATAN, staff: [officer.nip] }]);
  }
});
