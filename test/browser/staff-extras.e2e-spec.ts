import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { createEmployee, ok, smallOrganisation } from '../support/org-fixtures';

const ARTIFACTS = resolve(__dirname, '../artifacts');

/** Issue 14, supervisor extras: subordinate and self reviewers from the team page; everyone's own password. */
describe('supervisor extras and the account page in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;

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
    stack = await startStack({ queue: 'redis', ownDatabase: true });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Tambahan');
    periodId = (
      await ok(
        stack,
        `mutation($i: CreatePeriodInput!) { createPeriod(input: $i) { id } }`,
        { i: { name: 'Triwulan Tambahan', kind: 'QUARTERLY', startsOn: '2026-10-01', endsOn: '2026-12-31' } },
        org.admin.token,
      )
    ).createPeriod.id;
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('the supervisor adds a subordinate and a self reviewer to a team member’s round and sees the reviewers by relation', async () => {
    const roundId = (
      await ok(
        stack,
        `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
        { i: { employeeId: org.people.lurahA.id, periodId } },
        org.tokens.camat,
      )
    ).openRound.id as string;
    const page = await signIn(org.people.camat.nip, org.password);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Tim saya' }).click();
    await page.getByRole('button', { name: 'Atur penilai Lurah Sukamiskin' }).click();
    const panel = page.getByRole('region', { name: 'Penilai Lurah Sukamiskin' });
    await panel.waitFor();
    expect(await page.getByRole('button', { name: 'Atur penilai Lurah Sukamiskin' }).getAttribute('aria-expanded')).toBe('true');
    // The supervisor is there from the start; no subordinate and no self reviewer yet.
    await panel.getByRole('list', { name: 'Atasan — Lurah Sukamiskin' }).getByText('Camat Arcamanik').waitFor();
    expect(await panel.getByRole('list', { name: 'Bawahan — Lurah Sukamiskin' }).count()).toBe(0);

    // Only the member's direct subordinates are offered; nothing chosen is answered.
    const select = panel.getByLabel('Bawahan Lurah Sukamiskin sebagai penilai');
    const offered = await select.locator('option').allTextContents();
    expect(offered).toEqual(['—', 'Staf Sukamiskin · Pengadministrasi Umum']);
    await panel.getByRole('button', { name: 'Tambahkan penilai bawahan' }).click();
    await panel.getByRole('alert').getByText('Pilih bawahan terlebih dahulu.').waitFor();

    await select.selectOption({ label: 'Staf Sukamiskin · Pengadministrasi Umum' });
    await panel.getByRole('button', { name: 'Tambahkan penilai bawahan' }).click();
    await panel.getByRole('status').getByText('Staf Sukamiskin ditambahkan sebagai penilai (Bawahan).').waitFor();
    await panel.getByRole('list', { name: 'Bawahan — Lurah Sukamiskin' }).getByText('Staf Sukamiskin').waitFor();
    await panel.getByText('Tidak ada bawahan langsung yang dapat ditambahkan.').waitFor();

    await panel.getByRole('button', { name: 'Minta penilaian diri Lurah Sukamiskin' }).click();
    await panel.getByRole('status').getByText('Lurah Sukamiskin ditambahkan sebagai penilai (Diri sendiri).').waitFor();
    await panel.getByRole('list', { name: 'Diri sendiri — Lurah Sukamiskin' }).getByText('Lurah Sukamiskin').waitFor();
    await panel.getByText('Penilaian diri sudah diminta.').waitFor();
    await page.screenshot({ path: resolve(ARTIFACTS, 'team-reviewers.png'), fullPage: true });

    const { rows } = await db.query(
      `SELECT relation, state, reviewer_id, nominated_by FROM reviewer_assignment WHERE round_id = $1 ORDER BY relation`,
      [roundId],
    );
    expect(rows).toEqual([
      { relation: 'SELF', state: 'APPROVED', reviewer_id: org.people.lurahA.id, nominated_by: org.people.camat.id },
      { relation: 'SUBORDINATE', state: 'APPROVED', reviewer_id: org.people.staffA.id, nominated_by: org.people.camat.id },
      { relation: 'SUPERVISOR', state: 'APPROVED', reviewer_id: org.people.camat.id, nominated_by: org.people.camat.id },
    ]);

    // The subordinate and the member find the reviews waiting for them.
    const staff = await signIn(org.people.staffA.nip, org.password);
    await staff.getByRole('button', { name: 'Nilai Lurah Sukamiskin' }).waitFor();
    await staff.getByText('(sebagai bawahan)').waitFor();
    await staff.context().close();
    const lurah = await signIn(org.people.lurahA.nip, org.password);
    await lurah.getByRole('button', { name: 'Nilai Lurah Sukamiskin' }).waitFor();
    await lurah.getByText('(penilaian diri)').waitFor();
    await lurah.context().close();
    await page.context().close();
  });

  it('an employee changes their own password: mismatch and weak ones are answered, the old one is refused, the new one works', async () => {
    const oldPassword = 'SandiLama123';
    const newPassword = 'SandiBaru456';
    const me = await createEmployee(stack, org.admin.token, {
      name: 'Pegawai Ganti Sandi',
      position: 'Staf Pelayanan',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: oldPassword,
    });
    const hashBefore = (await db.query(`SELECT password_hash FROM employee WHERE id = $1`, [me.id])).rows[0].password_hash as string;
    const page = await signIn(me.nip, oldPassword, { width: 360, height: 740 });
    await page.getByRole('link', { name: 'Akun saya', exact: true }).click();
    await page.getByRole('heading', { name: 'Ganti kata sandi' }).waitFor();
    const save = page.getByRole('button', { name: 'Simpan kata sandi baru' });

    await page.getByLabel('Kata sandi sekarang').fill(oldPassword);
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await page.getByLabel('Ulangi kata sandi baru').fill('SandiBeda789');
    await save.click();
    await page.getByRole('alert').getByText('Kata sandi baru dan ulangannya tidak sama.').waitFor();

    await page.getByLabel('Kata sandi baru', { exact: true }).fill('pendek1');
    await page.getByLabel('Ulangi kata sandi baru').fill('pendek1');
    await save.click();
    await page.getByRole('alert').getByText(/Kata sandi baru tidak memenuhi syarat: kata sandi minimal 8 karakter/).waitFor();

    await page.getByLabel('Kata sandi sekarang').fill('BukanSandi999');
    await page.getByLabel('Kata sandi baru', { exact: true }).fill(newPassword);
    await page.getByLabel('Ulangi kata sandi baru').fill(newPassword);
    await save.click();
    await page.getByRole('alert').getByText('Kata sandi sekarang salah.').waitFor();
    // Nothing refused changed anything.
    expect((await db.query(`SELECT password_hash FROM employee WHERE id = $1`, [me.id])).rows[0].password_hash).toBe(hashBefore);

    await page.getByLabel('Kata sandi sekarang').fill(oldPassword);
    await save.click();
    await page.getByRole('status').getByText('Kata sandi diganti. Sesi Anda di perangkat lain telah diakhiri.').waitFor();
    expect(await page.getByLabel('Kata sandi sekarang').inputValue()).toBe('');
    await page.screenshot({ path: resolve(ARTIFACTS, 'account-password.png'), fullPage: true });
    const audit = await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = 'PASSWORD_CHANGED' AND entity_id = $1`, [me.id]);
    expect(audit.rows[0].n).toBe(1);
    await page.context().close();

    // The old password is refused at the next sign-in; the new one works.
    const again = await (await browser.newContext()).newPage();
    await again.goto(`${stack.url}/app`);
    await again.getByLabel('NIP').fill(me.nip);
    await again.getByLabel('Kata sandi').fill(oldPassword);
    await again.getByRole('button', { name: 'Masuk' }).click();
    await again.getByRole('alert').getByText('NIP atau kata sandi salah').waitFor();
    await again.getByLabel('Kata sandi').fill(newPassword);
    await again.getByRole('button', { name: 'Masuk' }).click();
    await again.getByRole('button', { name: 'Keluar' }).waitFor();
    await again.context().close();
  });
});
