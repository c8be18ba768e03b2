import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { currentMonth, currentQuarter, until, WORKED_EXAMPLE } from '../../support/scoring-fixtures';
import { assignStaff, createEmployee, createPeriod, login, ok, openRound, smallOrganisation } from '../../support/org-fixtures';

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const items = (...s: number[]) => VALUES.map((value, i) => ({ value, score: s[i] }));

describe.each(['redis', 'postgres'] as const)('the worked example through the API and the worker (%s queues)', (queue) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue, env: { PUBLIC_RATE_LIMIT: '0' } });
  });
  afterAll(() => stack?.close());

  it('IKM 86.81 (B, Baik, weakest U8) and DOMAIN.md\'s 360° example: 80.93 with three peers, 83.48 with two, BAIK', async () => {
    const org = await smallOrganisation(stack, `Kota Uji Skor ${queue}`);
    const t = org.admin.token;
    const { startsOn, endsOn } = currentQuarter();
    const periodId = await createPeriod(stack, t, { name: 'Triwulan berjalan', kind: 'QUARTERLY', startsOn, endsOn });

    // Public: the four respondents three times = 12 ratings attributed to staffA.
    await assignStaff(stack, t, org.servicePointA, org.people.staffA.id);
    const link = (
      await ok(
        stack,
        `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { token } }`,
        { i: { servicePointId: org.servicePointA, employeeId: org.people.staffA.id } },
        t,
      )
    ).createRatingLink;
    for (let k = 0; k < 3; k++) {
      for (const answers of WORKED_EXAMPLE) {
        await ok(stack, `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
          i: { token: link.token, idempotencyKey: randomUUID(), kind: 'IKM', answers },
        });
      }
    }
    const sat = await until('the service point aggregate', async () => {
      const d = await ok(
        stack,
        `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents elements { code nrr } ikm ikmConverted mutu kinerja quickCount } }`,
        { s: org.servicePointA, p: periodId },
      );
      return d.servicePointSatisfaction.respondents === 12 ? d.servicePointSatisfaction : null;
    });
    expect(sat.elements.map((e: { nrr: number }) => e.nrr)).toEqual([3.5, 3.5, 3.25, 4, 3.25, 3.5, 4, 2.75, 3.5]);
    expect(sat.ikm).toBeCloseTo(3.4722, 4);
    expect(Number(sat.ikmConverted.toFixed(2))).toBe(86.81);
    expect(sat).toMatchObject({ mutu: 'B', kinerja: 'Baik', quickCount: 0 });
    const weakest = [...sat.elements].sort((a: { nrr: number }, b: { nrr: number }) => a.nrr - b.nrr)[0];
    expect(weakest.code).toBe('U8');

    // 360°, DOMAIN.md's corrected worked example: the supervisor (lurahA), three peers and the public
    // source above (12 ratings attributed to staffA). Full precision: S = (30/7 − 1)/4·100 = 575/7.
    const S = ((30 / 7 - 1) / 4) * 100; // 82.1428…
    const PEER = 75; // peer means 4, 25/7, 31/7 → averaged 4.0 → 75
    const PUBLIC = (31.25 / 9) * 25; // 86.8055…
    const threePeers = await scoredRound(periodId, [items(4, 4, 4, 4, 4, 4, 4), items(4, 3, 4, 3, 4, 3, 4), items(5, 4, 5, 4, 5, 4, 4)]);
    const P3 = 0.5 * S + 0.3 * PEER + 0.2 * PUBLIC;
    expect(threePeers.perilakuScore).toBeCloseTo(P3, 9);
    expect(Number(threePeers.perilakuScore.toFixed(2))).toBe(80.93);
    expect(threePeers).toMatchObject({
      perilakuRating: 'SESUAI_EKSPEKTASI',
      hasilKerjaScore: null,
      hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
      predikat: 'BAIK',
      policyCode: 'ARCAMANIK_360_V1',
    });
    const bySource = Object.fromEntries(threePeers.sources.map((s: { source: string }) => [s.source, s]));
    expect(bySource.SUPERVISOR).toMatchObject({ count: 1, counted: true, weight: 0.5 });
    expect(bySource.SUPERVISOR.score).toBeCloseTo(S, 9);
    expect(bySource.PEER).toMatchObject({ count: 3, counted: true, weight: 0.3, score: 75 });
    expect(bySource.PEER.ci95.low).toBeLessThan(75);
    expect(bySource.PUBLIC).toMatchObject({ count: 12, counted: true, weight: 0.2 });
    expect(bySource.PUBLIC.score).toBeCloseTo(PUBLIC, 9);
    const weights = threePeers.sources.reduce((a: number, s: { weight: number }) => a + s.weight, 0);
    expect(weights).toBeCloseTo(1, 12);

    // The same example with only two peers: the peer source drops out (below its minimum of 3) and
    // the remaining weights are renormalised. A monthly period of this month holds the same 12 ratings.
    const monthId = await createPeriod(stack, t, { name: 'Bulan berjalan', kind: 'MONTHLY', ...currentMonth() });
    const twoPeers = await scoredRound(monthId, [items(4, 4, 4, 4, 4, 4, 4), items(4, 3, 4, 3, 4, 3, 4)]);
    const P2 = (0.5 * S + 0.2 * PUBLIC) / 0.7;
    expect(twoPeers.perilakuScore).toBeCloseTo(P2, 9);
    expect(Number(twoPeers.perilakuScore.toFixed(2))).toBe(83.48);
    expect(twoPeers).toMatchObject({ perilakuRating: 'SESUAI_EKSPEKTASI', hasilKerjaRating: 'DI_ATAS_EKSPEKTASI', predikat: 'BAIK' });
    const twoBySource = Object.fromEntries(twoPeers.sources.map((s: { source: string }) => [s.source, s]));
    expect(twoBySource.PEER).toMatchObject({ count: 2, counted: false, weight: 0 });
    expect(twoBySource.SUPERVISOR.weight).toBeCloseTo(0.5 / 0.7, 12);
    expect(twoBySource.PUBLIC).toMatchObject({ count: 12, counted: true });
    expect(twoBySource.PUBLIC.weight).toBeCloseTo(0.2 / 0.7, 12);

    /** Opens staffA's round in a period, has the given peers and the supervisor review it, closes it and waits for SCORED. */
    async function scoredRound(period: string, peerItems: Array<ReturnType<typeof items>>) {
      const roundId = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, period);
      for (const scores of peerItems) {
        const p = await createEmployee(stack, t, {
          name: `Rekan Skor ${randomUUID().slice(0, 6)}`,
          position: 'Staf',
          unitId: org.units.kelA,
          supervisorId: org.people.lurahA.id,
          password: org.password,
        });
        await ok(
          stack,
          `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
          { i: { roundId, reviewerId: p.id, relation: 'PEER' } },
          org.tokens.lurahA,
        );
        await ok(
          stack,
          `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
          { i: { roundId, scores } },
          (await login(stack, p.nip, org.password)).token,
        );
      }
      await ok(
        stack,
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        {
          i: { roundId, scores: items(5, 4, 4, 4, 5, 4, 4), strengths: 'Pelayanan cepat dan ramah.', improvements: 'Arsip perlu dirapikan.' },
        },
        org.tokens.lurahA,
      );
      await ok(
        stack,
        `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
        { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI' } },
        org.tokens.lurahA,
      );
      return until('SCORED', async () => {
        const d = await ok(
          stack,
          `query($id: ID!) { round(id: $id) { status result { perilakuScore perilakuRating hasilKerjaScore hasilKerjaRating predikat policyCode sources { source count mean score weight counted sd ci95 { low high } } } } }`,
          { id: roundId },
          org.tokens.staffA,
        );
        return d.round.status === 'SCORED' ? d.round.result : null;
      });
    }
  });
});
