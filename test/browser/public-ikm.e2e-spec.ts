import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { EARLIER_QUARTER, insertRatings, quarter, recomputeAndWait, WORKED_EXAMPLE } from '../support/scoring-fixtures';
import { createPeriod, createRatingLink, ok, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/**
 * The public IKM page (/ikm/<servicePointId>) in Chromium on a phone: the latest period's figures
 * (Indonesian decimal comma, English decimal point), the nine elements with the weakest named,
 * earlier periods, English, the empty, not-found and error states, and the QR page's link to it.
 */
describe('the public IKM page in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  const phone = { viewport: { width: 360, height: 740 }, locale: 'id-ID' };

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0' } });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji IKM');
    const [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [org.servicePointA])).rows;
    const q3 = await createPeriod(stack, org.admin.token, quarter(2026, 3));
    const q2 = await createPeriod(stack, org.admin.token, quarter(2026, 2));
    await insertRatings(db, { agencyId, servicePointId: org.servicePointA, submittedAt: '2026-08-15T03:00:00Z' }, WORKED_EXAMPLE);
    await insertRatings(db, { agencyId, servicePointId: org.servicePointA, submittedAt: '2026-05-10T03:00:00Z' }, EARLIER_QUARTER);
    await recomputeAndWait(stack, db, org.admin.token, [q2, q3], org.servicePointA);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('shows the latest IKM on a 360 px phone, the nine elements with the weakest named, earlier periods, then English', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${stack.url}/ikm/${org.servicePointA}`);
    await page.getByRole('heading', { level: 1, name: 'Loket Adminduk, Kelurahan Sukamiskin' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('id');
    expect(await page.title()).toBe('IKM Loket Adminduk — Kinerja360');
    await page.getByText(org.admin.name, { exact: true }).waitFor();

    const latest = page.locator('section.card');
    await latest.getByRole('heading', { level: 2, name: 'Periode Triwulan III 2026' }).waitFor();
    // Indonesian writes a decimal comma: 86,81 (rounded half away from zero from 86.8055…).
    expect(await latest.locator('.value').textContent()).toBe('86,81');
    expect(await latest.locator('.grade').textContent()).toBe('B — Baik');
    await latest.getByText('4 responden', { exact: true }).waitFor();
    await page.getByText('IKM dihitung sesuai PermenPANRB 14/2017: rata-rata sembilan unsur × 25.').waitFor();

    // The nine elements, each bar with its NRR as text; U8 is the weakest, marked and named.
    const items = page.locator('ul.bars').getByRole('listitem');
    expect(await items.count()).toBe(9);
    const texts = await items.allInnerTexts();
    const nrr = ['3,50', '3,50', '3,25', '4,00', '3,25', '3,50', '4,00', '2,75', '3,50'];
    texts.forEach((text, i) => expect(text.replace(/\s+/g, ' ')).toContain(`U${i + 1}`));
    texts.forEach((text, i) => expect(text).toContain(nrr[i]));
    expect(texts[7]).toContain('Penanganan pengaduan, saran dan masukan');
    expect(texts[8]).toContain('Sarana dan prasarana');
    expect(await page.locator('ul.bars li.weak').count()).toBe(1);
    expect(await page.locator('ul.bars li.weak').innerText()).toContain('terendah');
    await page.getByText('Perlu perbaikan: U8 Penanganan pengaduan, saran dan masukan (2,75)').waitFor();
    // Screen readers hear the scale with each value.
    expect(await items.nth(7).textContent()).toContain('2,75 dari 4');

    // Earlier periods as a small table.
    const table = page.getByRole('table');
    await page.getByRole('heading', { level: 2, name: 'Periode sebelumnya' }).waitFor();
    const row = table.getByRole('row', { name: /Triwulan II 2026/ });
    expect((await row.innerText()).split('\t').map((c) => c.trim())).toEqual(['Triwulan II 2026', '95,83', 'A — Sangat Baik', '2']);

    // Nothing wider than the phone.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
    await page.screenshot({ path: resolve(ARTIFACTS, 'public-ikm-phone.png'), fullPage: true });

    await page.getByRole('button', { name: 'English: show this page in English' }).click();
    await latest.getByRole('heading', { level: 2, name: 'Period Triwulan III 2026' }).waitFor();
    expect(await page.evaluate('[document.documentElement.lang, localStorage.getItem("k360.lang")]')).toEqual(['en', 'en']);
    // English writes a decimal point: 86.81; the official category stays Indonesian, glossed.
    expect(await latest.locator('.value').textContent()).toBe('86.81');
    expect(await latest.locator('.grade').textContent()).toBe('B — Baik (Good)');
    await latest.getByText('4 respondents', { exact: true }).waitFor();
    await page
      .getByText('Needs improvement: U8 Penanganan pengaduan, saran dan masukan (Handling of complaints, suggestions and feedback) (2.75)')
      .waitFor();
    expect(await items.nth(7).textContent()).toContain('2.75 out of 4');
    await page.getByText('The IKM is computed as PermenPANRB 14/2017 sets out: the mean of the nine elements × 25.').waitFor();
    expect((await table.getByRole('row', { name: /Triwulan II 2026/ }).innerText()).split('\t').map((c) => c.trim())).toEqual([
      'Triwulan II 2026',
      '95.83',
      'A — Sangat Baik (Very good)',
      '2',
    ]);
    await page.screenshot({ path: resolve(ARTIFACTS, 'public-ikm-phone-en.png'), fullPage: true });
    await context.close();
  });

  it('a service point without ratings shows the empty state; an unknown one says so', async () => {
    const { createServicePoint } = await ok(
      stack,
      `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
      { i: { name: 'Loket Pengaduan', unitId: org.units.kelB } },
      org.admin.token,
    );
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${stack.url}/ikm/${createServicePoint.id}`);
    await page.getByRole('heading', { level: 1, name: 'Loket Pengaduan, Kelurahan Cisaranten Kulon' }).waitFor();
    await page.getByRole('status').getByText('Belum ada penilaian untuk titik layanan ini').waitFor();
    expect(await page.locator('ul.bars').count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);

    await page.goto(`${stack.url}/ikm/${randomUUID()}`);
    await page.getByRole('alert').getByText('Titik layanan tidak ditemukan.').waitFor();
    await page.goto(`${stack.url}/ikm/bukan-titik-layanan?lang=en`);
    await page.getByRole('alert').getByText('Service point not found.').waitFor();
    await context.close();
  });

  it('a failed load shows an error with a retry that then loads the page', async () => {
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${stack.url}/ikm/${org.servicePointA}`);
    await page.getByRole('alert').getByText('Hasil survei tidak dapat dimuat.').waitFor();
    await page.unroute('**/graphql');
    await page.getByRole('button', { name: 'Coba lagi' }).click();
    expect(await page.locator('section.card .value').textContent()).toBe('86,81');
    await context.close();
  });

  it('the QR page’s thank-you screen links to the service point’s results', async () => {
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA });
    const context = await browser.newContext(phone);
    const page = await context.newPage();
    await page.goto(`${stack.url}/r/${link.token}`);
    await page.getByText('Loket Adminduk, Kelurahan Sukamiskin').waitFor();
    const groups = page.locator('fieldset');
    for (let i = 0; i < 9; i++) await groups.nth(i).getByRole('radio', { name: 'Baik', exact: true }).check();
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    const results = page.getByRole('link', { name: 'Lihat hasil survei layanan ini' });
    expect(await results.getAttribute('href')).toBe(`/ikm/${org.servicePointA}`);
    await page.getByRole('button', { name: 'English: show this page in English' }).click();
    await page.getByRole('link', { name: "See this service's survey results" }).click();
    await page.waitForURL(`${stack.url}/ikm/${org.servicePointA}`);
    await page.getByRole('heading', { level: 1, name: 'Loket Adminduk, Kelurahan Sukamiskin' }).waitFor();
    // The language chosen on the QR page carries over.
    expect(await page.locator('section.card .value').textContent()).toBe('86.81');
    await context.close();
  });
});
