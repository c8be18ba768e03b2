import { randomUUID } from 'node:crypto';
import { Stack } from './stack';
import { currentMonth, currentQuarter, until, WORKED_EXAMPLE } from './scoring-fixtures';
import { assignStaff, createEmployee, createPeriod, login, ok, openRound, smallOrganisation } from './org-fixtures';

/**
 * Issue 15's scenario for "my results", award candidates and training suggestions, built through
 * the API: DOMAIN.md's worked example for staffA in the current quarter (supervisor, three peers,
 * 12 citizens' ratings: 80.93, BAIK, an award candidate), staffA again in the current month with two
 * peers who give 1 everywhere (below the anonymity minimum: hidden) and a self-review, and staffB in
 * the quarter with a weak supervisor review and no peers (weak values: pelayanan and akuntabel 25).
 */
const VALUES = ['BERORIENTASI_PELAYANAN', 'AKUNTABEL', 'KOMPETEN', 'HARMONIS', 'LOYAL', 'ADAPTIF', 'KOLABORATIF'];
export const items = (...s: number[]) => VALUES.map((value, i) => ({ value, score: s[i] }));

export interface RecognitionScenario {
  org: Awaited<ReturnType<typeof smallOrganisation>>;
  quarterId: string;
  monthId: string;
}

export async function recognitionScenario(stack: Stack, label: string): Promise<RecognitionScenario> {
  const org = await smallOrganisation(stack, label);
  const t = org.admin.token;
  const quarterId = await createPeriod(stack, t, { name: 'Triwulan berjalan', kind: 'QUARTERLY', ...currentQuarter() });
  const monthId = await createPeriod(stack, t, { name: 'Bulan berjalan', kind: 'MONTHLY', ...currentMonth() });

  // Public: DOMAIN.md's four respondents three times = 12 ratings attributed to staffA (both periods hold them).
  await assignStaff(stack, t, org.servicePointA, org.people.staffA.id);
  const link = (
    await ok(
      stack,
      `mutation($i: CreateRatingLinkInput!) { createRatingLink(input: $i) { token } }`,
      {
        i: { servicePointId: org.servicePointA, employeeId: org.people.staffA.id },
      },
      t,
    )
  ).createRatingLink;
  for (let k = 0; k < 3; k++)
    for (const answers of WORKED_EXAMPLE)
      await ok(stack, `mutation($i: SubmitPublicRatingInput!) { submitPublicRating(input: $i) { accepted } }`, {
        i: { token: link.token, idempotencyKey: randomUUID(), kind: 'IKM', answers },
      });
  await until('the 12 ratings', async () => {
    const d = await ok(stack, `query($s: ID!, $p: ID!) { servicePointSatisfaction(servicePointId: $s, periodId: $p) { respondents } }`, {
      s: org.servicePointA,
      p: quarterId,
    });
    return d.servicePointSatisfaction.respondents === 12;
  });

  // The quarter: DOMAIN.md's worked example (supervisor, three peers, public) → 80.93, BAIK.
  await scoredRound(org.people.staffA.id, org.tokens.lurahA, quarterId, {
    supervisor: items(5, 4, 4, 4, 5, 4, 4),
    peers: [items(4, 4, 4, 4, 4, 4, 4), items(4, 3, 4, 3, 4, 3, 4), items(5, 4, 5, 4, 5, 4, 4)],
    hasilKerja: 'DI_ATAS_EKSPEKTASI',
  });
  // The month: two peers who give 1 everywhere (below the anonymity minimum: hidden) and a self-review.
  await scoredRound(org.people.staffA.id, org.tokens.lurahA, monthId, {
    supervisor: items(5, 4, 4, 4, 5, 4, 4),
    peers: [items(1, 1, 1, 1, 1, 1, 1), items(1, 1, 1, 1, 1, 1, 1)],
    self: { token: org.tokens.staffA, scores: items(5, 5, 3, 5, 5, 5, 5) },
    hasilKerja: 'SESUAI_EKSPEKTASI',
    peerComment: 'Komentar rahasia rekan',
  });
  // staffB (other kelurahan): a weak supervisor review, no peers → not a candidate, weak values.
  await scoredRound(org.people.staffB.id, org.tokens.lurahB, quarterId, {
    supervisor: items(2, 2, 3, 2, 4, 4, 4),
    peers: [],
    hasilKerja: 'SESUAI_EKSPEKTASI',
  });

  /** Opens a round, has the reviewers review it, closes it and waits for SCORED. */
  async function scoredRound(
    employeeId: string,
    supervisorToken: string,
    periodId: string,
    plan: {
      supervisor: ReturnType<typeof items>;
      peers: Array<ReturnType<typeof items>>;
      self?: { token: string; scores: ReturnType<typeof items> };
      hasilKerja: string;
      peerComment?: string;
    },
  ) {
    const roundId = await openRound(stack, supervisorToken, employeeId, periodId);
    for (const scores of plan.peers) {
      const p = await createEmployee(stack, org.admin.token, {
        name: `Rekan ${randomUUID().slice(0, 6)}`,
        position: 'Staf',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
      await ok(
        stack,
        `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
        { i: { roundId, reviewerId: p.id, relation: 'PEER' } },
        supervisorToken,
      );
      await ok(
        stack,
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        {
          i: { roundId, scores, strengths: plan.peerComment ?? null },
        },
        (await login(stack, p.nip, org.password)).token,
      );
    }
    if (plan.self) {
      await ok(
        stack,
        `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`,
        { i: { roundId, reviewerId: employeeId, relation: 'SELF' } },
        plan.self.token,
      );
      await ok(
        stack,
        `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
        { i: { roundId, scores: plan.self.scores } },
        plan.self.token,
      );
    }
    await ok(
      stack,
      `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`,
      {
        i: { roundId, scores: plan.supervisor, strengths: 'Pelayanan cepat dan ramah.', improvements: 'Arsip perlu dirapikan.' },
      },
      supervisorToken,
    );
    await ok(
      stack,
      `mutation($i: CloseRoundInput!) { closeRound(input: $i) { status } }`,
      { i: { roundId, hasilKerjaRating: plan.hasilKerja } },
      supervisorToken,
    );
    await until(
      `round ${roundId} SCORED`,
      async () =>
        (await ok(stack, `query($id: ID!) { round(id: $id) { status } }`, { id: roundId }, supervisorToken)).round.status === 'SCORED',
      30_000,
    );
    return roundId;
  }

  return { org, quarterId, monthId };
}
