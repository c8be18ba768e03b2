import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/a11y';
import { DESKTOP, launchChromium, PHONE, signInStaff } from '../support/browser';
import { ok } from '../support/org-fixtures';
import { recognitionScenario, RecognitionScenario } from '../support/recognition-fixtures';
import { startStack, Stack } from '../support/stack';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** Issue 15 in Chromium: "Hasil saya" for the employee, Penghargaan and Pelatihan for the ADMIN. */
describe('my results, awards and training pages in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let s: RecognitionScenario;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ env: { PUBLIC_RATE_LIMIT: '0' } });
    browser = await launchChromium();
    s = await recognitionScenario(stack, 'Kota Uji Halaman Penghargaan');
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  const choosePeriod = async (page: Page, selectId: string, name: string) => {
    const value = await page.locator(`#${selectId} option`, { hasText: name }).getAttribute('value');
    await page.locator(`#${selectId}`).selectOption(value!);
  };

  it('Hasil saya: predikat, sources with n, score, interval and why one did not count, self versus others, feedback, trend', async () => {
    const page = await signInStaff(browser, stack.url, s.org.people.staffA.nip, s.org.password);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Hasil saya', exact: true }).click();
    await page.getByRole('heading', { name: 'Hasil penilaian saya' }).waitFor();
    const quarter = page.getByRole('article', { name: 'Triwulan berjalan' });
    const month = page.getByRole('article', { name: 'Bulan berjalan' });
    await quarter.waitFor();
    // The worked example: 80,93 · Sesuai ekspektasi; predikat Baik; the peers counted with their interval.
    await quarter.getByText('80,93 · Sesuai ekspektasi').waitFor();
    const peersQ = quarter.getByRole('row', { name: /^Rekan kerja/ });
    expect(await peersQ.textContent()).toMatch(/^Rekan kerja375,00\d+,\d+ – \d+,\d+0,30Dihitung\.$/);
    const publicQ = quarter.getByRole('row', { name: /^Masyarakat/ });
    expect(await publicQ.textContent()).toContain('1286,81');

    // The month: two peers are below the minimum; no figure, and why, said plainly; their comment nowhere.
    const peersM = month.getByRole('row', { name: /^Rekan kerja/ });
    expect(await peersM.textContent()).toBe(
      'Rekan kerja2——0Tidak dihitung: 2 penilai, minimal 3. Nilainya disembunyikan untuk menjaga anonimitas.',
    );
    await month.getByText('Bobot sumber yang tidak dihitung dibagi ulang').waitFor();
    expect(
      await month
        .getByRole('row', { name: /^Diri sendiri/ })
        .first()
        .textContent(),
    ).toContain('Penilaian diri: hanya pembanding, tidak dibobot.');
    // Self versus others: others = the supervisor alone (the hidden peers' 1s are not in it).
    expect(await month.getByRole('row', { name: /^Akuntabel/ }).textContent()).toBe('Akuntabel5,004,00+1,00');
    expect(await month.getByRole('row', { name: /^Kompeten/ }).textContent()).toBe('Kompeten3,004,00-1,00');
    await month.getByText('Pelayanan cepat dan ramah.').waitFor();
    expect(await page.content()).not.toContain('Komentar rahasia rekan');

    // The trend: one point per period, oldest first, drawn from libs/charts.
    const chart = page.getByRole('img', { name: /^Grafik garis skor perilaku/ });
    expect(await chart.getAttribute('aria-label')).toMatch(/Triwulan berjalan 80,93; Bulan berjalan \d+,\d+\.$/);
    expect(await chart.locator('path').getAttribute('d')).toMatch(/^M [\d.]+ [\d.]+ L [\d.]+ [\d.]+$/);

    await page.screenshot({ path: resolve(ARTIFACTS, 'my-results.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'Hasil saya');

    // 360 px: nothing but the tables' own scroll regions is wider than the screen.
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.setViewportSize(DESKTOP);
    await page.context().close();
  });

  it('Penghargaan: the candidate with the sources that put them there; the CSV downloads', async () => {
    const page = await signInStaff(browser, stack.url, s.org.admin.nip, s.org.admin.password);
    await page.goto(`${stack.url}/app/admin/awards`);
    await page.getByRole('heading', { name: 'Kandidat penghargaan' }).waitFor();
    await choosePeriod(page, 'awards-period', 'Triwulan berjalan');
    await page.getByRole('status').getByText('2 putaran selesai dinilai; 1 memenuhi syarat bukti.').waitFor();
    const row = page.getByRole('row', { name: /Staf Sukamiskin/ });
    expect(await row.locator('td').first().textContent()).toBe('1');
    await row.getByText('Rekan kerja: 75,00 (n=3, bobot 0,30)').waitFor();
    await row.getByText('Atasan: 82,14 (n=1, bobot 0,50)').waitFor();
    await row.getByText('Masyarakat: 86,81 (n=12, bobot 0,20)').waitFor();
    expect(await page.getByRole('row', { name: /Staf Cisaranten Kulon/ }).count()).toBe(0);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('penghargaan.csv');
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true });
    expect(rows.map((r) => r[2])).toEqual(['nama', 'Staf Sukamiskin']);

    await page.screenshot({ path: resolve(ARTIFACTS, 'awards.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'Penghargaan');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });

  it('Pelatihan: the ADMIN adds and edits catalogue courses; suggestions map the weakest values; the CSV downloads', async () => {
    const page = await signInStaff(browser, stack.url, s.org.admin.nip, s.org.admin.password);
    await page.goto(`${stack.url}/app/admin/training`);
    await page.getByRole('heading', { name: 'Pelatihan', exact: true }).waitFor();
    await page.getByText('Katalog masih kosong. Tambahkan pelatihan di bawah.').waitFor();

    // Incomplete: said, nothing sent.
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page.getByRole('alert').getByText('Lengkapi judul, penyelenggara dan jam.').waitFor();

    const add = async (title: string, provider: string, value: string, hours: string) => {
      await page.getByLabel('Judul pelatihan').fill(title);
      await page.getByLabel('Penyelenggara', { exact: true }).fill(provider);
      await page.getByLabel('Nilai BerAKHLAK yang dikembangkan').selectOption({ label: value });
      await page.getByLabel('Jumlah jam pelajaran').fill(hours);
      await page.getByRole('button', { name: 'Tambah', exact: true }).click();
      await page.getByRole('status').getByText(`Pelatihan “${title}” disimpan.`).waitFor();
    };
    await add('Pelayanan Prima', 'BPSDM Provinsi', 'Berorientasi Pelayanan', '16');
    await add('Etika ASN', 'LAN RI', 'Akuntabel', '8,5');
    // A title already there (any case) is refused with the server's reason.
    await page.getByLabel('Judul pelatihan').fill('pelayanan prima');
    await page.getByLabel('Penyelenggara', { exact: true }).fill('Lain');
    await page.getByLabel('Jumlah jam pelajaran').fill('2');
    await page.getByRole('button', { name: 'Tambah', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText(/Katalog sudah memuat pelatihan berjudul/)
      .waitFor();

    // Edit: rename one.
    await page.getByRole('button', { name: 'Ubah Etika ASN' }).click();
    await page.getByLabel('Judul pelatihan').fill('Etika dan Integritas ASN');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByRole('status').getByText('Pelatihan “Etika dan Integritas ASN” disimpan.').waitFor();
    // The earlier refusal is gone once a save succeeds.
    expect(await page.getByText(/Katalog sudah memuat pelatihan berjudul/).count()).toBe(0);
    await page
      .getByRole('row', { name: /Etika dan Integritas ASN/ })
      .getByText('8,5', { exact: true })
      .waitFor();
    const audit = await ok(stack, `{ auditLog(entityType: "training_course") { action } }`, {}, s.org.admin.token);
    expect(audit.auditLog.map((e: { action: string }) => e.action).sort()).toEqual([
      'TRAINING_COURSE_CREATED',
      'TRAINING_COURSE_CREATED',
      'TRAINING_COURSE_UPDATED',
    ]);

    await choosePeriod(page, 'training-period', 'Triwulan berjalan');
    const item = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /Staf Cisaranten Kulon/ }) });
    await item.getByText('Nilai terendah: Berorientasi Pelayanan 25,00, Akuntabel 25,00').waitFor();
    await item.getByText('Pelayanan Prima — BPSDM Provinsi, 16 jam').waitFor();
    await item.getByText('Etika dan Integritas ASN — LAN RI, 8,5 jam').waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('saran-pelatihan.csv');
    const rows: string[][] = parse(readFileSync((await download.path())!), { bom: true });
    expect(rows.slice(1).map((r) => [r[1], r[4], r[6]])).toEqual([
      ['Staf Cisaranten Kulon', 'BERORIENTASI_PELAYANAN', 'Pelayanan Prima'],
      ['Staf Cisaranten Kulon', 'AKUNTABEL', 'Etika dan Integritas ASN'],
    ]);

    await page.screenshot({ path: resolve(ARTIFACTS, 'training.png'), fullPage: true });
    await expectNoSeriousViolations(page, 'Pelatihan');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  });
});
