import { randomUUID } from 'node:crypto';
import { errorCode, startStack, Stack } from '../../support/stack';
import { CORE_VALUES, until } from '../../support/scoring-fixtures';
import { createEmployee, createPeriod, login, ok, openRound, smallOrganisation } from '../../support/org-fixtures';

const items = (...s: number[]) => CORE_VALUES.map((value, i) => ({ value, score: s[i] }));
const SOURCES = ['SUPERVISOR', 'PEER', 'PUBLIC', 'SUBORDINATE'];

const POLICY_FIELDS = `version code isDefault sources { source weight minCount } perilaku { diAtas sesuai } hasilKerja { diAtas sesuai }
  capaianCap anonymityMin publishedAt reason publishedBy { id }`;
const PUBLISH = `mutation($i: PublishScoringPolicyInput!) { publishScoringPolicy(input: $i) { ${POLICY_FIELDS} } }`;

/** A valid publish input: the project default's numbers with `weights` (SUPERVISOR, PEER, PUBLIC, SUBORDINATE). */
const policyInput = (weights: number[], over: Record<string, unknown> = {}) => ({
  code: 'KOTA_UJI_360',
  sources: SOURCES.map((source, i) => ({
    source,
    weight: weights[i],
    minCount: { SUPERVISOR: 1, PEER: 3, PUBLIC: 5, SUBORDINATE: 3 }[source],
  })),
  perilaku: { diAtas: 85, sesuai: 65 },
  hasilKerja: { diAtas: 110, sesuai: 90 },
  capaianCap: 1.2,
  anonymityMin: 3,
  reason: 'Rekan kerja lebih mengenal pelayanan harian.',
  ...over,
});

/**
 * Issue 13, acceptance 5: an ADMIN publishes a scoring policy with other weights; a round opened
 * afterwards is scored with it, a round opened before keeps the policy it opened with (the project
 * default) — both closed and scored after the publication. The perilaku scores are checked against
 * hand computations with each policy's weights.
 */
