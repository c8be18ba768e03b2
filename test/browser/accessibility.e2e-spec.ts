import { Client } from 'pg';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { expectNoSeriousViolations, formatViolations } from '../support/a11y';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { EARLIER_QUARTER, insertRatings, quarter, recomputeAndWait, WORKED_EXAMPLE } from '../support/scoring-fixtures';
import { assignStaff, createPeriod, createRatingLink, ok, openRound, smallOrganisation } from '../support/org-fixtures';

type Lang = 'id' | 'en';
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 900 };

/** Every page in Bahasa Indonesia on a 360 px phone and a 1280 px screen, and once in English (phone). */
const RUNS: Array<{ name: string; viewport: { width: number; height: number }; lang: Lang }> = [
  { name: '360 px phone, Bahasa Indonesia', viewport: PHONE, lang: 'id' },
  { name: '1280 px screen, Bahasa Indonesia', viewport: DESKTOP, lang: 'id' },
  { name: '360 px phone, English', viewport: PHONE, lang: 'en' },
];

/** The words the test clicks on, in both languages (the pages' own texts). */
const W = {
  id: {
    qrHeading: 'Survei Kepuasan Layanan',
    send: 'Kirim penilaian',
    thanks: 'Terima kasih!',
    missing: 'Mohon jawab pertanyaan 1',
    invalid: 'Tautan penilaian tidak valid',
    pairHeading: 'Pasangkan kios ini',
    pairCode: 'Kode pemasangan',
    pair: 'Pasangkan',
    howWasIt: 'Bagaimana pelayanan kami hari ini?',
    officer: 'Petugas yang bertugas:',
    veryGood: 'Sangat baik',
    kioskThanks: 'Terima kasih atas penilaian Anda!',
    fullSurvey: 'Isi survei lengkap',
    question1: 'Pertanyaan 1 dari 9',
    signInHeading: 'Masuk ke Kinerja360',
    nip: 'NIP',
    password: 'Kata sandi',
    signIn: 'Masuk',
    signOut: 'Keluar',
    bell: 'Pemberitahuan',
    wrongPassword: 'NIP atau kata sandi salah',
    tabWaiting: 'Menunggu penilaian saya',
    tabTeam: 'Tim saya',
    tabMine: 'Putaran & hasil saya',
    tabAdmin: 'Administrasi',
    review: 'Nilai Staf Sukamiskin',
    sendReview: 'Kirim penilaian',
    pendingHeading: 'Usulan rekan penilai menunggu persetujuan Anda',
    closeRoundOf: 'Tutup putaran Staf Sukamiskin',
    peersHeading: 'Rekan kerja penilai',
    nothingWaiting: 'Tidak ada penilaian yang menunggu Anda.',
    noRounds: 'Anda belum memiliki putaran penilaian.',
    adminHeading: 'Administrasi titik layanan',
    adminMenu: 'Menu administrasi',
    kioskSection: 'Titik layanan & kios',
    servicePoint: 'Titik layanan',
    kiosks: 'Kios penilaian',
    links: 'Tautan penilaian & kode QR',
    pairingFor: 'Buat kode pemasangan untuk Tablet Aksesibilitas',
    pairingPanel: 'Kode pemasangan untuk Tablet Aksesibilitas',
    revokeKiosk: 'Cabut kios Tablet Aksesibilitas',
    qrAlt: 'Kode QR tautan penilaian Staf Sukamiskin',
    latest: /^Periode /,
    empty: 'Belum ada penilaian untuk titik layanan ini',
    held: 'Penilaian ditahan',
    heldSelectAll: 'Pilih semua',
    heldRelease: 'Hitung',
    noHeld: 'Tidak ada penilaian yang ditahan.',
    retry: 'Coba lagi',
    tabDesk: 'Loket',
    deskHeading: 'Loket layanan',
    issueTicket: 'Terbitkan tiket antrean',
    slip: 'Slip antrean',
    completeFirst: /^Selesai: tiket nomor /,
    ticketCompleted: /^Layanan tiket nomor \d+ selesai pukul/,
  },
  en: {
    qrHeading: 'Service Satisfaction Survey',
    send: 'Send rating',
    thanks: 'Thank you!',
    missing: 'Please answer question 1',
    invalid: 'This rating link is not valid.',
    pairHeading: 'Pair this kiosk',
    pairCode: 'Pairing code',
    pair: 'Pair',
    howWasIt: 'How was our service today?',
    officer: 'Staff on duty:',
    veryGood: 'Very good',
    kioskThanks: 'Thank you for your rating!',
    fullSurvey: 'Fill in the full survey',
    question1: 'Question 1 of 9',
    signInHeading: 'Sign in to Kinerja360',
    nip: 'NIP (employee number)',
    password: 'Password',
    signIn: 'Sign in',
    signOut: 'Sign out',
    bell: 'Notifications',
    wrongPassword: 'Wrong NIP or password.',
    tabWaiting: 'Reviews waiting for me',
    tabTeam: 'My team',
    tabMine: 'My rounds & results',
    tabAdmin: 'Administration',
    review: 'Review Staf Sukamiskin',
    sendReview: 'Send review',
    pendingHeading: 'Peer nominations waiting for your approval',
    closeRoundOf: 'Close round of Staf Sukamiskin',
    peersHeading: 'Peer reviewers',
    nothingWaiting: 'No reviews are waiting for you.',
    noRounds: 'You have no evaluation rounds yet.',
    adminHeading: 'Service point administration',
    adminMenu: 'Administration menu',
    kioskSection: 'Service points & kiosks',
    servicePoint: 'Service point',
    kiosks: 'Rating kiosks',
    links: 'Rating links & QR codes',
    pairingFor: 'Create pairing code for Tablet Aksesibilitas',
    pairingPanel: 'Pairing code for Tablet Aksesibilitas',
    revokeKiosk: 'Revoke kiosk Tablet Aksesibilitas',
    qrAlt: 'QR code of the rating link for Staf Sukamiskin',
    latest: /^Period /,
    empty: 'This service point has no ratings yet',
    held: 'Held ratings',
    heldSelectAll: 'Select all',
    heldRelease: 'Count',
    noHeld: 'No ratings are held.',
    retry: 'Try again',
    tabDesk: 'Service desk',
    deskHeading: 'Service desk',
    issueTicket: 'Issue a queue ticket',
    slip: 'Queue slip',
    completeFirst: /^Done: ticket number /,
    ticketCompleted: /^Service of ticket number \d+ completed at/,
  },
} satisfies Record<Lang, Record<string, string | RegExp>>;

