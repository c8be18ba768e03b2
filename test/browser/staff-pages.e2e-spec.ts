import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { createEmployee, ok, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');

describe('staff pages in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let roundId: string;
  let periodId: string;
  let peer: { id: string; nip: string };

  async function signIn(nip: string, password: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await (await browser.newContext({ viewport })).newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByLabel('NIP').fill(nip);
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis' });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Staf');
    periodId = (
      await ok(
        stack,
        `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`,
        { i: { name: 'Triwulan Uji', kind: 'QUARTERLY', startsOn: '2026-10-01', endsOn: '2026-12-31' } },
        org.admin.token,
      )
    ).createPeriod.id;
    roundId = (
      await ok(
        stack,
        `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
        { i: { employeeId: org.people.staffA.id, periodId } },
        org.tokens.lurahA,
      )
    ).openRound.id;
    peer = await createEmployee(stack, org.admin.token, {
      name: 'Rekan Halaman',
      position: 'Staf Pelayanan',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    await ok(
      stack,
      `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
      { i: { roundId, reviewerId: peer.id, relation: 'PEER' } },
      org.tokens.lurahA,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('a wrong password is answered on the page', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByLabel('NIP').fill(peer.nip);
    await page.getByLabel('Kata sandi').fill('salah-sekali-1');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('alert').getByText('NIP atau kata sandi salah').waitFor();
    await page.context().close();
  });

  it('a peer submits a review through the BerAKHLAK form (on a phone)', async () => {
    const page = await signIn(peer.nip, org.password, { width: 360, height: 740 });
    await page.getByRole('button', { name: 'Nilai Staf Sukamiskin' }).click();
    await page.getByRole('heading', { name: /Penilaian untuk Staf Sukamiskin/ }).waitFor();
    const groups = page.locator('fieldset');
    expect(await groups.count()).toBe(7);
    await page.getByText('Berorientasi Pelayanan', { exact: true }).waitFor();
    for (let i = 0; i < 7; i++) await groups.nth(i).getByRole('radio').nth(3).check();
    await page.getByLabel(/Apresiasi/).fill('Selalu sigap membantu warga.');
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('status').getByText('Penilaian terkirim').waitFor();
    const { rows } = await db.query(
      `SELECT v.relation, v.strengths, count(s.*)::int AS scores, min(s.score) AS lo, max(s.score) AS hi
         FROM review v JOIN review_score s ON s.review_id = v.id WHERE v.round_id = $1 AND v.reviewer_id = $2 GROUP BY v.id`,
      [roundId, peer.id],
    );
    expect(rows).toEqual([{ relation: 'PEER', strengths: 'Selalu sigap membantu warga.', scores: 7, lo: 4, hi: 4 }]);
    await page.context().close();
  });

  it('the supervisor reviews, closes the round with the hasil kerja rating, and after scoring sees the predikat', async () => {
    const page = await signIn(org.people.lurahA.nip, org.password);
    await page.getByRole('button', { name: 'Nilai Staf Sukamiskin' }).click();
    const groups = page.locator('fieldset');
    await groups.first().waitFor();
    for (let i = 0; i < 7; i++) await groups.nth(i).getByRole('radio').nth(4).check();
    await page.getByLabel(/Apresiasi/).fill('Target pelayanan adminduk tercapai.');
    await page.getByLabel(/Saran perbaikan/).fill('Rapikan arsip berkas warga.');
    await page.getByRole('button', { name: 'Kirim penilaian' }).click();
    await page.getByRole('status').getByText('Penilaian terkirim').waitFor();

    await page.getByRole('link', { name: 'Tim saya' }).click();
    await page.getByRole('button', { name: 'Tutup putaran Staf Sukamiskin' }).click();
    await page.getByLabel('Hasil kerja:').selectOption('DI_ATAS_EKSPEKTASI');
    await page.getByRole('button', { name: 'Tutup putaran', exact: true }).click();
    // Supervisor 5/5 only (one peer does not count): perilaku 100 → DI_ATAS; hasil kerja DI_ATAS → SANGAT_BAIK.
    await page.getByText('Sangat Baik').waitFor({ timeout: 20_000 });
    await page.screenshot({ path: resolve(ARTIFACTS, 'supervisor-team.png'), fullPage: true });
    const { rows } = await db.query(
      `SELECT r.status, rr.predikat FROM evaluation_round r JOIN round_result rr ON rr.round_id = r.id WHERE r.id = $1`,
      [roundId],
    );
    expect(rows).toEqual([{ status: 'SCORED', predikat: 'SANGAT_BAIK' }]);
    await page.context().close();
  });

  it('the staff login page shows English after switching, also after a reload, and signs in in English', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByRole('heading', { name: 'Masuk ke Kinerja360' }).waitFor();
    expect(await page.evaluate('document.documentElement.lang')).toBe('id');
    await page.getByRole('button', { name: 'English: show this page in English' }).click();
    await page.getByRole('heading', { name: 'Sign in to Kinerja360' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Sign in to Kinerja360' }).waitFor();
    expect(await page.evaluate("[document.documentElement.lang, localStorage.getItem('k360.lang'), document.title]")).toEqual([
      'en',
      'en',
      'Kinerja360 — 360° Evaluation',
    ]);
    await page.getByLabel('NIP (employee number)').fill(peer.nip);
    await page.getByLabel('Password').fill('salah-sekali-1');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').getByText('Wrong NIP or password.', { exact: true }).waitFor();
    await page.getByLabel('Password').fill(org.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('link', { name: 'My rounds & results' }).waitFor();
    await page.getByText('No reviews are waiting for you.').waitFor();
    await page.getByRole('button', { name: /^Bahasa Indonesia/ }).click();
    await page.getByText('Tidak ada penilaian yang menunggu Anda.').waitFor();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    await page.context().close();
  });

  it('an employee finds colleagues by name and nominates them; the supervisor decides; the page follows', async () => {
    const colleague = (name: string) =>
      createEmployee(stack, org.admin.token, {
        name,
        position: 'Staf Pelayanan',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
    const nominator = await colleague('Pengusul Halaman');
    const first = await colleague('Rekan Pilihan Satu');
    const second = await colleague('Rekan Pilihan Dua');
    const third = await colleague('Rekan Pilihan Tiga');
    const ownRound = (
      await ok(
        stack,
        `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
        { i: { employeeId: nominator.id, periodId } },
        org.tokens.lurahA,
      )
    ).openRound.id as string;

    const page = await signIn(nominator.nip, org.password, { width: 360, height: 740 });
    await page.getByRole('link', { name: 'Putaran & hasil saya' }).click();
    await page.getByRole('heading', { name: 'Rekan kerja penilai' }).waitFor();
    await page.getByText('Menunggu persetujuan atasan: 0 · Rekan kerja disetujui: 0').waitFor();
    await page.getByText('Belum ada rekan kerja penilai pada putaran ini.').waitFor();
    // The workarounds are gone: no employee code, nothing remembered in the browser.
    expect(await page.getByText('Kode pegawai').count()).toBe(0);

    const search = page.getByLabel('Cari rekan kerja (nama)');
    const searchStatus = page.getByRole('status').filter({ hasText: /Ketik minimal|Mencari|ditemukan|Tidak ada rekan/ });
    // Too short: the hint, no search; nominating without a choice is answered.
    await search.fill('R');
    await searchStatus.getByText('Ketik minimal 2 huruf nama rekan kerja.').waitFor();
    await page.getByRole('button', { name: 'Usulkan', exact: true }).click();
    await page.getByRole('alert').getByText('Cari dan pilih rekan kerja terlebih dahulu.').waitFor();
    expect(await page.getByRole('radio').count()).toBe(0);
    await search.fill('Tak Bernama');
    await searchStatus.getByText('Tidak ada rekan kerja aktif dengan nama “Tak Bernama”.').waitFor();
    // The direct supervisor is listed but cannot be chosen; another lurah can.
    await search.fill('lurah');
    await page.getByRole('radio', { name: /Lurah Sukamiskin .*atasan langsung Anda/, disabled: true }).waitFor();
    expect(await page.getByRole('radio', { name: /Lurah Cisaranten Kulon/ }).isDisabled()).toBe(false);
    await page.screenshot({ path: resolve(ARTIFACTS, 'employee-colleague-search-phone.png'), fullPage: true });

    // Part of the name, with the keyboard: Tab into the results, arrow to the colleague, Tab to the button.
    await search.fill('pilihan');
    await searchStatus.getByText('3 rekan kerja ditemukan.', { exact: false }).waitFor();
    await page.getByRole('radio', { name: 'Rekan Pilihan Satu · Staf Pelayanan · Kelurahan Sukamiskin' }).waitFor();
    await search.focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement && document.activeElement.type')).toBe('radio');
    const satu = page.getByRole('radio', { name: /Rekan Pilihan Satu/ });
    for (let i = 0; i < 3 && !(await satu.isChecked()); i++) await page.keyboard.press('ArrowDown');
    expect(await satu.isChecked()).toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('Rekan Pilihan Satu diusulkan. Menunggu persetujuan atasan.').waitFor();
    const peers = page.getByRole('list', { name: 'Rekan kerja yang diusulkan' });
    const peerItem = (name: string) => peers.getByRole('listitem').filter({ hasText: name });
    await peerItem('Rekan Pilihan Satu').getByText('Menunggu persetujuan', { exact: true }).waitFor();
    await page.getByText('Menunggu persetujuan atasan: 1 · Rekan kerja disetujui: 0').waitFor();

    // Nominated colleagues are shown but cannot be chosen again; a second one by mouse.
    await search.fill('Pilihan');
    await page.getByRole('radio', { name: /Rekan Pilihan Satu .*sudah diusulkan/, disabled: true }).waitFor();
    await page.getByRole('radio', { name: /Rekan Pilihan Tiga/ }).check();
    await page.getByRole('button', { name: 'Usulkan', exact: true }).click();
    await page.getByRole('status').getByText('Rekan Pilihan Tiga diusulkan. Menunggu persetujuan atasan.').waitFor();
    await peerItem('Rekan Pilihan Tiga').getByText('Menunggu persetujuan', { exact: true }).waitFor();

    // The supervisor adds a colleague the employee has just chosen, before the page has refreshed:
    // the API's DUPLICATE_REVIEWER is put into words.
    await search.fill('pilihan dua');
    await page.getByRole('radio', { name: /Rekan Pilihan Dua/ }).check();
    await page.route('**/graphql', (route) => (route.request().postData()?.includes('myRounds') ? route.abort() : route.continue()));
    await new Promise((r) => setTimeout(r, 500));
    await ok(
      stack,
      `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
      { i: { roundId: ownRound, reviewerId: second.id, relation: 'PEER' } },
      org.tokens.lurahA,
    );
    await page.getByRole('button', { name: 'Usulkan', exact: true }).click();
    await page
      .getByRole('alert')
      .getByText('Pegawai ini sudah menjadi penilai (atau sudah diusulkan) pada putaran ini.', { exact: true })
      .waitFor();
    await page.unroute('**/graphql');
    await peerItem('Rekan Pilihan Dua').getByText('diusulkan atasan', { exact: false }).waitFor({ timeout: 15_000 });
    await peerItem('Rekan Pilihan Dua').getByText('Disetujui', { exact: true }).waitFor();

    // The supervisor approves one nomination and rejects the other in "Tim saya".
    const sup = await signIn(org.people.lurahA.nip, org.password);
    await sup.getByRole('link', { name: 'Tim saya' }).click();
    await sup.getByRole('heading', { name: 'Usulan rekan penilai menunggu persetujuan Anda' }).waitFor();
    await sup.getByText('Rekan Pilihan Satu diusulkan sebagai rekan penilai Pengusul Halaman').waitFor();
    await sup.getByText('Rekan Pilihan Tiga diusulkan sebagai rekan penilai Pengusul Halaman').waitFor();
    await sup.getByRole('button', { name: 'Setujui Rekan Pilihan Satu sebagai rekan penilai Pengusul Halaman' }).click();
    await sup.getByRole('status').getByText('Usulan Rekan Pilihan Satu disetujui.').waitFor();
    await sup.getByRole('button', { name: 'Tolak Rekan Pilihan Tiga sebagai rekan penilai Pengusul Halaman' }).click();
    await sup.getByRole('status').getByText('Usulan Rekan Pilihan Tiga ditolak.').waitFor();
    const row = sup.locator('tr', { has: sup.getByRole('rowheader', { name: 'Pengusul Halaman', exact: true }) });
    await row.getByText('Rekan Pilihan Satu Disetujui').waitFor();
    await row.getByText('Rekan Pilihan Tiga Ditolak').waitFor();
    await sup.getByRole('heading', { name: 'Usulan rekan penilai menunggu persetujuan Anda' }).waitFor({ state: 'detached' });
    await sup.screenshot({ path: resolve(ARTIFACTS, 'supervisor-nominations.png'), fullPage: true });
    await sup.context().close();

    // After a reload the employee's page reads the decisions from peerNominations; then in English.
    await page.reload();
    await page.getByRole('link', { name: 'Putaran & hasil saya' }).click();
    await page.getByText('Menunggu persetujuan atasan: 0 · Rekan kerja disetujui: 2').waitFor();
    await peerItem('Rekan Pilihan Satu').getByText('Disetujui', { exact: true }).waitFor();
    await peerItem('Rekan Pilihan Tiga').getByText('Ditolak', { exact: true }).waitFor();
    expect(await peerItem('Rekan Pilihan Satu').getByText('diusulkan atasan', { exact: false }).count()).toBe(0);
    expect(await page.evaluate("Object.keys(localStorage).filter((k) => k.includes('nomination'))")).toEqual([]);
    await page.getByRole('button', { name: 'English: show this page in English' }).click();
    await page.getByRole('heading', { name: 'Peer reviewers' }).waitFor();
    await page.getByText('Waiting for supervisor approval: 0 · Peers approved: 2').waitFor();
    const peersEn = page.getByRole('list', { name: 'Nominated peers' });
    await peersEn.getByRole('listitem').filter({ hasText: 'Rekan Pilihan Satu' }).getByText('Approved', { exact: true }).waitFor();
    await peersEn.getByRole('listitem').filter({ hasText: 'Rekan Pilihan Tiga' }).getByText('Rejected', { exact: true }).waitFor();
    await peersEn
      .getByRole('listitem')
      .filter({ hasText: 'Rekan Pilihan Dua' })
      .getByText('added by your supervisor', { exact: false })
      .waitFor();
    await page.getByLabel('Search colleagues (name)').fill('x');
    await page.getByRole('status').getByText('Type at least 2 letters of a colleague’s name.').waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'employee-nominations-phone-en.png'), fullPage: true });
    await page.context().close();

    // The approved peer now has the review to write.
    const approvedPeer = await signIn(first.nip, org.password);
    await approvedPeer.getByRole('button', { name: 'Nilai Pengusul Halaman' }).waitFor();
    await approvedPeer.context().close();

    const { rows } = await db.query(
      `SELECT reviewer_id, state, nominated_by, decided_by FROM reviewer_assignment WHERE round_id = $1 AND relation = 'PEER' ORDER BY created_at`,
      [ownRound],
    );
    expect(rows).toEqual([
      { reviewer_id: first.id, state: 'APPROVED', nominated_by: nominator.id, decided_by: org.people.lurahA.id },
      { reviewer_id: third.id, state: 'REJECTED', nominated_by: nominator.id, decided_by: org.people.lurahA.id },
      { reviewer_id: second.id, state: 'APPROVED', nominated_by: org.people.lurahA.id, decided_by: org.people.lurahA.id },
    ]);
  });
});