describe('scoring policy per agency (issue 13, acceptance 5)', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Kebijakan');
  });
  afterAll(() => stack?.close());

  it('without a publication the default ARCAMANIK_360_V1 is current and the whole history', async () => {
    const d = await ok(stack, `{ currentScoringPolicy { ${POLICY_FIELDS} } scoringPolicies { code } }`, {}, org.admin.token);
    expect(d.currentScoringPolicy).toEqual({
      version: 1,
      code: 'ARCAMANIK_360_V1',
      isDefault: true,
      sources: [
        { source: 'SUPERVISOR', weight: 0.5, minCount: 1 },
        { source: 'PEER', weight: 0.3, minCount: 3 },
        { source: 'PUBLIC', weight: 0.2, minCount: 5 },
        { source: 'SUBORDINATE', weight: 0, minCount: 3 },
      ],
      perilaku: { diAtas: 85, sesuai: 65 },
      hasilKerja: { diAtas: 110, sesuai: 90 },
      capaianCap: 1.2,
      anonymityMin: 3,
      publishedAt: null,
      reason: null,
      publishedBy: null,
    });
    expect(d.scoringPolicies).toEqual([{ code: 'ARCAMANIK_360_V1' }]);
  });

  it('a policy that breaks the rules is refused with every broken rule’s code, and nothing is published', async () => {
    const res = await stack.gql(
      PUBLISH,
      {
        i: policyInput([0, 0, 0, 0], {
          sources: SOURCES.map((source) => ({ source, weight: 0, minCount: source === 'PEER' ? 2 : 1 })),
          perilaku: { diAtas: 60, sesuai: 70 },
          capaianCap: 2.5,
          anonymityMin: 2,
        }),
      },
      org.admin.token,
    );
    expect(errorCode(res)).toBe('BAD_USER_INPUT');
    const details = res.errors![0].extensions!.details as Array<{ field: string; code: string }>;
    expect(details.map((x) => `${x.code} ${x.field}`)).toEqual([
      'NO_POSITIVE_WEIGHT weights',
      'INVALID_ANONYMITY_MIN anonymityMin',
      'MIN_COUNT_BELOW_ANONYMITY minCount.PEER',
      'MIN_COUNT_BELOW_ANONYMITY minCount.SUBORDINATE',
      'THRESHOLDS_NOT_ORDERED perilaku',
      'INVALID_CAP capaianCap',
    ]);
    // A sound policy but for a PEER minimum below the anonymity minimum: that one rule.
    const again = await stack.gql(
      PUBLISH,
      { i: policyInput([1, 0, 0, 0], { sources: SOURCES.map((source) => ({ source, weight: 1, minCount: source === 'PEER' ? 2 : 3 })) }) },
      org.admin.token,
    );
    expect((again.errors![0].extensions!.details as Array<{ code: string; field: string }>).map((x) => `${x.code} ${x.field}`)).toEqual([
      'MIN_COUNT_BELOW_ANONYMITY minCount.PEER',
    ]);
    const twice = await stack.gql(
      PUBLISH,
      { i: policyInput([1, 0, 0, 0], { sources: [...SOURCES, 'PEER'].slice(1).map((source) => ({ source, weight: 1, minCount: 3 })) }) },
      org.admin.token,
    );
    expect(twice.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      details: [{ field: 'sources', code: 'SOURCES_NOT_EACH_ONCE' }],
    });
    const d = await ok(stack, `{ scoringPolicies { code } }`, {}, org.admin.token);
    expect(d.scoringPolicies).toEqual([{ code: 'ARCAMANIK_360_V1' }]);
  });

  it('a round opened before the publication keeps the default weights, one opened after is scored with the new ones', async () => {
    const t = org.admin.token;
    const before = await createPeriod(stack, t, { name: 'Triwulan III', kind: 'QUARTERLY', startsOn: '2026-07-01', endsOn: '2026-09-30' });
    const after = await createPeriod(stack, t, { name: 'Triwulan IV', kind: 'QUARTERLY', startsOn: '2026-10-01', endsOn: '2026-12-31' });
    const roundBefore = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, before);

    // The ADMIN publishes other weights: SUPERVISOR 0.2, PEER 0.6, PUBLIC 0.2, SUBORDINATE 0.
    const published = (await ok(stack, PUBLISH, { i: policyInput([0.2, 0.6, 0.2, 0]) }, t)).publishScoringPolicy;
    expect(published).toMatchObject({
      version: 2,
      code: 'KOTA_UJI_360_V2',
      isDefault: false,
      sources: [
        { source: 'SUPERVISOR', weight: 0.2, minCount: 1 },
        { source: 'PEER', weight: 0.6, minCount: 3 },
        { source: 'PUBLIC', weight: 0.2, minCount: 5 },
        { source: 'SUBORDINATE', weight: 0, minCount: 3 },
      ],
      reason: 'Rekan kerja lebih mengenal pelayanan harian.',
      publishedBy: { id: org.admin.id },
    });
    expect(Date.parse(published.publishedAt)).not.toBeNaN();

    const roundAfter = await openRound(stack, org.tokens.lurahA, org.people.staffA.id, after);
    // Rounds opened for a unit take it too.
    const unit = await ok(
      stack,
      `mutation($i: OpenRoundsForUnitInput!) { openRoundsForUnit(input: $i) { opened } }`,
      { i: { unitId: org.units.kelB, periodId: after, includeSubunits: false } },
      t,
    );
    expect(unit.openRoundsForUnit.opened).toBe(2); // lurahB and staffB
    const team = await ok(stack, `query($p: ID!) { teamRounds(periodId: $p) { employee { id } policy } }`, { p: after }, t);
    const codes = Object.fromEntries(
      team.teamRounds.map((r: { employee: { id: string }; policy: { code: string } }) => [r.employee.id, r.policy.code]),
    );
    expect(codes).toEqual({
      [org.people.staffA.id]: 'KOTA_UJI_360_V2',
      [org.people.staffB.id]: 'KOTA_UJI_360_V2',
      [org.people.lurahB.id]: 'KOTA_UJI_360_V2',
    });
    const policyOf = async (id: string) => (await ok(stack, `query($id: ID!) { round(id: $id) { policy } }`, { id }, t)).round.policy;
    expect(await policyOf(roundBefore)).toMatchObject({ code: 'ARCAMANIK_360_V1', weights: { SUPERVISOR: 0.5, PEER: 0.3, PUBLIC: 0.2 } });
    expect(await policyOf(roundAfter)).toEqual({
      code: 'KOTA_UJI_360_V2',
      weights: { SUPERVISOR: 0.2, PEER: 0.6, PUBLIC: 0.2, SUBORDINATE: 0, SELF: 0 },
      minCount: { SUPERVISOR: 1, PEER: 3, PUBLIC: 5, SUBORDINATE: 3, SELF: 1 },
      perilaku: { diAtas: 85, sesuai: 65 },
      hasilKerja: { diAtas: 110, sesuai: 90 },
      capaianCap: 1.2,
      anonymityMin: 3,
    });

    // The same reviews in both rounds (DOMAIN.md's worked example without the public source):
    // supervisor S = (30/7 − 1)/4·100, three peers averaging 4.0 → 75. Both closed after the publication.
    const peers = [items(4, 4, 4, 4, 4, 4, 4), items(4, 3, 4, 3, 4, 3, 4), items(5, 4, 5, 4, 5, 4, 4)];
    const peerTokens: string[] = [];
    for (let k = 0; k < peers.length; k++) {
      const p = await createEmployee(stack, t, {
        name: `Rekan Kebijakan ${randomUUID().slice(0, 6)}`,
        position: 'Staf',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
      peerTokens.push((await login(stack, p.nip, org.password)).token);
      for (const roundId of [roundBefore, roundAfter]) {
        await ok(
          stack,
          `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
          { i: { roundId, reviewerId: p.id, relation: 'PEER' } },
          org.tokens.lurahA,
        );
      }
    }
    const resultBefore = await scored(roundBefore);
    const resultAfter = await scored(roundAfter);

    const S = ((30 / 7 - 1) / 4) * 100;
    const PEER = 75;
    // Default weights, renormalised without the public source: (0.5·S + 0.3·75) / 0.8 = 79.46.
    const P_BEFORE = (0.5 * S + 0.3 * PEER) / 0.8;
    // The published weights: (0.2·S + 0.6·75) / 0.8 = 76.79.
    const P_AFTER = (0.2 * S + 0.6 * PEER) / 0.8;
    expect(resultBefore.perilakuScore).toBeCloseTo(P_BEFORE, 9);
    expect(Number(resultBefore.perilakuScore.toFixed(2))).toBe(79.46);
    expect(resultAfter.perilakuScore).toBeCloseTo(P_AFTER, 9);
    expect(Number(resultAfter.perilakuScore.toFixed(2))).toBe(76.79);
    expect(resultBefore).toMatchObject({ policyCode: 'ARCAMANIK_360_V1', perilakuRating: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });
    expect(resultAfter).toMatchObject({ policyCode: 'KOTA_UJI_360_V2', perilakuRating: 'SESUAI_EKSPEKTASI', predikat: 'BAIK' });
    // The renormalised weights each result shows: SUPERVISOR and PEER counted, nothing else had input.
    const weights = (r: { sources: Array<{ source: string; weight: number; counted: boolean }> }) =>
      r.sources.map((x) => [x.source, x.counted, Number(x.weight.toFixed(6))]);
    expect(weights(resultBefore)).toEqual([
      ['SUPERVISOR', true, 0.625],
      ['PEER', true, 0.375],
    ]);
    expect(weights(resultAfter)).toEqual([
      ['SUPERVISOR', true, 0.25],
      ['PEER', true, 0.75],
    ]);

    // The history, newest first, with the default last; staff see the current version without its publisher.
    const history = await ok(stack, `{ scoringPolicies { version code isDefault } }`, {}, t);
    expect(history.scoringPolicies).toEqual([
      { version: 2, code: 'KOTA_UJI_360_V2', isDefault: false },
      { version: 1, code: 'ARCAMANIK_360_V1', isDefault: true },
    ]);
    const staffView = await ok(stack, `{ currentScoringPolicy { code publishedBy { id } } }`, {}, org.tokens.staffA);
    expect(staffView.currentScoringPolicy).toEqual({ code: 'KOTA_UJI_360_V2', publishedBy: null });

    // Audited, with the version it replaced.
    const audit = await ok(stack, `{ auditLog(entityType: "scoring_policy") { action actorId before after } }`, {}, t);
    expect(audit.auditLog).toHaveLength(1);
    expect(audit.auditLog[0]).toMatchObject({
      action: 'SCORING_POLICY_PUBLISHED',
      actorId: org.admin.id,
      before: { code: 'ARCAMANIK_360_V1' },
      after: { version: 2, code: 'KOTA_UJI_360_V2', reason: 'Rekan kerja lebih mengenal pelayanan harian.' },
    });

    /** The peers and the supervisor review the round, the supervisor closes it; waits for SCORED. */
    async function scored(roundId: string) {
      for (let k = 0; k < peers.length; k++) {
        await ok(
          stack,
          `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
          { i: { roundId, scores: peers[k] } },
          peerTokens[k],
        );
      }
      await ok(
        stack,
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        {
          i: {
            roundId,
            scores: items(5, 4, 4, 4, 5, 4, 4),
            strengths: 'Pelayanan cepat dan ramah.',
            improvements: 'Arsip perlu dirapikan.',
          },
        },
        org.tokens.lurahA,
      );
      await ok(
        stack,
        `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
        { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } },
        org.tokens.lurahA,
      );
      return until(`round ${roundId} SCORED`, async () => {
        const d = await ok(
          stack,
          `query($id: ID!) { round(id: $id) { status result { perilakuScore perilakuRating predikat policyCode sources { source weight counted } } } }`,
          { id: roundId },
          org.tokens.staffA,
        );
        return d.round.status === 'SCORED' ? d.round.result : null;
      });
    }
  });
});
