import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { Client } from 'pg';
import { Browser, Locator, Page } from 'playwright-core';
import { expectNoSeriousViolations, formatViolations } from '../support/a11y';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { assignStaff, ok, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');
const PHONE = { width: 360, height: 740 };

/**
 * Decodes the QR code in a screenshot of the element, as a phone camera would see the printed
 * slip: the PNG is decoded in the test (pngjs) and read by jsQR.
 */
async function decodeQr(element: Locator): Promise<string | null> {
  const image = PNG.sync.read(await element.screenshot());
  return jsQR(new Uint8ClampedArray(image.data.buffer, image.data.byteOffset, image.data.length), image.width, image.height)?.data ?? null;
}

/**
 * Issue 14, acceptance 2: the service desk at 360 px and printed. The counter officer (staff of
 * the service point) issues a ticket; the slip, in print media, carries the number and a QR code
 * that decodes to the ticket's one-time rating link; the citizen rates through it; the officer
 * marks the service complete and the completion time is stored.
 */
describe('service desk page in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(ARTIFACTS, `service-desk-${name}.png`), fullPage: true });

  async function check(page: Page, what: string): Promise<void> {
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    if (width > PHONE.width) throw new Error(`${what} is ${width} px wide: wider than the ${PHONE.width} px screen`);
    const all = await expectNoSeriousViolations(page, what);
    if (all.length) console.warn(`Minor accessibility findings on ${what}:\n${formatViolations(all)}`);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis' });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Loket');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('only staff of a service point get the desk tab; others may not read its tickets', async () => {
    const d = await ok(stack, `{ deskServicePoints { id name } }`, {}, org.tokens.staffB);
    expect(d.deskServicePoints).toEqual([]);
    const res = await stack.gql(
      `query($sp: ID!) { openServiceTickets(servicePointId: $sp) { totalCount } }`,
      { sp: org.servicePointA },
      org.tokens.staffB,
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mine = await ok(stack, `{ deskServicePoints { id name unitName } }`, {}, org.tokens.staffA);
    expect(mine.deskServicePoints).toEqual([{ id: org.servicePointA, name: 'Loket Adminduk', unitName: 'Kelurahan Sukamiskin' }]);
    const tooMany = await stack.gql(
      `query($sp: ID!) { openServiceTickets(servicePointId: $sp, first: 101) { totalCount } }`,
      { sp: org.servicePointA },
      org.tokens.staffA,
    );
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('the officer issues a ticket, the printed slip’s QR is the rating link, the citizen rates, the officer completes it', async () => {
    // Two device pixels a CSS pixel: about 190 dpi, close to a thermal printer's 203 dpi.
    const context = await browser.newContext({ viewport: PHONE, locale: 'id-ID', deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByLabel('NIP', { exact: true }).fill(org.people.staffA.nip);
    await page.getByLabel('Kata sandi', { exact: true }).fill(org.password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Loket', exact: true }).click();
    await page.getByRole('heading', { name: 'Loket layanan' }).waitFor();
    await page.getByText('Tidak ada tiket terbuka hari ini.').waitFor();
    await check(page, 'the service desk (no tickets yet)');
    await shot(page, 'empty');

    await page.getByRole('button', { name: 'Terbitkan tiket antrean' }).click();
    await page.getByRole('status').getByText('Tiket nomor 001 diterbitkan.', { exact: false }).waitFor();
    const slip = page.getByRole('region', { name: 'Slip antrean' });
    await slip.getByText('001', { exact: true }).waitFor();
    await slip.getByText('Loket Adminduk', { exact: true }).waitFor();
    const qr = slip.getByRole('img', { name: 'Kode QR tautan penilaian sekali pakai untuk tiket nomor 001' });
    await qr.waitFor();
    await page.waitForFunction(`(() => { const img = document.querySelector('img.slip-qr'); return Boolean(img && img.complete && img.naturalWidth > 0); })()`);
    await page.getByRole('row', { name: /001/ }).waitFor();
    await check(page, 'the service desk with a slip and an open ticket');
    await shot(page, 'issued');

    // The stored ticket and its link, as the API gives them to its staff.
    const { rows: tickets } = await db.query(
      `SELECT id, issued_at, completed_at, used_at, employee_id FROM service_ticket WHERE service_point_id = $1`,
      [org.servicePointA],
    );
    expect(tickets).toHaveLength(1);
    expect(tickets[0]).toMatchObject({ completed_at: null, used_at: null, employee_id: org.people.staffA.id });
    const open = (
      await ok(
        stack,
        `query($sp: ID!) { openServiceTickets(servicePointId: $sp, first: 5) { totalCount nodes { id number url token } } }`,
        { sp: org.servicePointA },
        org.tokens.staffA,
      )
    ).openServiceTickets;
    expect(open.totalCount).toBe(1);
    expect(open.nodes[0]).toMatchObject({ id: tickets[0].id, number: 1 });

    // Printed (58 mm layout by default): the slip alone, and a QR code a phone can read.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Terbitkan tiket antrean' }).isVisible()).toBe(false);
    const printedWidth = await slip.evaluate((el) => el.getBoundingClientRect().width);
    expect(Math.round(printedWidth)).toBe(Math.round((48 * 96) / 25.4)); // 48 mm printable on 58 mm paper
    await slip.screenshot({ path: resolve(ARTIFACTS, 'service-desk-slip-58mm.png') });
    const decoded = await decodeQr(slip);
    expect(decoded).toBe(open.nodes[0].url);
    expect(decoded!.endsWith(`/t/${open.nodes[0].token}`)).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('radio', { name: '80 mm' }).check();
    await page.emulateMedia({ media: 'print' });
    expect(Math.round(await slip.evaluate((el) => el.getBoundingClientRect().width))).toBe(Math.round((72 * 96) / 25.4));
    await slip.screenshot({ path: resolve(ARTIFACTS, 'service-desk-slip-80mm.png') });
    expect(await decodeQr(slip)).toBe(open.nodes[0].url);
    await page.emulateMedia({ media: 'screen' });

    // The citizen scans it with a phone and rates through the one-time link.
    const citizen = await (await browser.newContext({ viewport: PHONE, locale: 'id-ID' })).newPage();
    await citizen.goto(decoded!);
    await citizen.getByText('Loket Adminduk, Kelurahan Sukamiskin').waitFor();
    const groups = citizen.locator('fieldset');
    await groups.first().waitFor();
    const questions = await groups.count();
    for (let i = 0; i < questions; i++) await groups.nth(i).getByRole('radio', { name: 'Sangat baik', exact: true }).check();
    await citizen.getByRole('button', { name: 'Kirim penilaian' }).click();
    await citizen.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    await citizen.screenshot({ path: resolve(ARTIFACTS, 'service-desk-citizen-rated.png'), fullPage: true });
    const { rows: ratings } = await db.query(`SELECT channel, employee_id FROM public_rating WHERE source_id = $1`, [tickets[0].id]);
    expect(ratings).toEqual([{ channel: 'TICKET', employee_id: org.people.staffA.id }]);

    // The officer sees it rated and marks the service complete.
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await page.getByRole('row', { name: /001/ }).getByText('Sudah dinilai').waitFor();
    await page.getByRole('button', { name: 'Selesai: tiket nomor 001' }).click();
    await page.getByRole('status').getByText('Layanan tiket nomor 001 selesai pukul', { exact: false }).waitFor();
    await page.getByText('Tidak ada tiket terbuka hari ini.').waitFor();
    await check(page, 'the service desk after completing');
    await shot(page, 'completed');
    const { rows: done } = await db.query(`SELECT issued_at, completed_at, used_at FROM service_ticket WHERE id = $1`, [tickets[0].id]);
    expect(done[0].completed_at).toBeInstanceOf(Date);
    expect(done[0].completed_at.getTime()).toBeGreaterThanOrEqual(done[0].issued_at.getTime());
    expect(done[0].used_at).toBeInstanceOf(Date);
    await context.close();
  }, 120_000);
});
