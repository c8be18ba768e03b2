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
    const periodId = (
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

    await page.getByRole('button', { name: 'Tim saya' }).click();
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
});
