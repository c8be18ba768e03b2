import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations } from '../support/a11y';
import { DESKTOP, launchChromium, PHONE, signInStaff } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { satisfactionScenario } from '../support/satisfaction-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/**
 * Issue 15 in Chromium: the public transparency page (/transparansi/<agencyId>, no login, a 360 px
 * phone) shows each unit's IKM, mutu and trend and the published follow-up plan, and its rendered
 * HTML holds none of the staff names, comments or respondent values stored with the ratings
 * (acceptance 4); the staff pages /app/follow-up (Tindak lanjut) and /app/comments (Komentar warga)
 * for a unit head. Each is checked with axe and saved as a screenshot in test/artifacts/.
 */
describe('service satisfaction pages in Chromium (issue 15)', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let s: Awaited<ReturnType<typeof satisfactionScenario>>;
  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis' });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    s = await satisfactionScenario(stack, db, 'Kota Uji Halaman Kepuasan');
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('the transparency page: units with IKM, mutu and trend, the published plan, and no staff names, comments or profiles in its HTML', async () => {
    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID' });
    const page = await context.newPage();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${stack.url}/transparansi/${s.agencyId}`);
    await page.getByRole('heading', { level: 1, name: s.org.admin.name }).waitFor();
    expect(await page.title()).toBe(`Transparansi ${s.org.admin.name} — Kinerja360`);
    const kelA = page.locator('li.card', { has: page.getByRole('heading', { level: 3, name: 'Kelurahan Sukamiskin' }) });
    expect(await kelA.locator('.value').textContent()).toBe('86,81');
    expect(await kelA.locator('.grade').textContent()).toBe('B — Baik');
    await kelA.getByRole('img', { name: 'Tren IKM Kelurahan Sukamiskin' }).waitFor();
    await kelA.getByRole('rowheader', { name: 'Triwulan II 2026' }).waitFor();
    await page.getByText('Sediakan kanal pengaduan daring yang dibalas dalam 2 hari kerja', { exact: true }).waitFor();
    await page.getByText('Sedang dikerjakan', { exact: true }).waitFor();

    const html = await page.content();
    const text = await page.locator('body').innerText();
    expect(s.secrets.filter((secret) => html.includes(secret) || text.includes(secret))).toEqual([]);
    // No horizontal scrolling at 360 px.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    // The gateway's CSP (the same as the IKM page's) lets the page and its SVG trend run.
    expect(cspViolations).toEqual([]);
    await expectNoSeriousViolations(page, 'the transparency page');
    await shot(page, 'transparency-page');
    // English: the official categories stay Indonesian, with a gloss; still no violation.
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Public service transparency').waitFor();
    expect(await kelA.locator('.grade').textContent()).toBe('B — Baik (Good)');
    expect(await kelA.locator('.value').textContent()).toBe('86.81');
    await expectNoSeriousViolations(page, 'the transparency page in English');
    await context.close();
  });

  it('the transparency page of an unknown agency says so', async () => {
    const page = await (await browser.newContext({ viewport: PHONE })).newPage();
    await page.goto(`${stack.url}/transparansi/00000000-0000-4000-8000-000000000000`);
    await page.getByRole('alert').getByText('Instansi tidak ditemukan. Periksa kembali alamatnya.').waitFor();
    await page.context().close();
  });

  it('Kepuasan layanan: a service point’s IKM with the nine elements as bars, the weakest named, the trend, the respondent profile', async () => {
    const page = await signInStaff(browser, stack.url, s.org.people.lurahA.nip, s.org.password, DESKTOP);
    await page.getByRole('link', { name: 'Kepuasan layanan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Kepuasan layanan (IKM)' }).waitFor();
    await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Triwulan III 2026 (2026-07-01 – 2026-09-30)' });
    // The worked example: 86,81, mutu B, kinerja Baik; U8 the weakest at 2,75.
    const figures = page.locator('.sat-figures');
    await figures.getByText('86,81', { exact: true }).waitFor();
    await figures.getByText('B', { exact: true }).waitFor();
    await page.getByRole('note').getByText('Unsur terlemah: U8 Penanganan pengaduan, saran dan masukan (NRR 2,75).').waitFor();
    await page.getByRole('img', { name: /^Grafik NRR sembilan unsur: U1 .*U8 2,75/ }).waitFor();
    await page.getByRole('row', { name: /U8 Penanganan pengaduan, saran dan masukan 4 2,75 0,306/ }).waitFor();
    // The trend: the earlier quarter and this one, oldest first.
    await page.getByRole('img', { name: /^Tren IKM per periode: Triwulan II 2026 .* Triwulan III 2026 86,81 B/ }).waitFor();
    // The profile tables count every respondent (the scenario gives them one profile).
    const sex = page.locator('table.profile', { has: page.locator('caption', { hasText: 'Jenis kelamin' }) });
    expect(await sex.getByRole('row', { name: /^Perempuan/ }).innerText()).toMatch(/^Perempuan\t4\t100,0%$/);
    expect(await sex.getByRole('row', { name: /^Laki-laki/ }).innerText()).toMatch(/^Laki-laki\t0\t0,0%$/);
    await expectNoSeriousViolations(page, 'the service satisfaction page');
    await shot(page, 'satisfaction-page');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await shot(page, 'satisfaction-page-360');
    // The earlier quarter: its own figures (the trend then ends there).
    await page.getByLabel('Periode', { exact: true }).selectOption({ label: 'Triwulan II 2026 (2026-04-01 – 2026-06-30)' });
    await page.getByRole('img', { name: /^Tren IKM per periode: Triwulan II 2026 [0-9,]+ [A-D]$/ }).waitFor();
    await page.context().close();
  });

  it('Tindak lanjut: the plan with the weakest elements suggested, a new action, a status change', async () => {
    const page = await signInStaff(browser, stack.url, s.org.people.lurahA.nip, s.org.password, DESKTOP);
    await page.getByRole('link', { name: 'Tindak lanjut' }).click();
    await page.getByRole('heading', { level: 2, name: 'Rencana tindak lanjut' }).waitFor();
    await page.getByLabel('Periode').selectOption({ label: 'Triwulan III 2026 (2026-07-01 – 2026-09-30)' });
    await page.getByRole('heading', { name: 'Unsur terlemah (disarankan)' }).waitFor();
    await page.getByText('Penanganan pengaduan, saran dan masukan: 2,75').waitFor();
    await page.getByRole('cell', { name: 'Rapat internal tentang waktu penyelesaian (draf)', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Rencanakan U5 Produk spesifikasi jenis pelayanan' }).click();
    await page.getByLabel('Tindakan (5–1000 karakter)').fill('Perbarui papan informasi produk layanan di loket');
    await page.getByLabel('Tanggal target').fill('2026-10-31');
    await page.getByLabel('Umumkan di halaman transparansi publik').check();
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Tindak lanjut disimpan.').waitFor();
    await page.getByRole('cell', { name: 'Perbarui papan informasi produk layanan di loket', exact: true }).waitFor();
    const row = page.getByRole('row', { name: /Rapat internal/ });
    await row.getByLabel('Ubah status').selectOption('DONE');
    await page.getByText('Status diubah.').waitFor();
    const stored = await db.query(
      `SELECT element_code, status, published, owner_id FROM follow_up_action WHERE service_point_id = $1 ORDER BY created_at`,
      [s.org.servicePointA],
    );
    expect(stored.rows.map((r) => [r.element_code, r.status, r.published])).toEqual([
      ['U8', 'IN_PROGRESS', true],
      ['U3', 'DONE', false],
      ['U5', 'PLANNED', true],
    ]);
    expect(stored.rows[2].owner_id).toBe(s.org.people.lurahA.id);
    await expectNoSeriousViolations(page, 'the follow-up page');
    await shot(page, 'follow-up-page');
    // 360 px reflow: the page does not scroll sideways (the plan's table scrolls in its own region).
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.context().close();
  });

  it('Komentar warga: search, hide with a reason, unhide, mark handled', async () => {
    const page = await signInStaff(browser, stack.url, s.org.people.lurahA.nip, s.org.password, DESKTOP);
    await page.getByRole('link', { name: 'Komentar warga' }).click();
    await page.getByRole('heading', { level: 2, name: 'Komentar warga' }).waitFor();
    await page.getByText('6 komentar').waitFor();
    await page.getByLabel('Cari dalam komentar').fill('ruang tunggu');
    await page.getByRole('button', { name: 'Cari' }).click();
    await page.getByText('2 komentar').waitFor();

    const first = page.locator('li.comment').first();
    await first.getByRole('button', { name: 'Sembunyikan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sembunyikan komentar ini?' });
    await dialog.getByLabel('Alasan (5–500 karakter)').fill('Tes');
    expect(await dialog.getByRole('button', { name: 'Sembunyikan' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Alasan (5–500 karakter)').fill('Menyebut nama petugas secara kasar');
    await dialog.getByRole('button', { name: 'Sembunyikan' }).click();
    await page.getByText('Komentar disembunyikan.').waitFor();
    await page.getByText('Disembunyikan karena: Menyebut nama petugas secara kasar').waitFor();

    const open = page.locator('li.comment.open').first();
    await open.getByLabel('Catatan penanganan (opsional)').fill('AC ruang tunggu diperbaiki');
    await open.getByRole('button', { name: 'Tandai sudah ditangani' }).click();
    await page.getByText('Komentar ditandai sudah ditangani.').waitFor();
    await page.getByText('Catatan: AC ruang tunggu diperbaiki').waitFor();
    await expectNoSeriousViolations(page, 'the comments page');
    await shot(page, 'comments-page');
    await page.setViewportSize(PHONE);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.setViewportSize(DESKTOP);

    await page.locator('li.comment.hidden').getByRole('button', { name: 'Tampilkan lagi' }).click();
    await page.getByText('Komentar ditampilkan lagi.').waitFor();
    const audit = await db.query(`SELECT action FROM audit_log WHERE agency_id = $1 AND entity_type = 'public_rating' ORDER BY id`, [
      s.agencyId,
    ]);
    expect(audit.rows.map((r) => r.action)).toEqual(['COMMENT_HIDDEN', 'COMMENT_HANDLED', 'COMMENT_UNHIDDEN']);
    await page.context().close();
  });
});
