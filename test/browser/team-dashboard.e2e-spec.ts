import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { DEMO_ADMIN_NIP, DEMO_ADMIN_PASSWORD } from '../../apps/launcher/src/demo-setup';
import { expectNoSeriousViolations } from '../support/a11y';
import { DESKTOP, launchChromium, PHONE, signInStaff } from '../support/browser';
import { login, ok } from '../support/org-fixtures';
import { until } from '../support/scoring-fixtures';
import { startStack, Stack } from '../support/stack';

const ARTIFACTS = resolve(__dirname, '../artifacts');
const ROOT = resolve(__dirname, '../..');

interface DemoPerson {
  nip: string;
  name: string;
}

/**
 * Runs `npm run demo`'s seed (the built apps/launcher/src/demo-seed.js: it loads the queue and
 * database libraries, which Jest cannot) against the stack; answers the demo lurah, camat and password.
 */
async function seedDemoData(stack: Stack): Promise<{ lurah: DemoPerson; camat: DemoPerson; password: string }> {
  const script = `const s = require('./dist/apps/launcher/src/demo-seed.js');
    s.seedDemo(process.argv[1], process.argv[2], process.argv[3], process.argv[4], () => undefined)
      .then(() => { process.stdout.write(JSON.stringify({ lurah: s.DEMO_LURAH, camat: s.DEMO_CAMAT, password: s.DEMO_PASSWORD })); process.exit(0); },
            (err) => { console.error(err); process.exit(1); });`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['-e', script, stack.url, stack.config.DATABASE_URL!, DEMO_ADMIN_NIP, DEMO_ADMIN_PASSWORD],
    { cwd: ROOT, maxBuffer: 1 << 20 },
  );
  return JSON.parse(stdout);
}

/**
 * Issue 15, the team dashboard page (/app/team/dashboard) with the demo data (`npm run demo`'s
 * seed): the lurah's team in the current quarter has rounds in every state (one scored, one with
 * every review in, one still waiting for reviews). Desktop and 360 px, axe, keyboard drill-down,
 * and both downloads read back.
 */
