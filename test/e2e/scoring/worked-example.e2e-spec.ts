import { randomUUID } from 'node:crypto';
import { startStack, Stack } from '../../support/stack';
import { currentQuarter, until, WORKED_EXAMPLE } from '../../support/scoring-fixtures';
import { assignStaff, createEmployee, createPeriod, login, ok, openRound, smallOrganisation } from '../../support/org-fixtures';

const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
const items = (...s: number[]) => VALUES.map((value, i) => ({ value, score: s[i] }));

describe.each(['redis', 'postgres'] as const)('the worked example through the API and the worker (%s queues)', (queue) => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ queue, env: { PUBLIC_RATE_LIMIT: '0' } });
  });
  afterAll(() => stack?.close());

  it('IKM 86.81 (B, Baik, weakest U8) and a 360° result with its predikat', async () => {
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

    // 360°: the supervisor (lurahA), three peers, and the public source above.
    const roundId = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, periodId);
    const peerItems = [items(4, 4, 4, 4, 4, 4, 4), items(4, 4, 4, 4, 3, 3, 3), items(5, 5, 4, 4, 4, 4, 5)]; // means 4, 25/7, 31/7 → 4.0
    for (const [i, scores] of peerItems.entries()) {
      const p = await createEmployee(stack, t, {
        name: `Rekan Skor ${i}`,
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
    // Supervisor: mean 29/7 (the unit tests' mean of 4.2 in docs/domain.md cannot come from seven whole-number scores).
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      {
        i: { roundId, scores: items(5, 4, 4, 4, 4, 4, 4), strengths: 'Pelayanan cepat dan ramah.', improvements: 'Arsip perlu dirapikan.' },
      },
      org.tokens.lurahA,
    );
    await ok(
      stack,
      `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
      { i: { roundId, hasilKerjaRating: 'DI_ATAS_EKSPEKTASI' } },
      org.tokens.lurahA,
    );

    const scored = await until('SCORED', async () => {
      const d = await ok(
        stack,
        `query($id: ID!) { round(id: $id) { status result { perilakuScore perilakuRating hasilKerjaScore hasilKerjaRating predikat policyCode sources { source count mean score weight counted sd ci95 { low high } } } } }`,
        { id: roundId },
        org.tokens.staffA,
      );
      return d.round.status === 'SCORED' ? d.round.result : null;
    });
    const S = ((29 / 7 - 1) / 4) * 100; // 78.5714…
    const PEER = 75;
    const PUBLIC = (31.25 / 9) * 25; // 86.8055…
    const P = 0.5 * S + 0.3 * PEER + 0.2 * PUBLIC;
    expect(scored.perilakuScore).toBeCloseTo(P, 9);
    expect(Number(scored.perilakuScore.toFixed(2))).toBe(79.15);
    expect(scored).toMatchObject({
      perilakuRating: 'SESUAI_EKSPEKTASI',
      hasilKerjaScore: null,
      hasilKerjaRating: 'DI_ATAS_EKSPEKTASI',
      predikat: 'BAIK',
      policyCode: 'ARCAMANIK_360_V1',
    });
    const bySource = Object.fromEntries(scored.sources.map((s: { source: string }) => [s.source, s]));
    expect(bySource.SUPERVISOR).toMatchObject({ count: 1, counted: true, weight: 0.5 });
    expect(bySource.SUPERVISOR.score).toBeCloseTo(S, 9);
    expect(bySource.PEER).toMatchObject({ count: 3, counted: true, weight: 0.3, score: 75 });
    expect(bySource.PEER.ci95.low).toBeLessThan(75);
    expect(bySource.PUBLIC).toMatchObject({ count: 12, counted: true, weight: 0.2 });
    expect(bySource.PUBLIC.score).toBeCloseTo(PUBLIC, 9);
    const weights = scored.sources.reduce((a: number, s: { weight: number }) => a + s.weight, 0);
    expect(weights).toBeCloseTo(1, 12);
  });
});
