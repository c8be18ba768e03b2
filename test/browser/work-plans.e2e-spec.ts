import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { expectNoSeriousViolations, formatViolations } from '../support/a11y';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { CORE_VALUES, until } from '../support/scoring-fixtures';
import { createEmployee, ok, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/**
 * Issue 13, acceptance 6: the work plan (SKP) pages in Chromium. The employee drafts a plan, the
 * supervisor agrees it; the employee reports a month, the supervisor returns it with feedback, the
 * employee corrects it, the supervisor verifies it; the supervisor closes the round with a hasil
 * kerja rating that overrides the plan, with the reason. Each new page passes axe (WCAG 2.x A/AA,
 * no serious or critical finding) and fits a 360 px phone.
 */
describe('work plan (SKP) pages in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let roundId: string;
  const year = new Date().getFullYear();
  const month = `${year}-${String(new Date().getMonth() + 1).padStart(2, '0')}`;
  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `work-plans-${name}.png`), fullPage: true });

  async function signIn(nip: string, viewport = DESKTOP): Promise<Page> {
    const page = await (await browser.newContext({ viewport, locale: 'id-ID' })).newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByLabel('NIP', { exact: true }).fill(nip);
    await page.getByLabel('Kata sandi', { exact: true }).fill(org.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    return page;
  }
  const menu = (page: Page) => page.getByRole('navigation', { name: 'Menu' });

  /** axe on the page as it is, and nothing wider than the screen (a wide table scrolls in its own region). */
  async function check(page: Page, what: string): Promise<void> {
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    const viewport = page.viewportSize()!;
    if (width > viewport.width) throw new Error(`${what} is ${width} px wide: wider than the ${viewport.width} px screen`);
    const all = await expectNoSeriousViolations(page, what);
    if (all.length) console.warn(`Minor accessibility findings on ${what}:\n${formatViolations(all)}`);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis' });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji SKP');
    // A second direct report of the lurah without a plan: the team page shows who has none.
    await createEmployee(stack, org.admin.token, {
      name: 'Staf Tanpa SKP',
      position: 'Staf Pelayanan',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    const periodId = (
      await ok(
        stack,
        `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`,
        { i: { name: `Tahunan ${year}`, kind: 'ANNUAL', startsOn: `${year}-01-01`, endsOn: `${year}-12-31` } },
        org.admin.token,
      )
    ).createPeriod.id as string;
    roundId = (
      await ok(
        stack,
        `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
        { i: { employeeId: org.people.staffA.id, periodId } },
        org.tokens.lurahA,
      )
    ).openRound.id as string;
    // Closing needs the direct supervisor's review (not what this test is about).
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      {
        i: {
          roundId,
          scores: CORE_VALUES.map((value) => ({ value, score: 4 })),
          strengths: 'Pelayanan adminduk cepat.',
          improvements: 'Lengkapi bukti dukung.',
        },
      },
      org.tokens.lurahA,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('the employee drafts a plan with indicators (added, edited, removed)', async () => {
    const page = await signIn(org.people.staffA.nip);
    await menu(page).getByRole('link', { name: 'Rencana Kerja (SKP)' }).click();
    await page.getByText(`Belum ada rencana kerja (SKP) untuk tahun ${year}.`).waitFor();
    await check(page, 'the employee’s SKP page (no plan yet)');
    await page.getByRole('button', { name: `Buat rencana kerja ${year}` }).click();
    await page.getByRole('status').getByText('Rencana kerja dibuat.', { exact: false }).waitFor();

    type Fields = {
      name: string;
      unit: string;
      target: string;
      weight: string;
      direction?: string;
      aggregation?: string;
      source?: string;
      method?: string;
    };
    const fill = async (f: Fields) => {
      await page.getByLabel('Nama indikator').fill(f.name);
      await page.getByLabel('Satuan').fill(f.unit);
      await page.getByLabel('Target tahunan').fill(f.target);
      await page.getByLabel('Bobot').fill(f.weight);
      if (f.direction) await page.getByLabel('Arah').selectOption(f.direction);
      if (f.aggregation) await page.getByLabel('Agregasi bulanan').selectOption(f.aggregation);
      if (f.source) await page.getByLabel('Sumber data').selectOption(f.source);
      if (f.method) await page.getByLabel('Metode pengukuran').selectOption(f.method);
    };
    const add = async (f: Fields) => {
      await fill(f);
      await page.getByRole('button', { name: 'Tambah indikator', exact: true }).click();
      await page.getByRole('status').getByText(`Indikator “${f.name}” ditambahkan.`).waitFor();
    };
    await add({ name: 'Dokumen kependudukan selesai', unit: 'dokumen', target: '1200', weight: '2', method: 'DATA_ANALYSIS' });
    await add({
      name: 'Waktu penyelesaian layanan',
      unit: 'hari',
      target: '3',
      weight: '1',
      direction: 'LOWER_IS_BETTER',
      aggregation: 'AVERAGE',
      source: 'SERVICE_COMPLETION_TIME',
      method: 'PLATFORM_DATA',
    });
    // A target of 0 is refused on the page, naming the field.
    await fill({ name: 'Indikator percobaan', unit: 'kegiatan', target: '0', weight: '1' });
    await page.getByRole('button', { name: 'Tambah indikator', exact: true }).click();
    await page.getByRole('alert').getByText('Target tahunan harus berupa angka lebih dari 0.').waitFor();
    await page.getByLabel('Target tahunan').fill('4');
    await page.getByRole('button', { name: 'Tambah indikator', exact: true }).click();
    await page.getByRole('status').getByText('Indikator “Indikator percobaan” ditambahkan.').waitFor();
    // Edit it (the form takes its fields and the focus), then remove it.
    await page.getByRole('button', { name: 'Ubah indikator Indikator percobaan' }).click();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe('ind-name');
    // The form takes the indicator's fields on the render after the click (the focus moves at once).
    await until(
      'the edit form shows the indicator',
      async () => (await page.getByLabel('Target tahunan').inputValue()) === '4',
      10_000,
      50,
    );
    expect(await page.getByLabel('Target tahunan').inputValue()).toBe('4');
    await page.getByLabel('Target tahunan').fill('6');
    await page.getByRole('button', { name: 'Simpan perubahan' }).click();
    await page.getByRole('status').getByText('Indikator “Indikator percobaan” disimpan.').waitFor();
    await page
      .getByRole('row', { name: /Indikator percobaan/ })
      .getByText('6 kegiatan')
      .waitFor();
    await page.getByRole('button', { name: 'Hapus indikator Indikator percobaan' }).click();
    await page.getByRole('status').getByText('Indikator “Indikator percobaan” dihapus.').waitFor();
    await page.getByRole('rowheader', { name: 'Indikator percobaan' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('rowheader').allTextContents()).toEqual(['Dokumen kependudukan selesai', 'Waktu penyelesaian layanan']);

    await page.getByText('Draf — menunggu persetujuan atasan').waitFor();
    await page.getByText('Laporan bulanan dapat dikirim setelah atasan menyetujui rencana kerja.').waitFor();
    await shot(page, '1-employee-draft');
    await check(page, 'the employee’s SKP page (draft)');
    const { rows } = await db.query(
      `SELECT i.name, i.target::float AS target, i.weight::float AS weight, i.direction, i.aggregation, i.source, i.method
         FROM indicator i JOIN work_plan p ON p.id = i.work_plan_id WHERE p.employee_id = $1 ORDER BY i.name`,
      [org.people.staffA.id],
    );
    expect(rows).toEqual([
      {
        name: 'Dokumen kependudukan selesai',
        target: 1200,
        weight: 2,
        direction: 'HIGHER_IS_BETTER',
        aggregation: 'SUM',
        source: 'MANUAL',
        method: 'DATA_ANALYSIS',
      },
      {
        name: 'Waktu penyelesaian layanan',
        target: 3,
        weight: 1,
        direction: 'LOWER_IS_BETTER',
        aggregation: 'AVERAGE',
        source: 'SERVICE_COMPLETION_TIME',
        method: 'PLATFORM_DATA',
      },
    ]);
    await page.context().close();
  });

  it('the supervisor sees who has no plan, opens the draft and agrees it', async () => {
    const page = await signIn(org.people.lurahA.nip);
    await menu(page).getByRole('link', { name: 'SKP tim' }).click();
    await page.getByRole('heading', { name: `Rencana kerja (SKP) tim ${year}` }).waitFor();
    await page
      .getByRole('row', { name: /Staf Tanpa SKP/ })
      .getByText('Belum ada')
      .waitFor();
    await page
      .getByRole('row', { name: /Staf Sukamiskin/ })
      .getByText('Draf — menunggu persetujuan atasan')
      .waitFor();
    await shot(page, '2-supervisor-team-plans');
    await check(page, 'the supervisor’s team SKP page');

    await page.getByRole('button', { name: 'Buka SKP Staf Sukamiskin' }).click();
    await page.getByRole('heading', { name: `Rencana Kerja (SKP) Staf Sukamiskin ${year}` }).waitFor();
    // The heading of the opened plan takes the focus.
    expect(await page.evaluate('document.activeElement && document.activeElement.tagName')).toBe('H2');
    await page.getByRole('button', { name: 'Setujui rencana kerja Staf Sukamiskin' }).click();
    await page.getByRole('status').getByText('Rencana kerja Staf Sukamiskin disetujui.').waitFor();
    await page.getByText('Disetujui', { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Riwayat versi' }).waitFor();
    await page.getByText(/Versi 1: dibuat oleh Staf Sukamiskin.*disetujui oleh Lurah Sukamiskin/).waitFor();
    await shot(page, '3-supervisor-agreed');
    await check(page, 'the supervisor’s view of an agreed SKP');
    // Back to the list: the focus returns to the button that opened the plan.
    await page.getByRole('button', { name: 'Kembali ke daftar tim' }).click();
    await page
      .getByRole('row', { name: /Staf Sukamiskin/ })
      .getByText('Disetujui')
      .waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.textContent')).toBe('Buka SKP Staf Sukamiskin');
    const { rows } = await db.query(`SELECT status, version, agreed_by FROM work_plan WHERE employee_id = $1`, [org.people.staffA.id]);
    expect(rows).toEqual([{ status: 'AGREED', version: 1, agreed_by: org.people.lurahA.id }]);
    await page.context().close();
  });

  it('the employee reports a month; the supervisor returns it with feedback; the employee corrects it; the supervisor verifies it', async () => {
    const employee = await signIn(org.people.staffA.nip);
    await menu(employee).getByRole('link', { name: 'Rencana Kerja (SKP)' }).click();
    await employee.getByRole('group', { name: 'Laporan realisasi bulanan' }).waitFor();
    // Only the MANUAL indicator is reported by the employee.
    expect(await employee.getByLabel('Indikator', { exact: true }).locator('option').allTextContents()).toEqual([
      'Dokumen kependudukan selesai',
    ]);
    expect(await employee.getByLabel('Bulan', { exact: true }).inputValue()).toBe(month);
    await employee.getByRole('textbox', { name: /^Realisasi/ }).fill('90');
    await employee.getByLabel('Catatan (opsional)').fill('KTP-el dan KK selesai bulan ini.');
    await employee.getByLabel('Tautan bukti dukung').fill('https://arsip.example.go.id/laporan-bulanan');
    await employee.getByRole('button', { name: 'Kirim laporan' }).click();
    await employee.getByRole('status').getByText('Laporan realisasi', { exact: false }).waitFor();
    await employee.getByText('Menunggu verifikasi', { exact: true }).waitFor();
    await employee
      .getByRole('list', { name: /Riwayat laporan Dokumen kependudukan selesai/ })
      .getByText('Dilaporkan')
      .waitFor();
    await shot(employee, '4-employee-reported');
    await check(employee, 'the employee’s SKP page (a month reported)');

    const supervisor = await signIn(org.people.lurahA.nip);
    await menu(supervisor).getByRole('link', { name: 'SKP tim' }).click();
    await supervisor.getByRole('button', { name: 'Buka SKP Staf Sukamiskin' }).click();
    await supervisor.getByRole('heading', { name: 'Laporan menunggu verifikasi' }).waitFor();
    // Returning needs feedback: refused on the page, the focus goes to the feedback field.
    await supervisor.getByRole('button', { name: /^Kembalikan Dokumen kependudukan selesai/ }).click();
    await supervisor.getByRole('alert').getByText('Tulis umpan balik untuk mengembalikan laporan.').waitFor();
    expect(await supervisor.evaluate('document.activeElement && document.activeElement.tagName')).toBe('TEXTAREA');
    await supervisor
      .getByLabel(/^Umpan balik untuk Dokumen kependudukan selesai/)
      .fill('Lampirkan rekap dari SIAK; angka 90 belum sesuai rekap.');
    await supervisor.getByRole('button', { name: /^Kembalikan Dokumen kependudukan selesai/ }).click();
    await supervisor.getByRole('status').getByText('dikembalikan dengan umpan balik', { exact: false }).waitFor();
    await supervisor.getByText('Dikembalikan', { exact: true }).first().waitFor();
    await shot(supervisor, '5-supervisor-returned');

    await employee.reload();
    await menu(employee).getByRole('link', { name: 'Rencana Kerja (SKP)' }).click();
    await employee.getByText('Umpan balik atasan: Lampirkan rekap dari SIAK; angka 90 belum sesuai rekap.').waitFor();
    await employee.getByRole('button', { name: /^Perbaiki laporan Dokumen kependudukan selesai/ }).click();
    // The form takes the returned report, the focus is on the value.
    expect(await employee.evaluate('document.activeElement && document.activeElement.id')).toBe('rep-value');
    expect(await employee.getByRole('textbox', { name: /^Realisasi/ }).inputValue()).toBe('90');
    await employee.getByRole('textbox', { name: /^Realisasi/ }).fill('96');
    await employee.getByLabel('Catatan (opsional)').fill('Disesuaikan dengan rekap SIAK.');
    await employee.getByRole('button', { name: 'Kirim laporan' }).click();
    await employee.getByRole('status').getByText('Laporan realisasi', { exact: false }).waitFor();
    const thread = employee.getByRole('list', { name: /Riwayat laporan Dokumen kependudukan selesai/ });
    await thread.getByText('Diperbaiki').waitFor();
    expect(await thread.getByRole('listitem').count()).toBe(3);
    await shot(employee, '6-employee-corrected');

    await supervisor.reload();
    await menu(supervisor).getByRole('link', { name: 'SKP tim' }).click();
    await supervisor.getByRole('button', { name: 'Buka SKP Staf Sukamiskin' }).click();
    await supervisor.getByRole('button', { name: /^Verifikasi Dokumen kependudukan selesai/ }).click();
    await supervisor.getByRole('status').getByText('diverifikasi', { exact: false }).waitFor();
    await supervisor.getByText('Tidak ada laporan yang menunggu verifikasi.').waitFor();
    await supervisor.getByText('Terverifikasi', { exact: true }).waitFor();
    await check(supervisor, 'the supervisor’s view of an SKP with a verified report');
    // Monitoring: the month's value against the month's target (1200 / 12 = 100 → 96%).
    await supervisor.getByRole('button', { name: 'Kembali ke daftar tim' }).click();
    const monitoring = supervisor.getByRole('region', { name: /^Pemantauan realisasi tim bulan/ });
    await monitoring
      .getByRole('row', { name: /Dokumen kependudukan selesai/ })
      .getByText('96% (di bawah target)')
      .waitFor();
    await monitoring
      .getByRole('row', { name: /Dokumen kependudukan selesai/ })
      .getByText('Terverifikasi')
      .waitFor();
    await supervisor.getByText('Sudah melapor: 1 dari 1 pegawai dengan SKP disetujui.').waitFor();
    await shot(supervisor, '7-supervisor-verified-monitoring');
    await check(supervisor, 'the supervisor’s team SKP page with monitoring');

    const { rows } = await db.query(
      `SELECT r.status, r.value::float AS value, r.feedback, array_agg(e.action || ' ' || coalesce(e.value::text, '-') || ' ' || coalesce(e.note, '-') ORDER BY e.id) AS thread
         FROM realisation r JOIN realisation_event e ON e.realisation_id = r.id
         JOIN work_plan p ON p.id = r.work_plan_id WHERE p.employee_id = $1 GROUP BY r.id`,
      [org.people.staffA.id],
    );
    expect(rows).toEqual([
      {
        status: 'VERIFIED',
        value: 96,
        // The latest decision (verified without feedback); the returned feedback stays in the thread.
        feedback: null,
        thread: [
          'REPORTED 90 KTP-el dan KK selesai bulan ini.',
          'RETURNED - Lampirkan rekap dari SIAK; angka 90 belum sesuai rekap.',
          'CORRECTED 96 Disesuaikan dengan rekap SIAK.',
          'VERIFIED - -',
        ],
      },
    ]);
    await employee.context().close();
    await supervisor.context().close();
  });

  it('the supervisor closes the round with a hasil kerja rating that overrides the plan, with the reason', async () => {
    const page = await signIn(org.people.lurahA.nip);
    await menu(page).getByRole('link', { name: 'Tim saya' }).click();
    await page.getByRole('button', { name: 'Tutup putaran Staf Sukamiskin' }).click();
    await page.getByLabel('Hasil kerja:').selectOption('DI_ATAS_EKSPEKTASI');
    // Staf Sukamiskin has an agreed plan: the chosen rating overrides it, the reason is required.
    const reason = page.getByLabel('Alasan penyesuaian nilai hasil kerja (wajib)');
    await reason.waitFor();
    await page.getByText('Staf Sukamiskin memiliki SKP yang disetujui', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Tutup putaran', exact: true }).click();
    await page.getByRole('alert').getByText('Tulis alasan penyesuaian nilai hasil kerja.').waitFor();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(`hk-reason-${roundId}`);
    await check(page, 'closing a round (the override reason is missing)');
    const why = 'Capaian dokumen di atas rekap bulanan berkat layanan jemput bola di kelurahan.';
    await reason.fill(why);
    await shot(page, '8-supervisor-close-override-form');
    await page.getByRole('button', { name: 'Tutup putaran', exact: true }).click();
    await page.getByText(`Alasan penyesuaian: ${why}`).waitFor({ timeout: 20_000 });
    await page
      .getByRole('row', { name: /Staf Sukamiskin/ })
      .getByText('Selesai dinilai')
      .waitFor({ timeout: 20_000 });
    await page
      .getByRole('row', { name: /Staf Sukamiskin/ })
      .getByText('Hasil kerja: Di atas ekspektasi')
      .waitFor();
    await shot(page, '9-supervisor-closed-override');
    const { rows } = await db.query(`SELECT status, hasil_kerja_rating, override_reason FROM evaluation_round WHERE id = $1`, [roundId]);
    expect(rows).toEqual([{ status: 'SCORED', hasil_kerja_rating: 'DI_ATAS_EKSPEKTASI', override_reason: why }]);
    await page.context().close();
  });

  it('the new pages on a 360 px phone and in English pass axe', async () => {
    const employee = await signIn(org.people.staffA.nip, PHONE);
    await menu(employee).getByRole('link', { name: 'Rencana Kerja (SKP)' }).click();
    await employee.getByRole('group', { name: 'Laporan realisasi bulanan' }).waitFor();
    await check(employee, 'the employee’s SKP page (360 px phone)');
    await employee.getByRole('button', { name: 'English: show this page in English' }).click();
    await employee.getByRole('group', { name: 'Monthly realisation report' }).waitFor();
    await employee.getByText('Verified', { exact: true }).first().waitFor();
    expect(await employee.evaluate('document.documentElement.lang')).toBe('en');
    await check(employee, 'the employee’s SKP page (360 px phone, English)');
    await employee.context().close();

    const supervisor = await signIn(org.people.lurahA.nip, PHONE);
    await menu(supervisor).getByRole('link', { name: 'SKP tim' }).click();
    await supervisor.getByRole('region', { name: /^Pemantauan realisasi tim bulan/ }).waitFor();
    await check(supervisor, 'the supervisor’s team SKP page (360 px phone)');
    // The supervisor may draft the plan of someone who has none: it opens as a DRAFT, ready for indicators.
    await supervisor.getByRole('button', { name: 'Buat SKP Staf Tanpa SKP' }).click();
    await supervisor.getByRole('heading', { name: `Rencana Kerja (SKP) Staf Tanpa SKP ${year}` }).waitFor();
    await supervisor.getByRole('group', { name: 'Tambah indikator kinerja' }).waitFor();
    await supervisor.getByText('Tambahkan minimal satu indikator sebelum disetujui.').waitFor();
    await check(supervisor, 'the supervisor’s view of a new draft SKP (360 px phone)');
    await supervisor.getByRole('button', { name: 'Kembali ke daftar tim' }).click();
    await supervisor.getByRole('button', { name: 'English: show this page in English' }).click();
    await supervisor.getByRole('heading', { name: `Team work plans (SKP) ${year}` }).waitFor();
    await check(supervisor, 'the supervisor’s team SKP page (360 px phone, English)');
    await supervisor.getByRole('button', { name: 'Open the SKP of Staf Sukamiskin' }).click();
    await supervisor.getByRole('heading', { name: 'Reports waiting for verification' }).waitFor();
    await check(supervisor, 'the supervisor’s view of an SKP (360 px phone, English)');
    await supervisor.context().close();
  });
});
