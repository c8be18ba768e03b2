import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { launchChromium, PHONE, signInStaff } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { AgencyAdmin, createAgency } from '../support/org-fixtures';
import { addServicePointWithOfficer, buildKecamatan, CsvPerson, importEmployeesCsv, kecamatanCsv, previewEmployeesCsv, snap } from '../support/admin-org-steps';
import { createPeriodWithDeadline, openRoundsForWholeUnit, roundsProgress } from '../support/admin-cycle-steps';
import { approveNomination, closeRound, nominatePeer, submitReview } from '../support/round-steps';

const SHOTS = 'full-cycle';
const KECAMATAN = 'Kecamatan Arcamanik';
const KELURAHAN = ['Kelurahan Sukamiskin', 'Kelurahan Cisaranten Kulon'];
const PASSWORD = 'Sandi12345';
const PERIOD = 'Triwulan IV 2026';
const PREDIKAT: Record<string, string> = {
  SANGAT_BAIK: 'Sangat Baik',
  BAIK: 'Baik',
  BUTUH_PERBAIKAN: 'Butuh Perbaikan',
  KURANG: 'Kurang',
  SANGAT_KURANG: 'Sangat Kurang',
};

/**
 * Issue 14, acceptance 1: an agency runs a whole evaluation cycle through the pages only. From an
 * agency with nothing but its bootstrap ADMIN, the ADMIN builds a kecamatan with two kelurahan,
 * imports 50 employees from a CSV (a bad row is shown by the preview, fixed, then imported), adds a
 * service point with an officer, creates a period with a review deadline and opens the rounds of
 * the whole kecamatan with one action; then an employee nominates three peers, the lurah approves
 * them, the peers and the lurah review, the lurah closes the round, the worker scores it and the
 * employee reads the predikat. Each step is checked in the database; every page is photographed
 * (test/artifacts/full-cycle-*.png).
 */
