import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser, Route } from 'playwright-core';
import { COMMENT_MAX_CHARACTERS, IKM_ANSWER_COUNT, commentLength } from '@k360/scoring';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { assignStaff, createRatingLink, ok, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');

describe('citizen pages in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0' } });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Halaman');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('a citizen rates through the QR page on a phone, and the rating is stored', async () => {
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA, employeeId: org.people.staffA.id });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/r/${link.token}`);
    await page.getByText('Loket Adminduk, Kelurahan Sukamiskin').waitFor();
    await page.getByText('Petugas: Staf Sukamiskin').waitFor();
    // Sending with an unanswered question points at it instead of sending.
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('alert').getByText('Mohon jawab pertanyaan 1').waitFor();
    const groups = page.locator('fieldset');
    expect(await groups.count()).toBe(9);
    for (let i = 0; i < 9; i++)
      await groups
        .nth(i)
        .getByRole('radio', { name: i === 7 ? 'Kurang baik' : 'Sangat baik', exact: true })
        .check();
    await page.getByLabel('Saran atau komentar (tidak wajib)').fill('Petugas ramah, antrean cepat.');
    await page.screenshot({ path: resolve(ARTIFACTS, 'qr-page-phone.png'), fullPage: true });
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    const { rows } = await db.query(`SELECT kind, channel, employee_id, u1, u8, u9, comment FROM public_rating WHERE source_id = $1`, [
      link.id,
    ]);
    expect(rows).toEqual([
      { kind: 'IKM', channel: 'LINK', employee_id: org.people.staffA.id, u1: 4, u8: 2, u9: 4, comment: 'Petugas ramah, antrean cepat.' },
    ]);
    await context.close();
  });

  it(`the QR page keeps a comment to ${COMMENT_MAX_CHARACTERS} characters as the intake counts them, and it is stored whole`, async () => {
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/r/${link.token}`);
    const groups = page.locator('fieldset');
    await groups.first().waitFor();
    expect(await groups.count()).toBe(IKM_ANSWER_COUNT);
    for (let i = 0; i < IKM_ANSWER_COUNT; i++) await groups.nth(i).getByRole('radio', { name: 'Baik', exact: true }).check();
    // Two UTF-16 units each: a textarea's own maxLength would have stopped at half.
    const comment = page.getByLabel('Saran atau komentar (tidak wajib)');
    await comment.fill('😀'.repeat(COMMENT_MAX_CHARACTERS + 20));
    expect(commentLength(await comment.inputValue())).toBe(COMMENT_MAX_CHARACTERS);
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('heading', { name: 'Terima kasih!' }).waitFor();
    const { rows } = await db.query(`SELECT length(comment) AS n FROM public_rating WHERE source_id = $1`, [link.id]);
    expect(rows).toEqual([{ n: COMMENT_MAX_CHARACTERS }]);
    await context.close();
  });

  it('a citizen switches the QR page to English, rates, and the rating is stored', async () => {
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA, employeeId: org.people.staffA.id });
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${stack.url}/r/${link.token}`);
    // Bahasa Indonesia first, whatever the browser's locale.
    await page.getByRole('heading', { name: 'Survei Kepuasan Layanan' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('id');
    await page.getByRole('button', { name: 'English: show this page in English' }).click();
    await page.getByRole('heading', { name: 'Service Satisfaction Survey' }).waitFor();
    expect(await page.evaluate("[document.documentElement.lang, localStorage.getItem('k360.lang'), document.title]")).toEqual([
      'en',
      'en',
      'Service Satisfaction Survey — Kinerja360',
    ]);
    await page.getByText('Staff: Staf Sukamiskin').waitFor();
    // Official IKM element names stay Indonesian, with the English gloss; the questions are in English.
    await page.getByText('1. Persyaratan (Requirements)', { exact: true }).waitFor();
    await page.getByText('How easy is the service procedure?').waitFor();
    expect(await page.getByText('Bagaimana kemudahan prosedur pelayanan?').count()).toBe(0);
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.getByRole('alert').getByText('Please answer question 1 (Persyaratan (Requirements)).').waitFor();
    const groups = page.locator('fieldset');
    expect(await groups.count()).toBe(9);
    for (let i = 0; i < 9; i++)
      await groups
        .nth(i)
        .getByRole('radio', { name: i === 2 ? 'Fair' : 'Very good', exact: true })
        .check();
    await page.getByLabel('Suggestions or comments (optional)').fill('Friendly staff, short queue.');
    await page.getByText('About you (optional, no name)').click();
    await page.getByLabel('Education').selectOption({ label: 'Bachelor’s degree (D4/S1)' });
    await page.screenshot({ path: resolve(ARTIFACTS, 'qr-page-phone-en.png'), fullPage: true });
    await page.getByRole('button', { name: 'Send rating' }).click();
    await page.getByRole('heading', { name: 'Thank you!' }).waitFor();
    await page.getByRole('status').getByText('We have received your rating.').waitFor();
    const { rows } = await db.query(
      `SELECT kind, channel, employee_id, u1, u3, u9, comment, respondent FROM public_rating WHERE source_id = $1`,
      [link.id],
    );
    expect(rows).toEqual([
      {
        kind: 'IKM',
        channel: 'LINK',
        employee_id: org.people.staffA.id,
        u1: 4,
        u3: 2,
        u9: 4,
        comment: 'Friendly staff, short queue.',
        respondent: { education: 'D4_S1' },
      },
    ]);
    // The choice is remembered: the next link opens in English; switching back works and is remembered too.
    await page.goto(`${stack.url}/r/${link.token}`);
    await page.getByRole('heading', { name: 'Service Satisfaction Survey' }).waitFor();
    await page.getByRole('button', { name: 'Bahasa Indonesia: tampilkan halaman dalam Bahasa Indonesia' }).click();
    await page.getByRole('heading', { name: 'Survei Kepuasan Layanan' }).waitFor();
    expect(await page.evaluate("[document.documentElement.lang, localStorage.getItem('k360.lang')]")).toEqual(['id', 'id']);
    await context.close();
  });

  it('?lang=en in the address opens the QR page in English, also for its error messages', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${stack.url}/r/bukan-tautan-yang-benar?lang=en`);
    await page.getByRole('alert').getByText('This rating link is not valid. Please check your QR code.').waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    // Switching translates the message already on screen.
    await page.getByRole('button', { name: /^Bahasa Indonesia/ }).click();
    await page.getByRole('alert').getByText('Tautan penilaian tidak valid').waitFor();
    await context.close();
  });

  it('the QR page explains a used ticket and an invalid link', async () => {
    const ticket = (
      await ok(
        stack,
        `mutation($i: IssueServiceTicketInput!) { issueServiceTicket(input: $i) { token } }`,
        { i: { servicePointId: org.servicePointA } },
        org.admin.token,
      )
    ).issueServiceTicket;
    await ok(stack, `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
      i: { token: ticket.token, idempotencyKey: 'ticket-used-once', kind: 'QUICK', score: 4 },
    });
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${stack.url}/t/${ticket.token}`);
    await page.getByRole('alert').getByText('Tiket ini sudah dipakai').waitFor();
    await page.goto(`${stack.url}/r/bukan-tautan-yang-benar`);
    await page.getByRole('alert').getByText('Tautan penilaian tidak valid').waitFor();
    await page.close();
  });

  it('a kiosk with the network cut takes 3 ratings, survives a reload, and sends exactly 3 when the network returns', async () => {
    const kiosk = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id deviceToken } }`,
        { i: { servicePointId: org.servicePointA, name: 'Kios Uji Luring' } },
        org.admin.token,
      )
    ).registerKiosk;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    // Paired with a short code, as an admin would do it at the counter.
    const { code } = (
      await ok(stack, `mutation($k: ID!) { createKioskPairingCode(kioskId: $k) { code } }`, { k: kiosk.id }, org.admin.token)
    ).createKioskPairingCode;
    expect(code).toMatch(/^\d{6}$/);
    await page.goto(`${stack.url}/kiosk`);
    await page.getByLabel('Kode pemasangan').fill('000000' === code ? '111111' : '000000');
    await page.getByRole('button', { name: 'Pasangkan' }).click();
    await page.getByRole('alert').getByText('Kode pemasangan salah').waitFor();
    await page.getByLabel('Kode pemasangan').fill(code);
    await page.getByRole('button', { name: 'Pasangkan' }).click();
    await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
    await page.getByLabel('Petugas yang bertugas:').selectOption({ label: 'Staf Sukamiskin' });
    // The service worker must have the page and its assets before the network goes.
    await page.evaluate('navigator.serviceWorker.ready.then(() => true)');
    await page.screenshot({ path: resolve(ARTIFACTS, 'kiosk-tablet.png') });

    // The network cut: offline emulation (navigator.onLine, the reload served by the service worker)
    // and request interception, so no rating reaches the gateway over a connection Chromium kept open.
    await context.setOffline(true);
    const cut = (route: Route) => route.abort('internetdisconnected');
    await context.route('**/graphql', cut);
    for (const face of ['Sangat baik', 'Baik', 'Kurang baik']) {
      await page.getByRole('button', { name: face, exact: true }).click();
      await page.getByRole('button', { name: 'Selesai' }).click();
    }
    await page.getByTestId('waiting').filter({ hasText: '3' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
    await page.getByTestId('waiting').filter({ hasText: '3' }).waitFor();
    const before = await db.query(`SELECT count(*)::int AS n FROM public_rating WHERE source_id = $1`, [kiosk.id]);
    expect(before.rows[0].n).toBe(0);

    await context.unroute('**/graphql');
    await context.setOffline(false);
    await page.getByTestId('waiting').filter({ hasText: /^0$/ }).waitFor({ timeout: 20_000 });
    const { rows } = await db.query(`SELECT score, employee_id FROM public_rating WHERE source_id = $1 ORDER BY submitted_at`, [kiosk.id]);
    expect(rows).toEqual([
      { score: 4, employee_id: org.people.staffA.id },
      { score: 3, employee_id: org.people.staffA.id },
      { score: 2, employee_id: org.people.staffA.id },
    ]);
    await context.close();
  });

  it('the kiosk shows English after switching, keeps it after a reload, and stores the rating', async () => {
    const kiosk = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id } }`,
        { i: { servicePointId: org.servicePointA, name: 'Kios Uji Bahasa' } },
        org.admin.token,
      )
    ).registerKiosk;
    const { code } = (
      await ok(stack, `mutation($k: ID!) { createKioskPairingCode(kioskId: $k) { code } }`, { k: kiosk.id }, org.admin.token)
    ).createKioskPairingCode;
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${stack.url}/kiosk`);
    await page.getByRole('heading', { name: 'Pasangkan kios ini' }).waitFor();
    await page.getByRole('button', { name: 'English: show this page in English' }).click();
    await page.getByRole('heading', { name: 'Pair this kiosk' }).waitFor();
    await page.getByLabel('Pairing code').fill('000000' === code ? '111111' : '000000');
    await page.getByRole('button', { name: 'Pair', exact: true }).click();
    await page.getByRole('alert').getByText('The pairing code is wrong, already used, or expired.').waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Pair this kiosk' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('en');
    await page.getByLabel('Pairing code').fill(code);
    await page.getByRole('button', { name: 'Pair', exact: true }).click();
    await page.getByRole('heading', { name: 'How was our service today?' }).waitFor();
    await page.getByLabel('Staff on duty:').selectOption({ label: 'Staf Sukamiskin' });
    await page.getByRole('status').getByText('Online · Waiting to be sent:').waitFor();
    await page.getByRole('button', { name: 'Very good', exact: true }).click();
    await page.getByRole('heading', { name: 'Thank you for your rating!' }).waitFor();
    await page.getByRole('button', { name: 'Fill in the full survey' }).click();
    await page.getByText('Question 1 of 9 · Persyaratan (Requirements)').waitFor();
    await page.getByRole('heading', { name: 'How well do the requirements fit the service?' }).waitFor();
    for (let i = 0; i < 9; i++) {
      await page.getByText(`Question ${i + 1} of 9`).waitFor();
      await page.getByRole('button', { name: 'Good', exact: true }).click();
    }
    await page.getByRole('heading', { name: 'Thank you for your rating!' }).waitFor();
    await page.getByRole('button', { name: 'Done', exact: true }).click();
    await page.reload();
    await page.getByRole('heading', { name: 'How was our service today?' }).waitFor();
    await page.getByTestId('waiting').filter({ hasText: /^0$/ }).waitFor({ timeout: 20_000 });
    const { rows } = await db.query(
      `SELECT kind, score, u1, u9, employee_id FROM public_rating WHERE source_id = $1 ORDER BY kind::text DESC`,
      [kiosk.id],
    );
    expect(rows).toEqual([
      { kind: 'QUICK', score: 4, u1: null, u9: null, employee_id: org.people.staffA.id },
      { kind: 'IKM', score: null, u1: 3, u9: 3, employee_id: org.people.staffA.id },
    ]);
    await context.close();
  });
});
