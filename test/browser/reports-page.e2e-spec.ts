import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { Browser } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/a11y';
import { launchChromium, PHONE, signInStaff } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { currentMonth, insertRatings, quarter, recomputeAndWait, until, WORKED_EXAMPLE } from '../support/scoring-fixtures';
import { createPeriod, ok, openRound, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** Issue 15: the Laporan page (/app/reports): request an SKM report, watch it become ready, download the PDF. */
describe('the reports page in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis' });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Halaman Laporan');
    const period = await createPeriod(stack, org.admin.token, quarter(2026, 3));
    const [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [org.servicePointA])).rows;
    await insertRatings(db, { agencyId, servicePointId: org.servicePointA, submittedAt: '2026-08-15T03:00:00Z' }, WORKED_EXAMPLE);
    await recomputeAndWait(stack, db, org.admin.token, [period], org.servicePointA);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('a unit head requests an SKM report, sees it become ready and downloads the PDF', async () => {
    const page = await signInStaff(browser, stack.url, org.people.lurahA.nip, org.password);
    await page.getByRole('navigation').getByRole('link', { name: 'Laporan' }).click();
    await page.getByRole('heading', { name: 'Laporan', level: 2 }).waitFor();
    await page.getByText('Belum ada laporan.').waitFor();
    await expectNoSeriousViolations(page, 'the reports page (empty)');

    await page.getByLabel('Titik layanan').selectOption({ label: 'Loket Adminduk' });
    await page.getByLabel('Periode').selectOption({ label: 'Triwulan III 2026 (2026-07-01 – 2026-09-30)' });
    await page.getByRole('button', { name: 'Buat laporan SKM' }).click();
    await page.getByRole('status').filter({ hasText: 'Laporan diminta: Loket Adminduk · Triwulan III 2026.' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Loket Adminduk · Triwulan III 2026' });
    // The list polls while the report is made: it turns READY without a reload.
    await row.getByText('Siap').waitFor({ timeout: 60_000 });
    await expectNoSeriousViolations(page, 'the reports page (a report ready)');
    await page.screenshot({ path: join(ARTIFACTS, 'reports-page.png'), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^Unduh PDF Loket Adminduk/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Laporan-SKM-Loket-Adminduk-Triwulan-III-2026.pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'k360-dl-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('staff who head no unit see why they cannot make SKM reports; the page fits a phone', async () => {
    const page = await signInStaff(browser, stack.url, org.people.staffA.nip, org.password, PHONE);
    await page.goto(`${stack.url}/app/reports`);
    await page.getByText('Anda tidak mengepalai unit dengan titik layanan').waitFor();
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousViolations(page, 'the reports page (staff, phone)');
  });

  it('an employee asks for the PDF of their scored round from their results page and finds it ready under Laporan', async () => {
    const month = await createPeriod(stack, org.admin.token, { name: 'Bulan Laporan Saya', kind: 'MONTHLY', ...currentMonth() });
    const roundId = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, month);
    const scores = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'].map((value) => ({
      value,
      score: 4,
    }));
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      { i: { roundId, scores, strengths: 'Pelayanan cepat dan ramah.', improvements: 'Arsip perlu dirapikan.' } },
      org.tokens.lurahA,
    );
    await ok(
      stack,
      `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
      { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } },
      org.tokens.lurahA,
    );
    await until(
      'SCORED',
      async () =>
        (await ok(stack, `query($id: ID!) { round(id: $id) { status } }`, { id: roundId }, org.tokens.staffA)).round.status === 'SCORED' ||
        null,
    );

    const page = await signInStaff(browser, stack.url, org.people.staffA.nip, org.password);
    await page.goto(`${stack.url}/app/mine`);
    await page.getByRole('button', { name: 'Buat laporan PDF penilaian Staf Sukamiskin · Bulan Laporan Saya' }).click();
    await page.getByRole('status').filter({ hasText: 'Laporan diminta.' }).getByRole('link', { name: 'Buka Laporan' }).click();
    const row = page.getByRole('row').filter({ hasText: 'Staf Sukamiskin · Bulan Laporan Saya' });
    await row.getByText('Penilaian kinerja').waitFor();
    await row.getByText('Siap').waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: /^Unduh PDF Staf Sukamiskin/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Laporan-Kinerja-Staf-Sukamiskin-Bulan-Laporan-Saya.pdf');
  });
});
