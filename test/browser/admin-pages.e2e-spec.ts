import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { assignStaff, createRatingLink, ok, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');
const TABLET = { width: 1024, height: 768 };
const PHONE = { width: 360, height: 740 };

describe('administration pages (ADMIN: kiosks, rating links, queue dashboard) in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;

  async function signIn(nip: string, password: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByLabel('NIP').fill(nip);
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    return page;
  }

  async function openAdministration(page: Page): Promise<void> {
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administrasi' }).click();
    // The administration opens on the unit tree; kiosks and links are a section of their own.
    await page.getByRole('navigation', { name: 'Menu administrasi' }).getByRole('link', { name: 'Titik layanan & kios' }).click();
    await page.getByRole('heading', { name: 'Administrasi titik layanan' }).waitFor();
    await page.getByLabel('Titik layanan').selectOption({ label: 'Loket Adminduk · Kelurahan Sukamiskin' });
  }

  /** Waits until the query answers rows equal to `expected` (ratings may be written in small batches). */
  async function eventually(sql: string, params: unknown[], expected: unknown, timeoutMs = 20_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    let rows: unknown[] = [];
    while (Date.now() < until) {
      rows = (await db.query(sql, params)).rows;
      if (JSON.stringify(rows) === JSON.stringify(expected)) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(rows).toEqual(expected);
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    // A single agency: its ADMIN may open the queue dashboard. The public limits are on (the
    // defaults), so a client's repeated ratings through one link are held.
    stack = await startStack({ queue: 'redis', ownDatabase: true });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Administrasi');
    await assignStaff(stack, org.admin.token, org.servicePointA, org.people.staffA.id);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('an ADMIN registers a kiosk, a tablet pairs with the code shown, rates, and the kiosk is seen, renamed and revoked', async () => {
    const page = await signIn(org.admin.nip, org.admin.password, TABLET);
    const bodies: string[] = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) bodies.push(r.postData() ?? '');
    });
    await openAdministration(page);
    const kiosks = page.getByRole('region', { name: 'Kios penilaian' });
    await kiosks.getByText('Belum ada kios untuk titik layanan ini.').waitFor();

    // Too short a name is answered on the page, without a call.
    await kiosks.getByLabel('Nama kios baru').fill('T');
    await kiosks.getByRole('button', { name: 'Daftarkan kios' }).click();
    await kiosks.getByRole('alert').getByText('Nama kios harus 2–100 karakter.').waitFor();
    expect(bodies.some((b) => b.includes('registerKiosk'))).toBe(false);

    await kiosks.getByLabel('Nama kios baru').fill('Tablet Loket 1');
    await kiosks.getByRole('button', { name: 'Daftarkan kios' }).click();
    const panel = kiosks.getByRole('region', { name: 'Kode pemasangan untuk Tablet Loket 1' });
    await panel.waitFor();
    const code = ((await panel.locator('.pair-code').textContent()) ?? '').trim();
    expect(code).toMatch(/^\d{6}$/);
    await panel.getByText('Buka /kiosk di tablet lalu masukkan kode ini').waitFor();
    await panel.getByText(/^Berlaku sampai \d{2}[.:]\d{2} \(10 menit\), sekali pakai\.$/).waitFor();
    await kiosks.getByRole('status').getByText('Kios Tablet Loket 1 terdaftar.').waitFor();
    const item = kiosks.getByRole('list', { name: 'Kios di Loket Adminduk' }).getByRole('listitem').filter({ hasText: 'Tablet Loket' });
    await item.getByText('belum pernah aktif').waitFor();
    // The device token is never asked for (nor shown): the tablet gets its own by pairing.
    const register = bodies.find((b) => b.includes('registerKiosk'));
    expect(register).toBeDefined();
    expect(register).not.toContain('deviceToken');
    const {
      rows: [kiosk],
    } = await db.query(`SELECT id, name, revoked_at, last_seen_at FROM kiosk WHERE service_point_id = $1`, [org.servicePointA]);
    expect(kiosk).toMatchObject({ name: 'Tablet Loket 1', revoked_at: null, last_seen_at: null });
    const { rows: pairings } = await db.query(
      `SELECT code, used_at, expires_at > now() + interval '9 minutes' AS ten_minutes FROM kiosk_pairing WHERE kiosk_id = $1`,
      [kiosk.id],
    );
    expect(pairings).toEqual([{ code, used_at: null, ten_minutes: true }]);

    // The tablet: /kiosk, the code, one QUICK rating.
    const tabletContext = await browser.newContext({ viewport: { width: 800, height: 1280 }, hasTouch: true });
    const tablet = await tabletContext.newPage();
    await tablet.goto(`${stack.url}/kiosk`);
    await tablet.getByLabel('Kode pemasangan').fill(code);
    await tablet.getByRole('button', { name: 'Pasangkan' }).click();
    await tablet.getByRole('heading', { name: 'Bagaimana pelayanan kami hari ini?' }).waitFor();
    await tablet.getByText('Loket Adminduk, Kelurahan Sukamiskin').waitFor();
    await tablet.getByRole('button', { name: 'Sangat baik', exact: true }).click();
    await tablet.getByRole('heading', { name: 'Terima kasih atas penilaian Anda!' }).waitFor();
    await tablet.getByTestId('waiting').filter({ hasText: /^0$/ }).waitFor({ timeout: 20_000 });
    await eventually(
      `SELECT channel, kind, score FROM public_rating WHERE source_id = $1`,
      [kiosk.id],
      [{ channel: 'KIOSK', kind: 'QUICK', score: 4 }],
    );
    expect((await db.query(`SELECT used_at IS NOT NULL AS used FROM kiosk_pairing WHERE code = $1`, [code])).rows).toEqual([
      { used: true },
    ]);

    // Back on the admin page: the kiosk was just seen (the list follows without a reload).
    await item.getByText('terakhir aktif baru saja').waitFor({ timeout: 25_000 });
    await item.getByText('Aktif', { exact: true }).waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'admin-kiosks-tablet.png'), fullPage: true });

    // Rename, with the keyboard: the field takes focus, Enter saves.
    await item.getByRole('button', { name: 'Ganti nama Tablet Loket 1' }).click();
    const field = item.getByLabel('Nama baru untuk Tablet Loket 1');
    const fieldId = await field.getAttribute('id');
    expect(fieldId).toBeTruthy();
    expect(await page.evaluate('document.activeElement && document.activeElement.id')).toBe(fieldId);
    await field.fill('Tablet Loket Utama');
    await page.keyboard.press('Enter');
    await kiosks.getByRole('status').getByText('Nama kios diganti menjadi Tablet Loket Utama.').waitFor();
    await item.getByText('Tablet Loket Utama', { exact: true }).waitFor();
    expect((await db.query(`SELECT name FROM kiosk WHERE id = $1`, [kiosk.id])).rows).toEqual([{ name: 'Tablet Loket Utama' }]);

    // Revoke: a confirmation first; Escape keeps the kiosk.
    await item.getByRole('button', { name: 'Cabut kios Tablet Loket Utama' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cabut kios Tablet Loket Utama?' });
    await dialog.waitFor();
    await dialog.getByText('Tablet ini tidak dapat lagi mengirim penilaian.', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await db.query(`SELECT revoked_at FROM kiosk WHERE id = $1`, [kiosk.id])).rows).toEqual([{ revoked_at: null }]);
    await item.getByRole('button', { name: 'Cabut kios Tablet Loket Utama' }).click();
    await dialog.getByRole('button', { name: 'Cabut', exact: true }).click();
    await kiosks.getByRole('status').getByText('Kios Tablet Loket Utama dicabut.').waitFor();
    await item.getByText('Dicabut', { exact: true }).waitFor();
    expect(await item.getByRole('button', { name: /kode pemasangan/ }).count()).toBe(0);
    const revoked = await db.query(`SELECT revoked_at IS NOT NULL AS revoked FROM kiosk WHERE id = $1`, [kiosk.id]);
    expect(revoked.rows).toEqual([{ revoked: true }]);

    // The revoked tablet can no longer rate.
    await tablet.reload();
    await tablet.getByRole('alert').getByText('Kios ini sudah tidak aktif.', { exact: false }).waitFor({ timeout: 15_000 });
    await tabletContext.close();
    await page.context().close();
  });

  it('an ADMIN creates a rating link for an officer on a phone, its QR code loads, and revokes it', async () => {
    const page = await signIn(org.admin.nip, org.admin.password, PHONE);
    await openAdministration(page);
    const links = page.getByRole('region', { name: 'Tautan penilaian & kode QR' });
    await links.getByText('Belum ada tautan penilaian untuk titik layanan ini.').waitFor();
    await links.getByLabel('Petugas (opsional)').selectOption({ label: 'Staf Sukamiskin' });
    const qr = page.waitForResponse((r) => /\/r\/[^/]+\/qr\.svg$/.test(r.url()));
    await links.getByRole('button', { name: 'Buat tautan' }).click();
    await links.getByRole('status').getByText('Tautan penilaian dibuat.', { exact: false }).waitFor();
    const img = links.getByRole('img', { name: 'Kode QR tautan penilaian Staf Sukamiskin' });
    await img.scrollIntoViewIfNeeded();
    const qrResponse = await qr;
    expect(qrResponse.status()).toBe(200);
    expect(qrResponse.headers()['content-type']).toContain('image/svg+xml');
    await page.waitForFunction(
      "[...document.images].some((i) => i.alt === 'Kode QR tautan penilaian Staf Sukamiskin' && i.complete && i.naturalWidth > 0)",
    );

    const {
      rows: [link],
    } = await db.query(`SELECT id, employee_id, expires_at, revoked_at FROM rating_link WHERE service_point_id = $1`, [org.servicePointA]);
    expect(link).toMatchObject({ employee_id: org.people.staffA.id, expires_at: null, revoked_at: null });
    const item = links.getByRole('listitem').filter({ hasText: 'Untuk: Staf Sukamiskin' });
    await item.getByText('tanpa batas waktu', { exact: false }).waitFor();
    const url = ((await item.locator('code').textContent()) ?? '').trim();
    expect(url).toMatch(/\/r\/[^/]+$/);
    const token = url.split('/r/')[1];
    const print = item.getByRole('link', { name: 'Cetak QR' });
    const png = item.getByRole('link', { name: 'Unduh PNG' });
    expect(await print.getAttribute('href')).toBe(`/r/${token}/qr.svg`);
    expect(await png.getAttribute('href')).toBe(`/r/${token}/qr.png`);
    const pngResponse = await page.request.get(`${stack.url}/r/${token}/qr.png`);
    expect(pngResponse.status()).toBe(200);
    expect(pngResponse.headers()['content-type']).toContain('image/png');

    // Usable at 360 px: nothing wider than the screen.
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await page.screenshot({ path: resolve(ARTIFACTS, 'admin-phone.png'), fullPage: true });

    await item.getByRole('button', { name: 'Cabut tautan penilaian Staf Sukamiskin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cabut tautan penilaian Staf Sukamiskin?' });
    await dialog.getByRole('button', { name: 'Cabut', exact: true }).click();
    await links.getByRole('status').getByText('Tautan penilaian dicabut.').waitFor();
    await item.getByText('Dicabut', { exact: true }).waitFor();
    expect(await item.getByRole('link', { name: 'Cetak QR' }).count()).toBe(0);
    const revoked = await db.query(`SELECT revoked_at IS NOT NULL AS revoked FROM rating_link WHERE id = $1`, [link.id]);
    expect(revoked.rows).toEqual([{ revoked: true }]);
    // The printed code now answers that the link no longer works.
    const citizen = await (await browser.newContext({ viewport: PHONE })).newPage();
    await citizen.goto(`${stack.url}/r/${token}`);
    await citizen.getByRole('alert').getByText('Tautan penilaian ini sudah tidak berlaku.').waitFor();
    await citizen.context().close();
    await page.context().close();
  });

  it('"Dasbor antrean" opens the Bull Board for the ADMIN, and a refusal is said on the page', async () => {
    const page = await signIn(org.admin.nip, org.admin.password);
    await openAdministration(page);
    const [board] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Dasbor antrean' }).click()]);
    await board.waitForLoadState('domcontentloaded');
    await board.waitForFunction("document.title.includes('Kinerja360 · Antrean')");
    expect(await board.title()).toContain('Kinerja360 · Antrean');
    expect(board.url()).toMatch(new RegExp(`^${stack.url}/admin/queues/?$`));
    await page.getByRole('status').getByText('Dasbor antrean dibuka di tab baru.', { exact: false }).waitFor();
    await board.close();

    // Without the session (e.g. the role was taken away meanwhile) the gateway refuses: in words.
    await page.route('**/admin/queues/session', (route) =>
      route.fulfill({ status: 403, contentType: 'application/json', body: '{"code":"FORBIDDEN"}' }),
    );
    await page.getByRole('button', { name: 'Dasbor antrean' }).click();
    await page.getByRole('alert').getByText('Dasbor antrean hanya untuk ADMIN.').waitFor();
    await page.unroute('**/admin/queues/session');
    await page.context().close();
  });

  it('a supervisor does not see Administrasi; the ADMIN sees it, also in English as "Administration"', async () => {
    const sup = await signIn(org.people.lurahA.nip, org.password);
    const supMenu = sup.getByRole('navigation', { name: 'Menu' });
    await supMenu.getByRole('link', { name: 'Tim saya' }).waitFor();
    expect(await supMenu.getByRole('link', { name: 'Administrasi' }).count()).toBe(0);
    // The queue dashboard refuses the supervisor too.
    const refused = await sup.evaluate(
      "fetch('/admin/queues/session', { method: 'POST', headers: { authorization: 'Bearer ' + sessionStorage.getItem('k360.staff.accessToken') } }).then((r) => r.status)",
    );
    expect(refused).toBe(403);
    await sup.context().close();

    const page = await signIn(org.admin.nip, org.admin.password);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administrasi' }).waitFor();
    await page.getByRole('button', { name: 'English: show this page in English' }).click();
    const tab = page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administration', exact: true });
    await tab.click();
    // The router marks the link current on the render after the click (the admin chunk loads first).
    await page.getByRole('navigation', { name: 'Menu' }).locator('a[aria-current="page"]', { hasText: 'Administration' }).waitFor();
    expect(await tab.getAttribute('aria-current')).toBe('page');
    await page.getByRole('navigation', { name: 'Administration menu' }).getByRole('link', { name: 'Service points & kiosks' }).click();
    await page.getByRole('heading', { name: 'Service point administration' }).waitFor();
    await page.getByRole('region', { name: 'Rating kiosks' }).waitFor();
    await page.getByRole('region', { name: 'Rating links & QR codes' }).waitFor();
    await page.getByRole('button', { name: 'Queue dashboard' }).waitFor();
    await page.getByRole('region', { name: 'Rating kiosks' }).getByLabel('New kiosk name').waitFor();
    await page.getByRole('region', { name: 'Rating kiosks' }).getByRole('button', { name: 'Register kiosk' }).waitFor();
    await page.getByRole('button', { name: /^Bahasa Indonesia/ }).click();
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administrasi' }).waitFor();
    await page.context().close();
  });

  it('"Penilaian ditahan": an ADMIN sees one client\'s repeats through a link, counts one, rejects one, then counts the rest', async () => {
    const HELD = `query($s: ID) { heldRatings(servicePointId: $s) { id comment } }`;
    const pointId = (
      await ok(
        stack,
        `mutation($i: CreateServicePointInput!) { createServicePoint(input: $i) { id } }`,
        { i: { name: 'Loket Uji Tahan', unitId: org.units.kelA } },
        org.admin.token,
      )
    ).createServicePoint.id as string;
    const link = await createRatingLink(stack, org.admin.token, { servicePointId: pointId });
    const rate = (input: Record<string, unknown>) =>
      ok(stack, `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted duplicate } }`, {
        i: { token: link.token, idempotencyKey: randomUUID(), ...input },
      });
    const ALL_ONES = [1, 1, 1, 1, 1, 1, 1, 1, 1];
    // One client (this test's address), one after the other: the first counts, the next three are held.
    await rate({ kind: 'IKM', answers: [4, 4, 4, 4, 4, 4, 4, 4, 3], comment: 'Pertama' });
    for (const comment of ['Ulangan 1', 'Ulangan 2']) await rate({ kind: 'IKM', answers: ALL_ONES, comment });
    await rate({ kind: 'QUICK', score: 1 });
    const counted = async () =>
      (await db.query(`SELECT count(*)::int AS n FROM public_rating WHERE source_id = $1`, [link.id])).rows[0].n as number;
    const heldNow = async () => (await ok(stack, HELD, { s: pointId }, org.admin.token)).heldRatings as Array<{ id: string }>;
    expect(await counted()).toBe(1);
    expect(await heldNow()).toHaveLength(3);
    const [{ client_tag: tag }] = (await db.query(`SELECT DISTINCT client_tag FROM public_rating_held WHERE source_id = $1`, [link.id]))
      .rows;

    const page = await signIn(org.admin.nip, org.admin.password, PHONE);
    // The first load of this point's list fails: said on the page, with a way to try again.
    let failOnce = true;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (failOnce && body.includes('heldRatings') && body.includes(pointId)) {
        failOnce = false;
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({ errors: [{ message: 'Anda tidak berwenang melakukan ini.', extensions: { code: 'FORBIDDEN' } }] }),
        });
      }
      return route.continue();
    });
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Administrasi' }).click();
    await page.getByRole('navigation', { name: 'Menu administrasi' }).getByRole('link', { name: 'Titik layanan & kios' }).click();
    await page.getByLabel('Titik layanan').selectOption({ label: 'Loket Uji Tahan · Kelurahan Sukamiskin' });
    const section = page.getByRole('region', { name: 'Penilaian ditahan' });
    await section.getByRole('alert').getByText('Anda tidak berwenang melakukan ini.').waitFor();
    await section.getByRole('button', { name: 'Coba lagi' }).click();
    await page.unroute('**/graphql');

    const list = section.getByRole('list', { name: 'Penilaian ditahan di Loket Uji Tahan' });
    await list.waitFor();
    await section.getByText('satu klien mengirim berulang kali lewat tautan penilaian yang sama', { exact: false }).waitFor();
    const items = list.getByRole('listitem');
    expect(await items.count()).toBe(3);
    const first = items.filter({ hasText: 'Ulangan 1' });
    await first.getByText('Tautan penilaian · Seluruh titik layanan · berulang dari klien yang sama').waitFor();
    await first.getByText('IKM 25,00').waitFor();
    await first.getByText('jawaban U1–U9: 1 1 1 1 1 1 1 1 1', { exact: false }).waitFor();
    await first.getByText('Komentar: “Ulangan 1”').waitFor();
    await first.getByText(`Klien ${tag.slice(0, 6)} (3 penilaian ditahan)`).waitFor();
    await items.filter({ hasText: 'Penilaian cepat' }).getByText('Penilaian cepat: Tidak baik (1 dari 4)').waitFor();
    // The client is a short code only: neither its address nor its whole tag is on the page.
    const text = (await section.textContent()) ?? '';
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain(tag);
    await section.getByText('3 penilaian ditahan · 0 dipilih').waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await section.screenshot({ path: resolve(ARTIFACTS, 'admin-held-phone.png') });

    // Nothing chosen: said on the page, without a call.
    await section.getByRole('button', { name: 'Hitung', exact: true }).click();
    await section.getByRole('alert').getByText('Pilih penilaian terlebih dahulu.').waitFor();

    // Count one, chosen with the keyboard; the confirmation can be cancelled with Escape.
    await first.getByRole('checkbox').focus();
    await page.keyboard.press('Space');
    expect(await first.getByRole('checkbox').isChecked()).toBe(true);
    await section.getByText('3 penilaian ditahan · 1 dipilih').waitFor();
    const release = section.getByRole('button', { name: 'Hitung', exact: true });
    await release.click();
    const dialog = page.getByRole('dialog', { name: 'Hitung 1 penilaian?' });
    await dialog.getByText('Penilaian ini masuk ke IKM', { exact: false }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await counted()).toBe(1);
    await release.click();
    await dialog.getByRole('button', { name: 'Hitung', exact: true }).click();
    await section.getByRole('status').getByText('1 penilaian dihitung.').waitFor();
    await items.filter({ hasText: 'Ulangan 1' }).waitFor({ state: 'detached' });
    expect(await items.count()).toBe(2);
    // The focus is back on the button that asked.
    await page.waitForFunction("document.activeElement && document.activeElement.textContent === 'Hitung'");
    expect(await counted()).toBe(2);
    expect((await heldNow()).map((h) => h.id)).toHaveLength(2);

    // Reject one.
    await items.filter({ hasText: 'Ulangan 2' }).getByRole('checkbox').check();
    await section.getByRole('button', { name: 'Tolak', exact: true }).click();
    await page.getByRole('dialog', { name: 'Tolak 1 penilaian?' }).getByRole('button', { name: 'Tolak', exact: true }).click();
    await section.getByRole('status').getByText('1 penilaian ditolak.').waitFor();
    await items.filter({ hasText: 'Ulangan 2' }).waitFor({ state: 'detached' });
    expect(await items.count()).toBe(1);
    expect(await counted()).toBe(2);
    const decided = await db.query(`SELECT comment, decision FROM public_rating_held WHERE source_id = $1 ORDER BY received_at, id`, [
      link.id,
    ]);
    expect(decided.rows).toEqual([
      { comment: 'Ulangan 1', decision: 'RELEASED' },
      { comment: 'Ulangan 2', decision: 'REJECTED' },
      { comment: null, decision: null },
    ]);
    expect((await db.query(`SELECT comment FROM public_rating WHERE source_id = $1 ORDER BY comment`, [link.id])).rows).toEqual([
      { comment: 'Pertama' },
      { comment: 'Ulangan 1' },
    ]);

    // Select all and count the rest: the empty state, the focus on the section's heading.
    await section.getByLabel('Pilih semua').check();
    await section.getByText('1 penilaian ditahan · 1 dipilih').waitFor();
    await section.getByRole('button', { name: 'Hitung', exact: true }).click();
    await page.getByRole('dialog', { name: 'Hitung 1 penilaian?' }).getByRole('button', { name: 'Hitung', exact: true }).click();
    await section.getByText('Tidak ada penilaian yang ditahan.').waitFor();
    await page.waitForFunction("document.activeElement && document.activeElement.textContent === 'Penilaian ditahan'");
    expect(await counted()).toBe(3);
    expect(await heldNow()).toHaveLength(0);
    const audit = await db.query(
      `SELECT action, actor_id, jsonb_array_length(after->'ids') AS n FROM audit_log WHERE action LIKE 'HELD_RATINGS_%' ORDER BY id`,
    );
    expect(audit.rows).toEqual([
      { action: 'HELD_RATINGS_RELEASED', actor_id: org.admin.id, n: 1 },
      { action: 'HELD_RATINGS_REJECTED', actor_id: org.admin.id, n: 1 },
      { action: 'HELD_RATINGS_RELEASED', actor_id: org.admin.id, n: 1 },
    ]);
    await page.context().close();
  });
});
