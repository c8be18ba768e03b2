import { errorCode, startStack, Stack } from '../../support/stack';
import { createPeriod, ok, openRound, smallOrganisation } from '../../support/org-fixtures';
import { CORE_VALUES, quarter, until } from '../../support/scoring-fixtures';
import { DOCS_INDICATOR, PLAN_YEAR, planMonth, TIME_INDICATOR } from '../../support/work-plan-fixtures';

/**
 * Issue 13, acceptance 1: hasil kerja in the result. An agreed plan with three manual indicators
 * (one lower-is-better), monthly reports of which some are verified and some returned; closing a
 * round computes hasilKerjaScore from the verified months only, and the test recomputes it by hand
 * (docs/domain.md "Hasil kerja over a period"). Also: an override needs a reason, which is stored
 * and shown; an employee without an agreed plan is rated by the supervisor (SUPERVISOR).
 */

const CREATE = `mutation($i: CreateWorkPlanInput!) { createWorkPlan(input: $i) { id } }`;
const ADD = `mutation($i: AddIndicatorInput!) { addIndicator(input: $i) { id } }`;
const AGREE = `mutation($id: ID!) { agreeWorkPlan(workPlanId: $id) { status } }`;
const REPORT = `mutation($i: ReportRealisationInput!) { reportRealisation(input: $i) { id status } }`;
const VERIFY = `mutation($i: VerifyRealisationInput!) { verifyRealisation(input: $i) { id status } }`;
const SUBMIT = `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`;
const CLOSE = `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status hasilKerjaRating overrideReason } }`;
const RESULT = `query($id: ID!) { round(id: $id) { status result {
  hasilKerjaScore hasilKerjaRating hasilKerjaSource overrideReason predikat perilakuRating
  hasilKerjaIndicators { indicatorId name source aggregation direction weight effectiveWeight annualTarget periodTarget
    realisation monthsCounted capaian capped outcome } } } }`;

const YEAR = PLAN_YEAR;
const month = planMonth;
const DOCS = DOCS_INDICATOR;
const TIME = TIME_INDICATOR;
const ARCHIVE = {
  name: 'Persentase arsip terdigitalisasi',
  unit: 'persen',
  target: 80,
  weight: 1,
  direction: 'HIGHER_IS_BETTER',
  aggregation: 'LAST',
  source: 'MANUAL',
  method: 'EVALUATION',
};

const supervisorReview = {
  scores: CORE_VALUES.map((value, i) => ({ value, score: [5, 4, 4, 4, 5, 4, 4][i] })),
  strengths: 'Pelayanan cepat dan ramah.',
  improvements: 'Arsip perlu dirapikan.',
};

type Indicator = {
  indicatorId: string;
  name: string;
  periodTarget: number;
  realisation: number | null;
  monthsCounted: string[];
  capaian: number | null;
  capped: boolean;
  outcome: string;
  effectiveWeight: number;
};

