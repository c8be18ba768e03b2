import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { Browser, Page } from 'playwright-core';
import { ARCAMANIK_360_V1 } from '../../libs/scoring/src/policy';
import { launchChromium } from '../support/browser';
import { startStack, Stack } from '../support/stack';
import { until } from '../support/scoring-fixtures';
import { ok, smallOrganisation } from '../support/org-fixtures';
import {
  auditActions,
  auditActionsNone,
  createPeriodRefused,
  createPeriodWithDeadline,
  openAdminSection,
  openRoundsForWholeUnit,
  publishScoringPolicy,
  publishScoringPolicyRefused,
  reopenRoundWithReason,
  retryFailedJob,
  roundsProgress,
  roundsProgressFor,
} from '../support/admin-cycle-steps';

const ARTIFACTS = resolve(__dirname, '../artifacts');
const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];

describe('administration pages for running an evaluation cycle (ADMIN, issue 14) in Chromium', () => {
  let stack: Stack;
  let browser: Browser;
  let db: Client;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let page: Page;

  const shot = (name: string) => page.screenshot({ path: resolve(ARTIFACTS, `admin-cycle-${name}.png`), fullPage: true });

  /** The supervisor's review and closing, through the API (the pages for this are tested elsewhere). */
  async function reviewAndClose(roundId: string, supervisorToken: string): Promise<void> {
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      { i: { roundId, scores: VALUES.map((value) => ({ value, score: 4 })), strengths: 'Tepat waktu.', improvements: 'Lebih teliti.' } },
      supervisorToken,
    );
    await ok(
      stack,
      `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
      { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } },
      supervisorToken,
    );
  }

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    stack = await startStack({ queue: 'redis', ownDatabase: true });
    browser = await launchChromium();
    db = new Client({ connectionString: stack.config.DATABASE_URL });
    await db.connect();
    org = await smallOrganisation(stack, 'Kota Uji Siklus');
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${stack.url}/app`);
    await page.getByLabel('NIP').fill(org.admin.nip);
    await page.getByLabel('Kata sandi').fill(org.admin.password);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
  });
  // A failing step leaves the page as it was (test/artifacts/admin-cycle-failure.png).
  afterEach(async () => {
    if ((expect.getState() as { assertionCalls?: number }).assertionCalls !== undefined) await shot('last').catch(() => undefined);
  });
  afterAll(async () => {
    await browser?.close();
    await db?.end();
    await stack?.close();
  });

  it('creates a period with a deadline, opens the kecamatan’s rounds in one action, reopens one, publishes a policy, finds it all in the audit log and retries a failed job', async () => {
    // No failed jobs yet: the empty state.
    await openAdminSection(page, 'Pekerjaan gagal', 'Pekerjaan gagal');
    await page.getByText('Tidak ada pekerjaan yang gagal.').waitFor();
    await shot('jobs-empty');

    // A period: the server refuses a deadline before the start, then accepts one.
    const period = { name: 'Triwulan I 2027', startsOn: '2027-01-01', endsOn: '2027-03-31' };
    const refused = await createPeriodRefused(page, { ...period, reviewDeadline: '2026-12-01' });
    expect(refused.length).toBeGreaterThan(5);
    expect((await db.query(`SELECT count(*)::int AS n FROM period WHERE name = $1`, [period.name])).rows[0].n).toBe(0);
    await shot('period-refused');
    await createPeriodWithDeadline(page, { ...period, reviewDeadline: '2027-04-10' });
    await shot('periods');
    const [stored] = (
      await db.query(`SELECT id, kind, starts_on::text, ends_on::text, review_deadline::text FROM period WHERE name = $1`, [period.name])
    ).rows;
    expect(stored).toMatchObject({ kind: 'QUARTERLY', starts_on: '2027-01-01', ends_on: '2027-03-31', review_deadline: '2027-04-10' });

    // The whole kecamatan with one action: the two lurah and their two staff (the camat has no supervisor).
    const result = await openRoundsForWholeUnit(page, period.name, 'Kecamatan Arcamanik');
    expect(result).toContain('Dibuka: 4 putaran');
    expect(result).toContain('tanpa atasan (dilewati): 1');
    expect(await roundsProgress(page, 4)).toContain('Terbuka: 4');
    await shot('rounds-opened');
    const rounds = (
      await ok(stack, `query($p: ID!) { teamRounds(periodId: $p) { id status employee { id } } }`, { p: stored.id }, org.admin.token)
    ).teamRounds as Array<{ id: string; status: string; employee: { id: string } }>;
    expect(rounds).toHaveLength(4);
    expect(rounds.every((r) => r.status === 'OPEN')).toBe(true);
    // One kelurahan's share: its lurah and its staff member.
    expect(await roundsProgressFor(page, 'Kelurahan Sukamiskin', 2)).toContain('Terbuka: 2');
    await page.getByRole('region', { name: 'Daftar putaran', exact: true }).first().getByRole('rowheader').nth(1).waitFor();
    expect(
      await page.getByRole('region', { name: 'Daftar putaran', exact: true }).first().getByRole('rowheader').allTextContents(),
    ).toEqual([expect.stringContaining('Lurah Sukamiskin'), expect.stringContaining('Staf Sukamiskin')]);
    await shot('rounds-unit');
    // The whole agency again: nothing opens twice.
    expect(await openRoundsForWholeUnit(page, period.name)).toContain('Dibuka: 0 putaran · sudah ada: 4');
    const roundOf = (employeeId: string) => rounds.find((r) => r.employee.id === employeeId)!.id;

    // A failing scoring job (its policy snapshot broken, as in test/e2e/scoring/failed-jobs): it fails after its retries while we go on.
    const failing = roundOf(org.people.staffB.id);
    await db.query(`UPDATE evaluation_round SET policy = '{"code":"BROKEN"}' WHERE id = $1`, [failing]);
    await reviewAndClose(failing, org.tokens.lurahB);

    // Staff Sukamiskin's round closed (API), then reopened through the page with a reason.
    const closed = roundOf(org.people.staffA.id);
    await reviewAndClose(closed, org.tokens.lurahA);
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Putaran penilaian' }).waitFor();
    await page.getByLabel('Periode', { exact: true }).selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Buka kembali putaran Staf Sukamiskin' }).waitFor();
    await shot('rounds-closed');
    await reopenRoundWithReason(page, 'Staf Sukamiskin', 'Atasan salah memilih rating hasil kerja.');
    await shot('round-reopened');
    const [reopened] = (await db.query(`SELECT status, reopen_reason FROM evaluation_round WHERE id = $1`, [closed])).rows;
    expect(reopened).toEqual({ status: 'OPEN', reopen_reason: 'Atasan salah memilih rating hasil kerja.' });

    // A scoring policy: the server refuses a too-short reason, then publishes version 2.
    const refusedPolicy = await publishScoringPolicyRefused(page, { code: 'KEC_ARCAMANIK_360', reason: 'abc' });
    expect(refusedPolicy.length).toBeGreaterThan(5);
    await shot('policy-refused');
    await publishScoringPolicy(page, {
      code: 'KEC_ARCAMANIK_360',
      reason: 'Bobot atasan dinaikkan sesuai keputusan BKPSDM.',
      weights: { Atasan: 50 },
    });
    await shot('policy-published');
    const policy = (await ok(stack, `{ currentScoringPolicy { code version reason sources { source weight } } }`, {}, org.admin.token))
      .currentScoringPolicy;
    expect(policy).toMatchObject({ code: 'KEC_ARCAMANIK_360_V2', version: 2, reason: 'Bobot atasan dinaikkan sesuai keputusan BKPSDM.' });
    expect(policy.sources.find((s: { source: string }) => s.source === 'SUPERVISOR').weight).toBe(50);

    // The audit log, filtered by kind of record.
    expect(await auditActions(page, 'Putaran penilaian')).toContain('ROUND_REOPENED');
    await shot('audit-rounds');
    expect(await auditActions(page, 'Kebijakan penilaian')).toEqual(['SCORING_POLICY_PUBLISHED']);
    expect(await auditActions(page, 'Periode')).toEqual(['PERIOD_CREATED']);
    expect(await auditActions(page, 'Unit kerja')).toContain('ROUNDS_OPENED_FOR_UNIT');
    // By person and day: the ADMIN's changes today; nobody's on a day before the cycle.
    const today = (await db.query(`SELECT (now() AT TIME ZONE 'Asia/Jakarta')::date::text AS d`)).rows[0].d as string;
    const adminName = (await ok(stack, `{ me { name } }`, {}, org.admin.token)).me.name as string;
    expect(await auditActions(page, 'Putaran penilaian', { person: adminName, from: today, to: today })).toEqual(['ROUND_REOPENED']);
    await shot('audit-person-day');
    await auditActionsNone(page, 'Putaran penilaian', { from: '2020-01-01', to: '2020-01-02' });

    // The failed job: listed, its cause fixed, run again from the page; the round is scored.
    const job = await until(
      'the failed scoring job (5 attempts with backoff)',
      async () =>
        (
          (await ok(stack, `{ failedJobs(queue: "scoring") { id data } }`, {}, org.admin.token)).failedJobs as Array<{
            id: string;
            data: { roundId?: string };
          }>
        ).find((j) => j.data.roundId === failing),
      90_000,
      500,
    );
    await db.query(`UPDATE evaluation_round SET policy = $2 WHERE id = $1`, [failing, JSON.stringify(ARCAMANIK_360_V1)]);
    await openAdminSection(page, 'Pekerjaan gagal', 'Pekerjaan gagal');
    await page.getByRole('button', { name: `Jalankan ulang pekerjaan ${job.id}` }).waitFor();
    await shot('jobs-failed');
    await retryFailedJob(page, 'Penghitungan skor', job.id);
    await until('the retried round scored', async () => {
      const [r] = (await db.query(`SELECT status FROM evaluation_round WHERE id = $1`, [failing])).rows;
      return r.status === 'SCORED';
    });
    await page.getByRole('button', { name: 'Muat ulang' }).click();
    await page.getByText('Tidak ada pekerjaan yang gagal.').waitFor();
    await shot('jobs-retried');
  });
});