describe('a whole evaluation cycle through the pages, from an empty agency (Chromium)', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let agency: AgencyAdmin;
  let admin: Page;
  let people: CsvPerson[];

  const count = async (sql: string, params: unknown[]) => Number((await db.query(sql, params)).rows[0].n);

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', ownDatabase: true });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    agency = await createAgency(stack, 'Kota Siklus Penuh');
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('the ADMIN builds the kecamatan and its two kelurahan on the unit tree', async () => {
    expect(await count(`SELECT count(*) AS n FROM employee WHERE agency_id = $1`, [await agencyId()])).toBe(1);
    admin = await signInStaff(browser, stack.url, agency.nip, agency.password);
    await buildKecamatan(admin, { agencyName: agency.name, kecamatan: KECAMATAN, kelurahan: KELURAHAN, shots: SHOTS });
    const { rows } = await db.query(
      `SELECT c.name, c.kind, p.name AS parent FROM unit c JOIN unit p ON p.id = c.parent_id WHERE c.agency_id = $1 ORDER BY c.created_at`,
      [await agencyId()],
    );
    expect(rows).toEqual([
      { name: KECAMATAN, kind: 'KECAMATAN', parent: agency.name },
      { name: KELURAHAN[0], kind: 'KELURAHAN', parent: KECAMATAN },
      { name: KELURAHAN[1], kind: 'KELURAHAN', parent: KECAMATAN },
    ]);
  });

  it('imports 50 employees by CSV: the preview shows the bad row and stores nothing; fixed, all 50 are imported', async () => {
    const file = kecamatanCsv({ kecamatan: KECAMATAN, kelurahan: KELURAHAN, total: 50 });
    people = file.people;
    const lines = file.csv.split('\n');
    // Line 12 of the file (the 11th person): a NIP with a letter in it.
    const broken = [...lines];
    broken[11] = broken[11].replace(/^\d{18}/, (nip) => `${nip.slice(0, 17)}X`);
    const problems = await previewEmployeesCsv(admin, broken.join('\n'), SHOTS, 'import-bad-row');
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(12);
    expect(problems[0].reason).toMatch(/NIP/);
    expect(await count(`SELECT count(*) AS n FROM employee WHERE agency_id = $1`, [await agencyId()])).toBe(1);

    expect(await importEmployeesCsv(admin, file.csv, { initialPassword: PASSWORD, shots: SHOTS })).toBe(50);
    const { rows } = await db.query(
      `SELECT e.nip, e.name, u.name AS unit, s.nip AS supervisor_nip
         FROM employee e JOIN unit u ON u.id = e.unit_id LEFT JOIN employee s ON s.id = e.supervisor_id
        WHERE e.agency_id = $1 AND e.nip = ANY($2) ORDER BY e.nip`,
      [await agencyId(), people.map((p) => p.nip)],
    );
    expect(rows).toEqual(
      [...people]
        .sort((a, b) => a.nip.localeCompare(b.nip))
        .map((p) => ({ nip: p.nip, name: p.name, unit: p.unit, supervisor_nip: p.supervisorNip })),
    );
  });

  it('adds a service point with an officer', async () => {
    const officer = people.find((p) => p.unit === KELURAHAN[0] && p.position !== 'Lurah')!;
    await addServicePointWithOfficer(admin, { name: 'Loket Adminduk Sukamiskin', unit: KELURAHAN[0], officer: officer.name, shots: SHOTS });
    const { rows } = await db.query(
      `SELECT sp.name, u.name AS unit, e.nip FROM service_point sp JOIN unit u ON u.id = sp.unit_id
         JOIN service_point_staff st ON st.service_point_id = sp.id JOIN employee e ON e.id = st.employee_id
        WHERE sp.agency_id = $1`,
      [await agencyId()],
    );
    expect(rows).toEqual([{ name: 'Loket Adminduk Sukamiskin', unit: KELURAHAN[0], nip: officer.nip }]);
  });

  it('creates a period with a review deadline and opens the rounds of the whole kecamatan with one action', async () => {
    await createPeriodWithDeadline(admin, { name: PERIOD, startsOn: '2026-10-01', endsOn: '2026-12-31', reviewDeadline: '2027-01-10' });
    await snap(admin, SHOTS, 'period-created');
    const period = (await db.query(`SELECT id, review_deadline::text AS deadline FROM period WHERE agency_id = $1`, [await agencyId()])).rows;
    expect(period).toEqual([{ id: expect.any(String), deadline: '2027-01-10' }]);

    const answer = await openRoundsForWholeUnit(admin, PERIOD, KECAMATAN);
    const opened = await count(`SELECT count(*) AS n FROM evaluation_round WHERE period_id = $1`, [period[0].id]);
    // Everyone in the kecamatan who has a direct supervisor to review and close their round.
    expect(opened).toBe(people.filter((p) => p.supervisorNip).length);
    expect(answer).toContain(String(opened));
    await roundsProgress(admin, opened);
    await snap(admin, SHOTS, 'rounds-opened');
  });

  it('an employee, three peers and the lurah complete a round through the pages; the lurah closes it; the employee sees the predikat', async () => {
    const sukamiskin = people.filter((p) => p.unit === KELURAHAN[0] && p.position !== 'Lurah');
    const lurah = people.find((p) => p.unit === KELURAHAN[0] && p.position === 'Lurah')!;
    const [employee, ...others] = sukamiskin;
    const peers = others.slice(0, 3);

    const me = await signInStaff(browser, stack.url, employee.nip, PASSWORD, PHONE);
    for (const p of peers) await nominatePeer(me, p.name);
    await snap(me, SHOTS, 'employee-nominated');

    const sup = await signInStaff(browser, stack.url, lurah.nip, PASSWORD);
    for (const p of peers) await approveNomination(sup, p.name, employee.name);
    await snap(sup, SHOTS, 'supervisor-approved');

    for (const [i, p] of peers.entries()) {
      const page = await signInStaff(browser, stack.url, p.nip, PASSWORD, PHONE);
      await submitReview(page, employee.name, [4, 4, 4, 4, 4, 4, 4], `Apresiasi rekan ${i + 1}: sigap melayani warga.`);
      if (i === 0) await snap(page, SHOTS, 'peer-reviewed');
      await page.context().close();
    }
    await submitReview(sup, employee.name, [5, 5, 5, 5, 5, 5, 5], 'Target pelayanan tercapai.', 'Rapikan arsip berkas.');
    const roundId = (
      await db.query(`SELECT r.id FROM evaluation_round r JOIN employee e ON e.id = r.employee_id WHERE e.nip = $1`, [employee.nip])
    ).rows[0].id as string;
    expect(
      (
        await db.query(`SELECT relation, count(*)::int AS n FROM review WHERE round_id = $1 GROUP BY relation ORDER BY relation`, [
          roundId,
        ])
      ).rows,
    ).toEqual([
      { relation: 'PEER', n: 3 },
      { relation: 'SUPERVISOR', n: 1 },
    ]);

    await closeRound(sup, employee.name, 'SESUAI_EKSPEKTASI');
    const until = Date.now() + 60_000;
    let result: { status: string; predikat: string | null } | undefined;
    while (Date.now() < until) {
      result = (
        await db.query(
          `SELECT r.status, rr.predikat FROM evaluation_round r LEFT JOIN round_result rr ON rr.round_id = r.id WHERE r.id = $1`,
          [roundId],
        )
      ).rows[0];
      if (result?.status === 'SCORED') break;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(result?.status).toBe('SCORED');
    await snap(sup, SHOTS, 'supervisor-closed');

    await me.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Putaran & hasil saya' }).click();
    await me.reload();
    await me.getByText(PREDIKAT[result!.predikat!], { exact: true }).waitFor({ timeout: 20_000 });
    await snap(me, SHOTS, 'employee-result');
    await me.context().close();
    await sup.context().close();
  });

  async function agencyId(): Promise<string> {
    return (await db.query(`SELECT agency_id FROM employee WHERE nip = $1`, [agency.nip])).rows[0].agency_id as string;
  }
});