describe('hasil kerja computed from the agreed work plan when a round closes (issue 13, acceptance 1)', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  const ind: Record<'docs' | 'time' | 'archive', string> = { docs: '', time: '', archive: '' };
  let q1: string;
  let january: string;

  const gql = (query: string, variables: Record<string, unknown>, token: string) => stack.gql(query, variables, token);

  async function scored(roundId: string, token = org.tokens.lurahA) {
    return until(
      'SCORED',
      async () => {
        const d = await ok(stack, RESULT, { id: roundId }, token);
        return d.round.status === 'SCORED' ? d.round.result : null;
      },
      30_000,
    );
  }

  async function reviewedRound(employeeId: string, periodId: string, supervisorToken: string) {
    const roundId = await openRound(stack, supervisorToken, employeeId, periodId);
    await ok(stack, SUBMIT, { i: { roundId, ...supervisorReview } }, supervisorToken);
    return roundId;
  }

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Hasil Kerja');
    q1 = await createPeriod(stack, org.admin.token, quarter(YEAR, 1));
    january = await createPeriod(stack, org.admin.token, {
      name: `Januari ${YEAR}`,
      kind: 'MONTHLY',
      startsOn: `${YEAR}-01-01`,
      endsOn: `${YEAR}-01-31`,
    });
  });
  afterAll(() => stack?.close());

  it('plan with three indicators (one lower-is-better) agreed; monthly reports verified or returned', async () => {
    const planId = (await ok(stack, CREATE, { i: { employeeId: org.people.staffA.id, year: YEAR } }, org.tokens.staffA)).createWorkPlan.id;
    ind.docs = (await ok(stack, ADD, { i: { workPlanId: planId, ...DOCS } }, org.tokens.staffA)).addIndicator.id;
    ind.time = (await ok(stack, ADD, { i: { workPlanId: planId, ...TIME } }, org.tokens.staffA)).addIndicator.id;
    ind.archive = (await ok(stack, ADD, { i: { workPlanId: planId, ...ARCHIVE } }, org.tokens.staffA)).addIndicator.id;
    expect((await ok(stack, AGREE, { id: planId }, org.tokens.lurahA)).agreeWorkPlan.status).toBe('AGREED');

    const report = async (indicatorId: string, m: number, value: number) =>
      (await ok(stack, REPORT, { i: { indicatorId, month: month(m), value, note: `Laporan ${month(m)}` } }, org.tokens.staffA))
        .reportRealisation.id as string;
    const decide = async (id: string, decision: 'VERIFIED' | 'RETURNED') =>
      (
        await ok(
          stack,
          VERIFY,
          { i: { realisationId: id, decision, ...(decision === 'RETURNED' ? { feedback: 'Lampirkan bukti rekap.' } : {}) } },
          org.tokens.lurahA,
        )
      ).verifyRealisation.status;

    // Three monthly reports per indicator: two verified, one returned.
    // DOCS (SUM): Jan 95 verified, Feb 80 returned, Mar 110 verified.
    expect(await decide(await report(ind.docs, 1, 95), 'VERIFIED')).toBe('VERIFIED');
    expect(await decide(await report(ind.docs, 2, 80), 'RETURNED')).toBe('RETURNED');
    expect(await decide(await report(ind.docs, 3, 110), 'VERIFIED')).toBe('VERIFIED');
    // TIME (AVERAGE, lower is better): Jan 2.5 verified, Feb 4 verified, Mar 3.5 returned.
    expect(await decide(await report(ind.time, 1, 2.5), 'VERIFIED')).toBe('VERIFIED');
    expect(await decide(await report(ind.time, 2, 4), 'VERIFIED')).toBe('VERIFIED');
    expect(await decide(await report(ind.time, 3, 3.5), 'RETURNED')).toBe('RETURNED');
    // ARCHIVE (LAST): Jan 50 verified, Feb 100 verified, Mar 40 returned (were it counted, LAST would be 40).
    expect(await decide(await report(ind.archive, 1, 50), 'VERIFIED')).toBe('VERIFIED');
    expect(await decide(await report(ind.archive, 2, 100), 'VERIFIED')).toBe('VERIFIED');
    expect(await decide(await report(ind.archive, 3, 40), 'RETURNED')).toBe('RETURNED');
  });

  it('closing the quarter without a rating: hasilKerjaScore counts only the verified months and equals the hand computation', async () => {
    const roundId = await reviewedRound(org.people.staffA.id, q1, org.tokens.lurahA);
    const closed = (await ok(stack, CLOSE, { i: { roundId } }, org.tokens.lurahA)).closeRound;
    expect(closed).toEqual({ status: 'CLOSED', hasilKerjaRating: 'DI_BAWAH_EKSPEKTASI', overrideReason: null });

    // By hand, over the three months of Q1 (DOMAIN.md "Hasil kerja over a period"):
    // DOCS (SUM, weight 2): period target = 1200 × 3 / 12 = 300; realisation = 95 + 110 = 205
    //   (February's 80 was returned); c = 205 / 300 = 0.683333…
    const cDocs = 205 / 300;
    // TIME (AVERAGE, lower is better, weight 1): target 3; realisation = (2.5 + 4) / 2 = 3.25
    //   (March's 3.5 was returned); c = 3 / 3.25 = 0.923077…
    const cTime = 3 / 3.25;
    // ARCHIVE (LAST, weight 1): target 80; the latest verified month is February, 100;
    //   100 / 80 = 1.25, capped at 1.2 (March's 40 was returned).
    const cArchive = 1.2;
    // H = 100 × (2 × 0.683333 + 1 × 0.923077 + 1 × 1.2) / (2 + 1 + 1) = 100 × 3.489744 / 4 = 87.2436 → < 90: DI_BAWAH
    const h = (100 * (2 * cDocs + 1 * cTime + 1 * cArchive)) / 4;
    expect(h).toBeCloseTo(87.2436, 4);

    const result = await scored(roundId);
    expect(result.hasilKerjaScore).toBeCloseTo(h, 9);
    expect(result).toMatchObject({ hasilKerjaRating: 'DI_BAWAH_EKSPEKTASI', hasilKerjaSource: 'KPI', overrideReason: null });
    // Perilaku: the supervisor alone, S = (30/7 − 1)/4 × 100 = 82.14 → SESUAI; with DI_BAWAH hasil kerja → BUTUH_PERBAIKAN.
    expect(result.perilakuRating).toBe('SESUAI_EKSPEKTASI');
    expect(result.predikat).toBe('BUTUH_PERBAIKAN');

    const byId = new Map((result.hasilKerjaIndicators as Indicator[]).map((i) => [i.indicatorId, i]));
    expect(byId.get(ind.docs)).toMatchObject({
      name: DOCS.name,
      periodTarget: 300,
      realisation: 205,
      monthsCounted: [month(1), month(3)],
      capped: false,
      outcome: 'COUNTED',
    });
    expect(byId.get(ind.docs)!.capaian).toBeCloseTo(cDocs, 12);
    expect(byId.get(ind.docs)!.effectiveWeight).toBeCloseTo(0.5, 12);
    expect(byId.get(ind.time)).toMatchObject({
      periodTarget: 3,
      realisation: 3.25,
      monthsCounted: [month(1), month(2)],
      outcome: 'COUNTED',
    });
    expect(byId.get(ind.time)!.capaian).toBeCloseTo(cTime, 12);
    expect(byId.get(ind.archive)).toMatchObject({
      periodTarget: 80,
      realisation: 100,
      monthsCounted: [month(1), month(2)],
      capaian: 1.2,
      capped: true,
      outcome: 'COUNTED',
    });
  });

  it('a rating other than the computed one needs a reason; with one it is stored, audited and shown (source KPI)', async () => {
    // January alone: DOCS target 1200 / 12 = 100, realisation 95 → 0.95; TIME 3 / 2.5 = 1.2;
    // ARCHIVE 50 / 80 = 0.625. H = 100 × (2 × 0.95 + 1.2 + 0.625) / 4 = 100 × 3.725 / 4 = 93.125 → SESUAI.
    const h = (100 * (2 * 0.95 + 1.2 + 0.625)) / 4;
    const roundId = await reviewedRound(org.people.staffA.id, january, org.tokens.lurahA);

    const noReason = await gql(CLOSE, { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI' } }, org.tokens.lurahA);
    expect(errorCode(noReason)).toBe('OVERRIDE_REASON_REQUIRED');
    const blankReason = await gql(
      CLOSE,
      { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', overrideReason: '   ' } },
      org.tokens.lurahA,
    );
    expect(errorCode(blankReason)).toBe('OVERRIDE_REASON_REQUIRED');
    // Still open: nothing was stored.
    expect((await ok(stack, `query($id: ID!) { round(id: $id) { status } }`, { id: roundId }, org.tokens.lurahA)).round.status).toBe(
      'OPEN',
    );

    const reason = 'Menangani lonjakan permohonan KTP-el pasca banjir di luar target SKP.';
    const closed = (
      await ok(stack, CLOSE, { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', overrideReason: ` ${reason} ` } }, org.tokens.lurahA)
    ).closeRound;
    expect(closed).toEqual({ status: 'CLOSED', hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', overrideReason: reason });

    const result = await scored(roundId, org.tokens.staffA);
    expect(result.hasilKerjaScore).toBeCloseTo(h, 9);
    expect(result).toMatchObject({
      hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
      hasilKerjaSource: 'KPI',
      overrideReason: reason,
      perilakuRating: 'SESUAI_EKSPEKTASI',
      predikat: 'BAIK',
    });

    const log = (
      await ok(
        stack,
        `query($id: ID) { auditLog(entityType: "evaluation_round", entityId: $id) { action after } }`,
        { id: roundId },
        org.admin.token,
      )
    ).auditLog as Array<{ action: string; after: Record<string, unknown> }>;
    const close = log.find((e) => e.action === 'ROUND_CLOSED');
    expect(close?.after).toMatchObject({
      hasilKerjaSource: 'KPI',
      hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
      computedHasilKerjaRating: 'SESUAI_EKSPEKTASI',
      overrideReason: reason,
    });
    expect(close?.after.computedHasilKerjaScore as number).toBeCloseTo(h, 9);
  });

  it('an employee without an agreed plan (a draft does not count): the supervisor’s rating is required, the result says SUPERVISOR', async () => {
    const draft = (await ok(stack, CREATE, { i: { employeeId: org.people.staffB.id, year: YEAR } }, org.tokens.staffB)).createWorkPlan.id;
    await ok(stack, ADD, { i: { workPlanId: draft, ...DOCS } }, org.tokens.staffB);
    const roundId = await reviewedRound(org.people.staffB.id, q1, org.tokens.lurahB);

    expect(errorCode(await gql(CLOSE, { i: { roundId } }, org.tokens.lurahB))).toBe('HASIL_KERJA_REQUIRED');
    const closed = (await ok(stack, CLOSE, { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI' } }, org.tokens.lurahB)).closeRound;
    expect(closed).toMatchObject({ status: 'CLOSED', hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', overrideReason: null });

    const result = await scored(roundId, org.tokens.lurahB);
    expect(result).toMatchObject({
      hasilKerjaScore: null,
      hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
      hasilKerjaSource: 'SUPERVISOR',
      overrideReason: null,
      hasilKerjaIndicators: [],
      predikat: 'BAIK',
    });
  });
});