describe('team dashboard page in Chromium (demo data)', () => {
  let stack: Stack;
  let browser: Browser;
  let demo: Awaited<ReturnType<typeof seedDemoData>>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({
      queue: 'redis',
      ownDatabase: true,
      env: { BOOTSTRAP_ADMIN_NIP: DEMO_ADMIN_NIP, BOOTSTRAP_ADMIN_PASSWORD: DEMO_ADMIN_PASSWORD },
    });
    demo = await seedDemoData(stack);
    const lurah = await login(stack, demo.lurah.nip, demo.password);
    const periodId = (await ok(stack, `{ periods { id } }`, {}, lurah.token)).periods[0].id;
    await until(
      'the demo round the lurah closed is scored',
      async () =>
        (await ok(stack, `query($p: ID!) { teamDashboard(periodId: $p) { totals { scored } } }`, { p: periodId }, lurah.token))
          .teamDashboard.totals.scored > 0,
      60_000,
    );
    browser = await launchChromium();
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  async function openDashboard(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: /menu/i }).getByRole('link', { name: 'Dasbor tim' }).click();
    await page.getByRole('heading', { name: 'Dasbor tim', level: 2 }).waitFor();
    await page.getByRole('table', { name: /Pegawai, status putaran/ }).waitFor();
  }

  it('desktop: the lurah sees status, reviews, ratings, predikat, the distribution and who has not reviewed; drills down by keyboard; downloads CSV and XLSX', async () => {
    const page = await signInStaff(browser, stack.url, demo.lurah.nip, demo.password, DESKTOP);
    await openDashboard(page);
    const table = page.getByRole('table', { name: /Pegawai, status putaran/ });
    const rows = table.locator('tbody tr');
    expect(await rows.count()).toBe(3);
    const yayan = rows.filter({ hasText: 'Yayan Sopyan' });
    await expect(yayan.getByText('Selesai dinilai').count()).resolves.toBe(1);
    await expect(yayan.locator('strong').textContent()).resolves.toMatch(/Baik|Sangat Baik|Butuh Perbaikan/);
    expect(await rows.filter({ hasText: 'Dewi Lestari' }).getByText('Terbuka').count()).toBe(1);
    // The distribution: an SVG image whose text alternative names every count.
    const chart = page.getByRole('img', { name: /Sebaran predikat:/ });
    expect(await chart.getAttribute('aria-label')).toMatch(/Belum dinilai 2/);
    expect(await chart.locator('rect').count()).toBe(6);
    // Who has not reviewed Dewi yet (the lurah manages the round: every seat is named).
    const waiting = page.getByRole('region', { name: 'Belum mengisi' });
    await expect(waiting.getByText(/Dadang Kurniawan, S\.IP\. — menilai Dewi Lestari, S\.Kom\. \(atasan\)/).count()).resolves.toBe(1);
    await expectNoSeriousViolations(page, 'the team dashboard (desktop)');
    await page.screenshot({ path: resolve(ARTIFACTS, 'team-dashboard.png'), fullPage: true });

    // Drill-down by keyboard: focus the name's button, Enter; the panel's heading takes the focus.
    await page.getByRole('button', { name: 'Lihat rincian Yayan Sopyan' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { name: 'Rincian Yayan Sopyan' });
    await heading.waitFor();
    expect(
      await heading.evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement),
    ).toBe(true);
    const sources = page.getByRole('table', { name: 'Nilai per sumber (tanpa nama penilai)' });
    await sources.waitFor();
    expect(await sources.getByRole('rowheader', { name: 'Atasan' }).count()).toBe(1);
    // Two peers: below the minimum, the peer row shows no score.
    expect(await sources.locator('tr', { hasText: 'Rekan kerja' }).locator('abbr').count()).toBe(1);
    await expectNoSeriousViolations(page, 'the team dashboard with a drill-down');
    await page.getByRole('button', { name: 'Tutup rincian' }).click();
    expect(
      await page
        .getByRole('button', { name: 'Lihat rincian Yayan Sopyan' })
        .evaluate((el) => el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement),
    ).toBe(true);

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^dasbor-tim-.*\.csv$/);
    const csvBytes = readFileSync((await csv.path())!);
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvBytes.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines.some((l) => l.includes('Yayan Sopyan') && l.includes('Selesai dinilai'))).toBe(true);
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh XLSX' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/^dasbor-tim-.*\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    expect(book.worksheets[0].rowCount).toBe(4);
    await page.context().close();
  });

  it('error state: a failed load says so and "Coba lagi" loads the dashboard; ADMIN may pick any unit of the agency', async () => {
    const page = await signInStaff(browser, stack.url, DEMO_ADMIN_NIP, DEMO_ADMIN_PASSWORD, DESKTOP);
    await page.route('**/graphql', async (route) => {
      if (/query TeamDashboard\b/.test(route.request().postData() ?? '')) await route.fulfill({ status: 503, body: 'unavailable' });
      else await route.fallback();
    });
    await page.getByRole('navigation', { name: /menu/i }).getByRole('link', { name: 'Dasbor tim' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Dasbor tidak dapat dimuat.' });
    await alert.waitFor();
    await page.unroute('**/graphql');
    await alert.getByRole('button', { name: 'Coba lagi' }).click();
    await page.getByRole('table', { name: /Pegawai, status putaran/ }).waitFor();
    const options = await page.getByLabel('Unit').locator('option').allTextContents();
    expect(options[0]).toBe('Semua unit instansi');
    expect(options.filter((o) => o.includes('Kelurahan'))).toHaveLength(4);
    await page.context().close();
  });

  it('360 px: the camat (head of the kecamatan) filters by unit; the page reflows without sideways scrolling', async () => {
    const page = await signInStaff(browser, stack.url, demo.camat.nip, demo.password, PHONE);
    await openDashboard(page);
    const unit = page.getByLabel('Unit');
    const options = await unit.locator('option').allTextContents();
    expect(options[0]).toBe('Semua (tim saya)');
    expect(options.some((o) => o.endsWith('Kelurahan Sukamiskin'))).toBe(true);
    const all = await page.locator('table.dashboard-table tbody tr').count();
    await unit.selectOption({ label: options.find((o) => o.endsWith('Kelurahan Sukamiskin'))! });
    await until('the unit filter applied', async () => (await page.locator('table.dashboard-table tbody tr').count()) < all);
    // The lurah and their three staff (their rounds opened in Kelurahan Sukamiskin).
    expect(await page.locator('table.dashboard-table tbody tr').count()).toBe(4);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectNoSeriousViolations(page, 'the team dashboard at 360 px');
    await page.screenshot({ path: resolve(ARTIFACTS, 'team-dashboard-360.png'), fullPage: true });
    await page.context().close();
  });

  /**
   * Issue 15, acceptance 1: the other result pages with the same demo data, one screenshot each
   * (test/artifacts/demo-*.png): the lurah's service satisfaction, follow-up plan, citizens'
   * comments and reports; Yayan's own results (his round is scored); the ADMIN's award candidates
   * and training catalogue; the public transparency page.
   */
  it('demo data: every result page renders for the people who use it', async () => {
    // Each page is shot once its queries have answered (no "Memuat…" or aria-busy left).
    const shot = async (page: Page, name: string) => {
      await until(
        `${name}: loaded`,
        async () => (await page.locator('[aria-busy="true"]').count()) + (await page.getByText('Memuat…').count()) === 0,
        20_000,
        100,
      );
      await page.screenshot({ path: resolve(ARTIFACTS, `demo-${name}.png`), fullPage: true });
    };
    const menu = (page: Page) => page.getByRole('navigation', { name: /menu/i });

    const lurah = await signInStaff(browser, stack.url, demo.lurah.nip, demo.password, DESKTOP);
    await menu(lurah).getByRole('link', { name: 'Kepuasan layanan' }).click();
    await lurah.getByRole('heading', { level: 2, name: 'Kepuasan layanan (IKM)' }).waitFor();
    // The demo's 380 ratings over the last months: the picked period has figures or says it has none.
    await lurah.locator('.sat-figures, .satisfaction .empty').first().waitFor();
    await shot(lurah, 'satisfaction');
    await menu(lurah).getByRole('link', { name: 'Tindak lanjut', exact: true }).click();
    await lurah.getByRole('heading', { level: 2, name: 'Rencana tindak lanjut' }).waitFor();
    // The demo's plan is for the last quarter that ended: three published actions and a draft.
    const today = new Date().toISOString().slice(0, 10);
    const ended = (await lurah.getByLabel('Periode', { exact: true }).locator('option').allTextContents())
      .map((label) => ({ label, endsOn: /– (\d{4}-\d{2}-\d{2})\)$/.exec(label)?.[1] ?? '' }))
      .filter((o) => o.endsOn && o.endsOn < today)
      .sort((a, b) => (a.endsOn < b.endsOn ? 1 : -1));
    await lurah.getByLabel('Periode', { exact: true }).selectOption({ label: ended[0].label });
    await lurah.getByRole('heading', { name: 'Unsur terlemah (disarankan)' }).waitFor();
    expect(await lurah.locator('table tbody tr').count()).toBeGreaterThanOrEqual(4);
    await shot(lurah, 'follow-up');
    await menu(lurah).getByRole('link', { name: 'Komentar warga' }).click();
    await lurah.getByRole('heading', { level: 2, name: 'Komentar warga' }).waitFor();
    await lurah.getByText(/^\d+ komentar$/).waitFor();
    await shot(lurah, 'comments');
    await menu(lurah).getByRole('link', { name: 'Laporan', exact: true }).click();
    await lurah.getByRole('heading', { level: 2, name: 'Laporan' }).waitFor();
    // The SKM report the demo requested for the lurah, made by the worker.
    await lurah
      .getByRole('button', { name: /^Unduh PDF/ })
      .first()
      .waitFor({ timeout: 60_000 });
    await shot(lurah, 'reports');
    await lurah.context().close();

    const yayan = await signInStaff(browser, stack.url, '199107302014061002', demo.password, DESKTOP);
    await menu(yayan).getByRole('link', { name: 'Hasil saya', exact: true }).click();
    await yayan.getByRole('heading', { level: 2, name: 'Hasil penilaian saya' }).waitFor();
    await yayan
      .getByText(/Baik|Sangat Baik|Butuh Perbaikan|Kurang|Sangat Kurang/)
      .first()
      .waitFor();
    await shot(yayan, 'my-results');
    await yayan.context().close();

    const admin = await signInStaff(browser, stack.url, DEMO_ADMIN_NIP, DEMO_ADMIN_PASSWORD, DESKTOP);
    await menu(admin).getByRole('link', { name: 'Administrasi' }).click();
    await admin.getByRole('link', { name: 'Penghargaan' }).click();
    await admin
      .getByRole('heading', { name: /Penghargaan|Kandidat/ })
      .first()
      .waitFor();
    await shot(admin, 'awards');
    await admin.getByRole('link', { name: 'Pelatihan' }).click();
    await admin
      .getByRole('heading', { name: /Pelatihan/ })
      .first()
      .waitFor();
    await shot(admin, 'training');
    await admin.context().close();

    const db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    const [{ id: agencyId }] = (await db.query(`SELECT id FROM agency ORDER BY created_at LIMIT 1`)).rows;
    await db.end();
    const citizen = await (await browser.newContext({ viewport: PHONE, locale: 'id-ID' })).newPage();
    await citizen.goto(`${stack.url}/transparansi/${agencyId}`);
    await citizen.locator('li.card').first().waitFor();
    await shot(citizen, 'transparency');
    await citizen.context().close();
  });
});