/**
 * Accessibility of every page (axe-core, WCAG 2.0/2.1 A and AA): a serious or critical violation
 * fails the test with its rule, impact, selectors and axe's summary. Plus keyboard use of the QR
 * page: Tab reaches every answer group and the submit button, each with a visible focus indicator.
 */
describe('accessibility of the pages (axe-core, WCAG 2.1 AA) in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let emptyPoint: string;
  let kioskId: string;
  const contexts: BrowserContext[] = [];

  async function open(run: (typeof RUNS)[number]): Promise<Page> {
    const context = await browser.newContext({ viewport: run.viewport, locale: run.lang === 'en' ? 'en-GB' : 'id-ID' });
    contexts.push(context);
    // Bahasa Indonesia is the default; English as a visitor who chose it earlier (remembered by the pages).
    if (run.lang === 'en') await context.addInitScript("localStorage.setItem('k360.lang', 'en')");
    return context.newPage();
  }

  /** Checks the page as it is now; minor and moderate findings are logged, not failed. */
  async function check(page: Page, run: (typeof RUNS)[number], what: string): Promise<void> {
    expect(await page.evaluate('document.documentElement.lang')).toBe(run.lang);
    // Reflow (WCAG 1.4.10): nothing wider than the phone; a wide table scrolls in its own region.
    const width = (await page.evaluate('document.documentElement.scrollWidth')) as number;
    if (width > run.viewport.width)
      throw new Error(`${what} (${run.name}) is ${width} px wide: wider than the ${run.viewport.width} px screen`);
    const all = await expectNoSeriousViolations(page, `${what} (${run.name})`);
    if (all.length) console.warn(`Minor accessibility findings on ${what} (${run.name}):\n${formatViolations(all)}`);
  }

  async function signIn(page: Page, lang: Lang, nip: string, password: string): Promise<void> {
    const w = W[lang];
    await page.goto(`${stack.url}/app`);
    await page.getByLabel(w.nip, { exact: true }).fill(nip);
    await page.getByLabel(w.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: w.signIn, exact: true }).click();
    await page.getByRole('button', { name: w.signOut }).waitFor();
  }

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis', env: { PUBLIC_RATE_LIMIT: '0' } });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Aksesibilitas');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);

    // The public IKM page: two quarters of ratings (inserted as stored rows), aggregated by the worker.
    const [{ agency_id: agencyId }] = (await db.query(`SELECT agency_id FROM service_point WHERE id = $1`, [org.servicePointA])).rows;
    const q2 = await createPeriod(stack, org.admin.token, quarter(2026, 2));
    const q3 = await createPeriod(stack, org.admin.token, quarter(2026, 3));
    await insertRatings(db, { agencyId, servicePointId: org.servicePointA, submittedAt: '2026-05-10T03:00:00Z' }, EARLIER_QUARTER);
    await insertRatings(
      db,
      { agencyId, servicePointId: org.servicePointA, submittedAt: '2026-08-15T03:00:00Z' },
      WORKED_EXAMPLE.slice(0, 3),
    );
    await recomputeAndWait(stack, db, org.admin.token, [q2, q3], org.servicePointA);
    emptyPoint = (
      await ok(
        stack,
        `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
        { i: { name: 'Loket Pengaduan', unitId: org.units.kelB } },
        org.admin.token,
      )
    ).createServicePoint.id;

    // Staff pages: the supervisor has a review to write, a round to close and a nomination to
    // decide; the supervisor's own round (opened by the camat) has the peer nomination form.
    const q4 = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan IV 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
    const staffRound = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, q4);
    await openRound(stack, org.tokens.camat, org.people.lurahA.id, q4);
    await ok(
      stack,
      `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id state } }`,
      { i: { roundId: staffRound, reviewerId: org.people.lurahB.id, relation: 'PEER' } },
      org.tokens.staffA,
    );

    // The Administrasi tab: one kiosk and one rating link for an officer.
    kioskId = (
      await ok(
        stack,
        `mutation($i: RegisterKioskInput!) { registerKiosk(input: $i) { id } }`,
        { i: { servicePointId: org.servicePointA, name: 'Tablet Aksesibilitas' } },
        org.admin.token,
      )
    ).registerKiosk.id;
    const heldLink = await createRatingLink(stack, org.admin.token, {
      servicePointId: org.servicePointA,
      employeeId: org.people.staffA.id,
    });
    // Two held repeats of one client through that link (stored rows: with PUBLIC_RATE_LIMIT=0 nothing is held at intake).
    await db.query(
      `INSERT INTO public_rating_held (id, agency_id, service_point_id, employee_id, channel, source_id, kind, u1, u2, u3, u4, u5, u6, u7, u8, u9,
                                       score, comment, submitted_at, reason, client_tag)
       VALUES (gen_random_uuid(), $1, $2, $3, 'LINK', $4, 'IKM', 1, 1, 1, 1, 1, 1, 1, 1, 1, NULL, 'Pelayanan sangat lambat', now() - interval '5 minutes', 'CLIENT_REPEAT', 'Zx9aB3cD4eF5gH6i'),
              (gen_random_uuid(), $1, $2, $3, 'LINK', $4, 'QUICK', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
               1, NULL, now() - interval '4 minutes', 'CLIENT_REPEAT', 'Zx9aB3cD4eF5gH6i')`,
      [agencyId, org.servicePointA, org.people.staffA.id, heldLink.id],
    );
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((c) => c.close()));
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  describe.each(RUNS)('$name', (run) => {
    const w = W[run.lang];

    it('the QR page: the form, an unanswered question, the thank-you state and an invalid link', async () => {
      const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA, employeeId: org.people.staffA.id });
      const page = await open(run);
      await page.goto(`${stack.url}/r/${link.token}`);
      await page.getByRole('heading', { name: w.qrHeading }).waitFor();
      await page.locator('fieldset').nth(8).waitFor();
      await check(page, run, 'the QR page (form)');

      await page.getByRole('button', { name: w.send }).click();
      await page.getByRole('alert').getByText(w.missing).waitFor();
      await check(page, run, 'the QR page (an unanswered question)');

      const groups = page.locator('fieldset');
      for (let i = 0; i < 9; i++) await groups.nth(i).getByRole('radio').first().check();
      await page.locator('details summary').click();
      await page.getByRole('button', { name: w.send }).click();
      await page.getByRole('heading', { name: w.thanks }).waitFor();
      await check(page, run, 'the QR page (thank-you)');

      await page.goto(`${stack.url}/r/bukan-tautan-yang-benar`);
      await page.getByRole('alert').getByText(w.invalid).waitFor();
      await check(page, run, 'the QR page (invalid link)');
    });

    it('the kiosk: pairing, the four faces, the thank-you screen and a survey question', async () => {
      const { code } = (
        await ok(stack, `mutation($k: ID!) { createKioskPairingCode(kioskId: $k) { code } }`, { k: kioskId }, org.admin.token)
      ).createKioskPairingCode;
      const page = await open(run);
      await page.goto(`${stack.url}/kiosk`);
      await page.getByRole('heading', { name: w.pairHeading }).waitFor();
      await check(page, run, 'the kiosk (pairing)');

      await page.getByLabel(w.pairCode).fill(code);
      await page.getByRole('button', { name: w.pair, exact: true }).click();
      await page.getByRole('heading', { name: w.howWasIt }).waitFor();
      await page.getByLabel(w.officer).selectOption({ label: 'Staf Sukamiskin' });
      await check(page, run, 'the kiosk (four faces)');

      await page.getByRole('button', { name: w.veryGood, exact: true }).click();
      await page.getByRole('heading', { name: w.kioskThanks }).waitFor();
      await check(page, run, 'the kiosk (thank-you)');

      await page.getByRole('button', { name: w.fullSurvey }).click();
      await page.getByText(w.question1).waitFor();
      await check(page, run, 'the kiosk (survey question 1)');
    });

    it('the staff login, and each tab of a supervisor (with the review form and closing a round)', async () => {
      const page = await open(run);
      await page.goto(`${stack.url}/app`);
      await page.getByRole('heading', { name: w.signInHeading }).waitFor();
      await check(page, run, 'the staff login');
      await page.getByLabel(w.nip, { exact: true }).fill(org.people.lurahA.nip);
      await page.getByLabel(w.password, { exact: true }).fill('salah-sekali-1');
      await page.getByRole('button', { name: w.signIn, exact: true }).click();
      await page.getByRole('alert').getByText(w.wrongPassword).waitFor();
      await check(page, run, 'the staff login (wrong password)');

      await signIn(page, run.lang, org.people.lurahA.nip, org.password);
      const menu = page.getByRole('navigation', { name: 'Menu' });
      await page.getByRole('button', { name: w.review }).waitFor();
      await check(page, run, `the supervisor's "${w.tabWaiting}" tab`);
      // The notification bell (issue 14): its list open, then closed by Escape.
      await page.getByRole('button', { name: new RegExp(`^${w.bell}, \\d+ `) }).click();
      await page.getByRole('region', { name: w.bell }).getByRole('heading', { name: w.bell }).waitFor();
      await check(page, run, 'the notification list (open)');
      await page.keyboard.press('Escape');
      await page.getByRole('region', { name: w.bell }).waitFor({ state: 'detached' });
      await page.getByRole('button', { name: w.review }).click();
      await page.locator('fieldset').nth(6).waitFor();
      await check(page, run, 'the BerAKHLAK review form');

      await menu.getByRole('link', { name: w.tabTeam }).click();
      await page.getByRole('heading', { name: w.pendingHeading }).waitFor();
      await page.getByRole('rowheader', { name: 'Staf Sukamiskin' }).waitFor();
      await check(page, run, `the supervisor's "${w.tabTeam}" tab`);
      await page.getByRole('button', { name: w.closeRoundOf }).click();
      await page.getByRole('combobox').last().waitFor();
      await check(page, run, `the supervisor's "${w.tabTeam}" tab (closing a round)`);

      await menu.getByRole('link', { name: w.tabMine }).click();
      await page.getByRole('heading', { name: w.peersHeading }).waitFor();
      await check(page, run, `the supervisor's "${w.tabMine}" tab`);
    });

    it('the service desk of a counter officer: a ticket issued with its slip, and one marked complete (issue 14)', async () => {
      const page = await open(run);
      await signIn(page, run.lang, org.people.staffA.nip, org.password);
      await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: w.tabDesk, exact: true }).click();
      await page.getByRole('heading', { name: w.deskHeading, exact: true }).waitFor();
      await check(page, run, `the officer's "${w.tabDesk}" tab`);
      await page.getByRole('button', { name: w.issueTicket }).click();
      await page.getByRole('region', { name: w.slip }).getByRole('img').waitFor();
      await check(page, run, `the officer's "${w.tabDesk}" tab (a slip)`);
      await page.getByRole('button', { name: w.completeFirst }).first().click();
      await page.getByRole('status').getByText(w.ticketCompleted).waitFor();
      await check(page, run, `the officer's "${w.tabDesk}" tab (a service completed)`);
    });

    it('each tab of an ADMIN, with the Administrasi tab showing a kiosk, its pairing code, a link and held ratings', async () => {
      const page = await open(run);
      await signIn(page, run.lang, org.admin.nip, org.admin.password);
      const menu = page.getByRole('navigation', { name: 'Menu' });
      await page.getByText(w.nothingWaiting).waitFor();
      await check(page, run, `the ADMIN's "${w.tabWaiting}" tab`);
      await menu.getByRole('link', { name: w.tabTeam }).click();
      await page.getByRole('rowheader', { name: 'Staf Sukamiskin' }).waitFor();
      await check(page, run, `the ADMIN's "${w.tabTeam}" tab`);
      await menu.getByRole('link', { name: w.tabMine }).click();
      await page.getByText(w.noRounds).waitFor();
      await check(page, run, `the ADMIN's "${w.tabMine}" tab`);

      await menu.getByRole('link', { name: w.tabAdmin, exact: true }).click();
      await page.getByRole('navigation', { name: w.adminMenu }).getByRole('link', { name: w.kioskSection }).click();
      await page.getByRole('heading', { name: w.adminHeading }).waitFor();
      await page.getByLabel(w.servicePoint, { exact: true }).selectOption({ label: 'Loket Adminduk · Kelurahan Sukamiskin' });
      const kiosks = page.getByRole('region', { name: w.kiosks });
      const links = page.getByRole('region', { name: w.links });
      const held = page.getByRole('region', { name: w.held });
      await kiosks.getByRole('listitem').filter({ hasText: 'Tablet Aksesibilitas' }).waitFor();
      await held.getByRole('listitem').nth(1).waitFor();
      // The QR images load lazily: scroll the first into view and wait until it is drawn.
      await links.getByRole('img', { name: w.qrAlt }).first().scrollIntoViewIfNeeded();
      // A function, not a string: a string predicate is re-evaluated with eval() in the page, which
      // the pages' Content-Security-Policy (no 'unsafe-eval') refuses once it has to poll.
      await page.waitForFunction(() =>
        [...(globalThis as unknown as { document: { images: Iterable<{ complete: boolean; naturalWidth: number }> } }).document.images].some(
          (i) => i.complete && i.naturalWidth > 0,
        ),
      );
      await check(page, run, `the ADMIN's "${w.tabAdmin}" tab`);

      await kiosks.getByRole('button', { name: w.pairingFor }).click();
      await kiosks.getByRole('region', { name: w.pairingPanel }).waitFor();
      await check(page, run, `the ADMIN's "${w.tabAdmin}" tab (pairing code)`);

      await kiosks.getByRole('button', { name: w.revokeKiosk }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, run, `the ADMIN's "${w.tabAdmin}" tab (revoke confirmation)`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // Held ratings: all selected, and the confirmation (cancelled: the rows stay for the other runs).
      await held.getByLabel(w.heldSelectAll).check();
      await held.getByRole('button', { name: w.heldRelease, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, run, `the ADMIN's "${w.tabAdmin}" tab (held ratings, count confirmation)`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      // Another point: its held list loading, failing, then empty.
      let asked!: () => void;
      let answer!: () => void;
      let once = true;
      const requested = new Promise<void>((r) => (asked = r));
      const answered = new Promise<void>((r) => (answer = r));
      await page.route('**/graphql', async (route) => {
        const body = route.request().postData() ?? '';
        if (!(once && body.includes('heldRatings') && body.includes(emptyPoint))) return route.continue();
        once = false;
        asked();
        await answered;
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'Koneksi basis data terputus', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
        });
      });
      await page.getByLabel(w.servicePoint, { exact: true }).selectOption({ label: 'Loket Pengaduan · Kelurahan Cisaranten Kulon' });
      await requested;
      await held.locator('[aria-busy="true"]').first().waitFor();
      await check(page, run, `the ADMIN's "${w.tabAdmin}" tab (held ratings loading)`);
      answer();
      await held.getByRole('alert').waitFor();
      await check(page, run, `the ADMIN's "${w.tabAdmin}" tab (held ratings failed)`);
      await held.getByRole('button', { name: w.retry }).click();
      await held.getByText(w.noHeld).waitFor();
      await check(page, run, `the ADMIN's "${w.tabAdmin}" tab (no held ratings)`);
      await page.unroute('**/graphql');
    });

    it('the public IKM page with results, and its empty state', async () => {
      const page = await open(run);
      await page.goto(`${stack.url}/ikm/${org.servicePointA}`);
      await page.getByRole('heading', { level: 2, name: w.latest }).first().waitFor();
      await page.locator('ul.bars li').nth(8).waitFor();
      await check(page, run, 'the public IKM page (results)');

      await page.goto(`${stack.url}/ikm/${emptyPoint}`);
      await page.getByRole('status').getByText(w.empty).waitFor();
      await check(page, run, 'the public IKM page (empty)');
    });

    it('the evaluation cycle pages of an ADMIN (periods, rounds, instrument & policy, audit log, failed jobs): axe, keyboard, reflow (issue 14)', async () => {
      const words = {
        id: {
          sections: ['Periode', 'Putaran penilaian', 'Instrumen & kebijakan', 'Log audit', 'Pekerjaan gagal'],
          headings: ['Periode penilaian', 'Putaran penilaian', 'Instrumen & kebijakan penilaian', 'Log audit', 'Pekerjaan gagal'],
          createPeriod: 'Buat periode',
          missing: 'Isi nama, tanggal mulai dan tanggal selesai.',
          publish: 'Terbitkan kebijakan',
          noJobs: 'Tidak ada pekerjaan yang gagal.',
        },
        en: {
          sections: ['Periods', 'Evaluation rounds', 'Instrument & policy', 'Audit log', 'Failed jobs'],
          headings: ['Evaluation periods', 'Evaluation rounds', 'Instrument & scoring policy', 'Audit log', 'Failed jobs'],
          createPeriod: 'Create period',
          missing: 'Fill in the name, start date and end date.',
          publish: 'Publish policy',
          noJobs: 'There are no failed jobs.',
        },
      }[run.lang];
      /** Tab from the top reaches every enabled, visible control of the page's main area. */
      async function keyboardReachesAll(page: Page, what: string): Promise<void> {
        const keys = (await page.evaluate(
          `[...document.querySelectorAll('main input, main select, main textarea, main button, main summary, main [tabindex="0"]')]
            .filter((e) => !e.disabled && e.getClientRects().length > 0)
            .filter((e) => { const d = e.closest('details:not([open])'); return !d || (e.tagName === 'SUMMARY' && e.parentElement === d); })
            .map((e, i) => (e.dataset.k360Key = String(i)))`,
        )) as string[];
        await page.evaluate('document.activeElement && document.activeElement.blur()');
        const reached = new Set<string>();
        for (let i = 0; i < keys.length + 40 && reached.size < keys.length; i++) {
          await page.keyboard.press('Tab');
          const key = (await page.evaluate('document.activeElement?.dataset?.k360Key ?? null')) as string | null;
          if (key !== null) reached.add(key);
        }
        const missed = keys.filter((k) => !reached.has(k));
        if (missed.length)
          throw new Error(
            `${what} (${run.name}): Tab never reaches ${JSON.stringify(
              await page.evaluate(
                `${JSON.stringify(missed)}.map((k) => document.querySelector('[data-k360-key="' + k + '"]').outerHTML.slice(0, 120))`,
              ),
            )}`,
          );
      }

      const page = await open(run);
      await signIn(page, run.lang, org.admin.nip, org.admin.password);
      await page.getByRole('navigation', { name: 'Menu', exact: true }).getByRole('link', { name: w.tabAdmin, exact: true }).click();
      const sub = page.getByRole('navigation', { name: run.lang === 'en' ? 'Administration menu' : 'Menu administrasi' });
      const section = async (i: number) => {
        await sub.getByRole('link', { name: words.sections[i], exact: true }).click();
        await page.getByRole('heading', { level: 2, name: words.headings[i], exact: true }).waitFor();
      };

      await section(0);
      await page.getByRole('rowheader', { name: 'Triwulan IV 2026' }).waitFor();
      await check(page, run, 'the periods page');
      await keyboardReachesAll(page, 'the periods page');
      await page.getByRole('button', { name: words.createPeriod, exact: true }).click();
      await page.getByRole('alert').getByText(words.missing).waitFor();
      await check(page, run, 'the periods page (a missing field)');

      await section(1);
      const periodSelect = page.locator('#rounds-period');
      await periodSelect.selectOption({ label: (await periodSelect.locator('option', { hasText: 'Triwulan IV 2026' }).textContent())! });
      await page.getByRole('rowheader', { name: /Staf Sukamiskin/ }).waitFor();
      await check(page, run, 'the rounds page');
      await keyboardReachesAll(page, 'the rounds page');

      await section(2);
      await page.locator('#policy-reason').waitFor();
      await check(page, run, 'the instrument & policy page');
      await keyboardReachesAll(page, 'the instrument & policy page');
      await page.locator('main details summary').first().click();
      await page.locator('#item-6-anchor-4').waitFor();
      await check(page, run, 'the instrument & policy page (editing the instrument)');
      await keyboardReachesAll(page, 'the instrument & policy page (editing the instrument)');
      await page.getByRole('button', { name: words.publish, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, run, 'the instrument & policy page (publish confirmation)');
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });

      await section(3);
      await page.locator('table.audit tbody tr').first().waitFor();
      await check(page, run, 'the audit log');
      await keyboardReachesAll(page, 'the audit log');

      await section(4);
      await page.getByText(words.noJobs).waitFor();
      await check(page, run, 'the failed jobs page (empty)');
      await keyboardReachesAll(page, 'the failed jobs page');
    });
  });

  /** Tabs through the page (at most `max` stops) and answers the accessible names that got the focus. */
  async function tabStops(page: Page, max = 120): Promise<string[]> {
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    const names: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      names.push(
        (await page.evaluate(
          `(() => { const el = document.activeElement; return el ? (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || '').trim() : ''; })()`,
        )) as string,
      );
    }
    return names;
  }

  it('the organisation pages of an ADMIN: unit tree, employees, CSV import and service point setup (issue 14)', async () => {
    const words = {
      id: {
        units: 'Unit kerja',
        employees: 'Pegawai',
        import: 'Impor pegawai (CSV)',
        setup: 'Titik layanan',
        tree: 'Struktur unit',
        chosen: 'Unit terpilih: Kecamatan Arcamanik',
        archive: 'Arsipkan unit',
        addUnit: 'Tambah unit',
        edit: 'Ubah Staf Sukamiskin',
        editing: 'Ubah pegawai: Staf Sukamiskin',
        save: 'Simpan perubahan',
        csv: 'Isi CSV',
        check: 'Periksa semua baris',
        bad: /baris bermasalah/,
        setupCreate: 'Buat titik layanan',
        assign: 'Cari petugas baru',
        cancel: 'Batal',
      },
      en: {
        units: 'Units',
        employees: 'Employees',
        import: 'Import employees (CSV)',
        setup: 'Service points',
        tree: 'Unit structure',
        chosen: 'Chosen unit: Kecamatan Arcamanik',
        archive: 'Archive unit',
        addUnit: 'Add unit',
        edit: 'Edit Staf Sukamiskin',
        editing: 'Edit employee: Staf Sukamiskin',
        save: 'Save changes',
        csv: 'CSV text',
        check: 'Check every row',
        bad: /rows have problems/,
        setupCreate: 'Create service point',
        assign: 'Search new officer',
        cancel: 'Cancel',
      },
    };
    for (const run of RUNS) {
      const w = words[run.lang];
      const page = await open(run);
      await signIn(page, run.lang, org.admin.nip, org.admin.password);
      const section = async (label: string) => {
        await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: W[run.lang].tabAdmin, exact: true }).click();
        await page.getByRole('navigation', { name: W[run.lang].adminMenu }).getByRole('link', { name: label, exact: true }).click();
        await page.getByRole('heading', { name: label, level: 2, exact: true }).waitFor();
      };

      // The unit tree, a chosen unit (its forms and history), the archive confirmation.
      await section(w.units);
      const tree = page.getByRole('region', { name: w.tree });
      await tree.getByRole('button', { name: 'Kecamatan Arcamanik', exact: true }).click();
      await page.getByRole('heading', { name: w.chosen }).waitFor();
      await tree.getByRole('button', { name: 'Kelurahan Sukamiskin', exact: true }).waitFor();
      await check(page, run, `the "${w.units}" page`);
      const unitStops = await tabStops(page);
      for (const name of ['Kecamatan Arcamanik', 'Kelurahan Sukamiskin', w.archive, w.addUnit]) expect(unitStops).toContain(name);
      await page.getByRole('button', { name: w.archive, exact: true }).click();
      await page.getByRole('dialog').waitFor();
      await check(page, run, `the "${w.units}" page (archive confirmation)`);
      await page.keyboard.press('Escape');

      // Employees: the list, one opened for editing.
      await section(w.employees);
      await page.getByRole('button', { name: w.edit }).click();
      await page.getByRole('heading', { name: w.editing }).waitFor();
      await check(page, run, `the "${w.employees}" page`);
      expect(await tabStops(page, 80)).toEqual(expect.arrayContaining([w.edit, w.save]));

      // The import: a preview with a bad row.
      await section(w.import);
      await page.getByLabel(w.csv, { exact: true }).fill('NIP;Nama;Jabatan;Unit\n123;X;Staf;Unit Tidak Ada');
      await page.getByRole('button', { name: w.check }).click();
      await page.getByText(w.bad).waitFor();
      await check(page, run, `the "${w.import}" page (a bad row)`);
      expect(await tabStops(page, 45)).toEqual(expect.arrayContaining([w.csv, w.check]));

      // Service point setup: the form and the list with an officer.
      await section(w.setup);
      await page.getByRole('region', { name: 'Loket Adminduk', exact: true }).getByText('Staf Sukamiskin').first().waitFor();
      await check(page, run, `the "${w.setup}" page`);
      expect(await tabStops(page, 60)).toEqual(expect.arrayContaining([w.setupCreate, w.assign]));
      await page.context().close();
    }
    // Three runs of four pages, each checked by axe and tabbed through: longer than one page's test.
  }, 300_000);

  /** The account page and the team page's reviewer controls (issue 14), in their own words. */
  const EXTRAS = {
    id: {
      tabAccount: 'Akun saya',
      passwordHeading: 'Ganti kata sandi',
      current: 'Kata sandi sekarang',
      save: 'Simpan kata sandi baru',
      mismatch: 'Kata sandi baru dan ulangannya tidak sama.',
      manage: 'Atur penilai Lurah Sukamiskin',
      panel: 'Penilai Lurah Sukamiskin',
      subordinate: 'Bawahan Lurah Sukamiskin sebagai penilai',
    },
    en: {
      tabAccount: 'My account',
      passwordHeading: 'Change password',
      current: 'Current password',
      save: 'Save the new password',
      mismatch: 'The new password and its repetition differ.',
      manage: 'Manage the reviewers of Lurah Sukamiskin',
      panel: 'Reviewers of Lurah Sukamiskin',
      subordinate: 'A subordinate of Lurah Sukamiskin as reviewer',
    },
  };

  describe.each(RUNS)('the account page and the reviewer controls, $name', (run) => {
    const w = W[run.lang];
    const x = EXTRAS[run.lang];

    it('the account page (with a mismatch answered) and the team page with a member’s reviewers open', async () => {
      const page = await open(run);
      await signIn(page, run.lang, org.people.camat.nip, org.password);
      const menu = page.getByRole('navigation', { name: 'Menu' });
      await page.getByRole('link', { name: x.tabAccount, exact: true }).click();
      await page.getByRole('heading', { name: x.passwordHeading }).waitFor();
      await check(page, run, `the "${x.tabAccount}" page`);
      await page.getByLabel(x.current).fill(org.password);
      await page.locator('#pw-new').fill('SandiBaru123');
      await page.locator('#pw-confirm').fill('SandiLain123');
      await page.getByRole('button', { name: x.save }).click();
      await page.getByRole('alert').getByText(x.mismatch).waitFor();
      await check(page, run, `the "${x.tabAccount}" page (a mismatch)`);

      await menu.getByRole('link', { name: w.tabTeam }).click();
      await page.getByRole('button', { name: x.manage }).click();
      const panel = page.getByRole('region', { name: x.panel });
      await panel.getByLabel(x.subordinate).waitFor();
      await check(page, run, `the "${w.tabTeam}" tab with the reviewers of a member open`);
    });
  });

  it('the account form and the reviewer controls work by keyboard', async () => {
    const page = await open(RUNS[0]);
    const x = EXTRAS.id;
    await signIn(page, 'id', org.people.camat.nip, org.password);
    /** Tabs until the focused element matches, or fails after `max` stops. */
    const tabTo = async (what: string, max = 60): Promise<void> => {
      for (let i = 0; i < max; i++) {
        await page.keyboard.press('Tab');
        const name = (await page.evaluate(
          `(() => { const el = document.activeElement; if (!el) return ''; return el.getAttribute('aria-label') || (el.labels && el.labels[0] ? el.labels[0].textContent : '') || el.textContent || ''; })()`,
        )) as string;
        if (name.trim() === what) return;
      }
      throw new Error(`Tab never reached "${what}"`);
    };

    await page.goto(`${stack.url}/app/account`);
    await page.getByRole('heading', { name: x.passwordHeading }).waitFor();
    await tabTo(x.current);
    await page.keyboard.type(org.password);
    await tabTo('Kata sandi baru');
    await page.keyboard.type('SandiBaru123');
    await tabTo('Ulangi kata sandi baru');
    await page.keyboard.type('SandiLain123');
    await tabTo(x.save);
    await page.keyboard.press('Enter');
    await page.getByRole('alert').getByText(x.mismatch).waitFor();

    await page.goto(`${stack.url}/app/team`);
    await page.getByRole('button', { name: x.manage }).waitFor();
    await tabTo(x.manage);
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: x.panel }).waitFor();
    await tabTo(x.subordinate);
    await page.keyboard.press('ArrowDown');
    expect(await page.getByLabel(x.subordinate).inputValue()).toBe(org.people.staffA.id);
    await tabTo('Tambahkan penilai bawahan');
    await tabTo('Minta penilaian diri Lurah Sukamiskin');
    await tabTo('Tutup daftar penilai');
    await page.keyboard.press('Enter');
    await page.getByRole('region', { name: x.panel }).waitFor({ state: 'detached' });
  });

  it('the QR page works by keyboard: Tab reaches every answer group and the submit button, focus is visible', async () => {
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: org.servicePointA });
    const page = await open(RUNS[0]);
    await page.goto(`${stack.url}/r/${link.token}`);
    await page.locator('fieldset').nth(8).waitFor();
    const groups = await page.evaluate("[...document.querySelectorAll('fieldset input[type=radio]')].map((r) => r.name)");
    const expected = [...new Set(groups as string[])];
    expect(expected).toHaveLength(9);

    /** What has the focus now, and whether it shows: its own outline / box-shadow, or (a hidden radio) its face's. */
    const FOCUSED = `(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const shown = el.matches('.choice input') ? el.nextElementSibling : el;
      const style = getComputedStyle(shown);
      return {
        tag: el.tagName.toLowerCase(),
        type: el.getAttribute('type'),
        name: el.getAttribute('name'),
        text: (el.textContent || '').trim(),
        focusVisible: el.matches(':focus-visible'),
        outline: style.outlineStyle === 'none' || parseFloat(style.outlineWidth) === 0 ? 'none' : style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
        boxShadow: style.boxShadow,
      };
    })()`;
    type Focused = {
      tag: string;
      type: string | null;
      name: string | null;
      text: string;
      focusVisible: boolean;
      outline: string;
      boxShadow: string;
    };

    const reached = new Set<string>();
    let submit: Focused | null = null;
    const seen: Focused[] = [];
    for (let i = 0; i < 40 && !submit; i++) {
      await page.keyboard.press('Tab');
      const f = (await page.evaluate(FOCUSED)) as Focused | null;
      if (!f) continue;
      seen.push(f);
      // Every stop shows where the focus is.
      expect({ ...f, visible: f.focusVisible && (f.outline !== 'none' || f.boxShadow !== 'none') }).toMatchObject({ visible: true });
      if (f.tag === 'input' && f.type === 'radio' && f.name) reached.add(f.name);
      if (f.tag === 'button' && f.type === 'submit') submit = f;
    }
    expect([...reached]).toEqual(expected);
    expect(submit).toMatchObject({ text: W.id.send });

    // Arrow keys choose within a group, Space on a group's first stop answers it.
    await page.goto(`${stack.url}/r/${link.token}`);
    await page.locator('fieldset').nth(8).waitFor();
    await page.keyboard.press('Tab'); // the language switch
    for (let q = 0; q < 9; q++) {
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
    }
    const answered = await page.evaluate("document.querySelectorAll('fieldset input[type=radio]:checked').length");
    expect(answered).toBe(9);
  });
});
