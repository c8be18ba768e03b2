import { startStack, Stack } from '../support/stack';
import { createEmployee, createPeriod, login, ok, smallOrganisation } from '../support/org-fixtures';
import { CORE_VALUES, until } from '../support/scoring-fixtures';

/**
 * Issue 11, finding 1: below a source's anonymity minimum (peers: 3) no figure computed from that
 * source reaches anyone. Every viewer of a round — the employee, their supervisor, the supervisor's
 * supervisor, ADMIN and a peer reviewer — asks for every field of the round; the answers must not
 * change when only the peers' scores change (so no number in them follows from a peer's scores),
 * no numeric field may equal a peer's mean or score on either scale, and a progress count seen by the
 * employee or another reviewer must not tick when one named peer submits.
 */

const scores = (s: number[]) => CORE_VALUES.map((value, i) => ({ value, score: s[i] }));
const SUBMIT = `mutation($i: SubmitReviewInput!) { submitReview(input: $i) { id } }`;
const ASSIGN = `mutation($i: AssignReviewerInput!) { assignReviewer(input: $i) { id } }`;
const CLOSE = `mutation($i: CloseRoundInput!) { closeRound(input: $i) { id } }`;

/** Every field of a round that can carry a figure or a trace of who reviewed. */
const ROUND = `query($id: ID!) { round(id: $id) {
  id status hasilKerjaRating closedAt
  progress { supervisorSubmitted peersApproved peersSubmitted nominationsPending subordinatesApproved subordinatesSubmitted selfSubmitted }
  result { perilakuScore perilakuRating hasilKerjaScore hasilKerjaRating predikat policyCode computedAt
           sources { source count mean score weight counted sd ci95 { low high } } }
  feedback { relation submitted commentsVisible comments { strengths improvements } }
  reviewers { id relation state submitted createdAt reviewer { id name } }
  peerNominations { id reviewerId reviewerName reviewerPosition state nominatedByMe createdAt }
  myReview { id relation revision submittedAt strengths improvements scores { value score } }
} }`;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every number in an answer, with its path. */
function numbers(v: Json, path = '$'): Array<[string, number]> {
  if (typeof v === 'number') return [[path, v]];
  if (Array.isArray(v)) return v.flatMap((x, i) => numbers(x, `${path}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => numbers(x, `${path}.${k}`));
  return [];
}

/** An answer with what differs between two rounds by construction (ids, times) replaced. */
function comparable(v: Json): Json {
  if (Array.isArray(v)) return v.map(comparable);
  if (v && typeof v === 'object') {
    const out: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v)) {
      if (/^(id|roundId|reviewerId)$/.test(k) && typeof x === 'string') out[k] = '<id>';
      else if (/(At)$/.test(k) && typeof x === 'string') out[k] = '<time>';
      else out[k] = comparable(x);
    }
    return out;
  }
  return v;
}

const itemMean = (s: number[]) => s.reduce((a, b) => a + b, 0) / s.length;
const toScore = (m: number) => ((m - 1) / 4) * 100;

/** Each peer's figures on every scale the product uses, full precision and as printed. */
function peerFigures(peerScores: number[][]): number[] {
  const figs = peerScores.flatMap((s) => [itemMean(s), toScore(itemMean(s))]);
  return figs.flatMap((f) => [f, Math.round(f * 100) / 100]);
}

describe('security: peer anonymity below the minimum (issue 11, finding 1)', () => {
  let stack: Stack;
  let org: Awaited<ReturnType<typeof smallOrganisation>>;
  let periodId: string;
  const peers: Array<{ id: string; token: string }> = [];

  beforeAll(async () => {
    stack = await startStack({ queue: 'redis' });
    org = await smallOrganisation(stack, 'Kota Uji Anonim');
    periodId = await createPeriod(stack, org.admin.token, {
      name: 'Triwulan IV 2026',
      kind: 'QUARTERLY',
      startsOn: '2026-10-01',
      endsOn: '2026-12-31',
    });
    for (const n of [1, 2, 3]) {
      const p = await createEmployee(stack, org.admin.token, {
        name: `Rekan Anonim ${n}`,
        position: 'Staf Pelayanan',
        unitId: org.units.kelA,
        supervisorId: org.people.lurahA.id,
        password: org.password,
      });
      peers.push({ id: p.id, token: (await login(stack, p.nip, org.password)).token });
    }
  });
  afterAll(async () => {
    await stack?.close();
  });

  let seq = 0;
  /** A fresh employee of lurahA with an open round and `n` approved peers (the first `n` of `peers`). */
  async function openWithPeers(n: number) {
    const e = await createEmployee(stack, org.admin.token, {
      name: `Pegawai Anonim ${++seq}`,
      position: 'Pengadministrasi Umum',
      unitId: org.units.kelA,
      supervisorId: org.people.lurahA.id,
      password: org.password,
    });
    const employeeToken = (await login(stack, e.nip, org.password)).token;
    const roundId = (
      await ok(
        stack,
        `mutation($i: OpenRoundInput!) { openRound(input: $i) { id } }`,
        { i: { employeeId: e.id, periodId } },
        org.tokens.lurahA,
      )
    ).openRound.id as string;
    // The employee nominates the first peer (the supervisor approves); the supervisor assigns the rest.
    if (n > 0) {
      const nom = await ok(stack, ASSIGN, { i: { roundId, reviewerId: peers[0].id, relation: 'PEER' } }, employeeToken);
      await ok(
        stack,
        `mutation($i: DecideNominationInput!) { decideNomination(input: $i) { id } }`,
        { i: { assignmentId: nom.assignReviewer.id, approve: true } },
        org.tokens.lurahA,
      );
    }
    for (const p of peers.slice(1, n)) await ok(stack, ASSIGN, { i: { roundId, reviewerId: p.id, relation: 'PEER' } }, org.tokens.lurahA);
    return { roundId, employeeToken };
  }

  /** The round as each viewer sees it. */
  async function views(roundId: string, employeeToken: string) {
    const as = async (token: string) => (await ok<{ round: Json }>(stack, ROUND, { id: roundId }, token)).round;
    return {
      employee: await as(employeeToken),
      supervisor: await as(org.tokens.lurahA),
      supervisorsSupervisor: await as(org.tokens.camat),
      admin: await as(org.admin.token),
      peer: await as(peers[0].token),
    };
  }

  /** One whole round: peers submit `peerScores`, the supervisor reviews and closes, the worker scores. */
  async function scoredRound(peerScores: number[][]) {
    const { roundId, employeeToken } = await openWithPeers(peerScores.length);
    for (const [i, s] of peerScores.entries())
      await ok(stack, SUBMIT, { i: { roundId, scores: scores(s), strengths: `Rekan ${i} menilai baik.` } }, peers[i].token);
    await ok(
      stack,
      SUBMIT,
      {
        i: {
          roundId,
          scores: scores([5, 4, 4, 4, 5, 4, 4]),
          strengths: 'Pelayanan adminduk tepat waktu.',
          improvements: 'Arsip perlu dirapikan lagi.',
        },
      },
      org.tokens.lurahA,
    );
    await ok(stack, CLOSE, { i: { roundId, hasilKerjaRating: 'SESUAI_EKSPEKTASI' } }, org.tokens.lurahA);
    await until('SCORED', async () => {
      const d = await ok(stack, `query($id: ID!) { round(id: $id) { status } }`, { id: roundId }, org.tokens.lurahA);
      return d.round.status === 'SCORED';
    });
    return views(roundId, employeeToken);
  }

  // Two versions of each case: the same people and pattern of submissions, different peer scores.
  const ONE_PEER = [[[2, 2, 1, 2, 2, 2, 2]], [[5, 4, 5, 5, 4, 5, 5]]];
  const TWO_PEERS = [
    [
      [2, 2, 1, 2, 2, 2, 2],
      [5, 5, 5, 4, 5, 5, 5],
    ],
    [
      [4, 3, 4, 3, 4, 3, 4],
      [1, 2, 1, 1, 2, 1, 3],
    ],
  ];

  describe.each([
    ['one peer', ONE_PEER],
    ['two peers', TWO_PEERS],
  ])('with %s', (_, [first, second]) => {
    let a: Awaited<ReturnType<typeof views>>;
    let b: Awaited<ReturnType<typeof views>>;
    beforeAll(async () => {
      a = await scoredRound(first);
      b = await scoredRound(second);
    });

    it.each(['employee', 'supervisor', 'supervisorsSupervisor', 'admin', 'peer'] as const)(
      "the %s's view is the same whatever the peers scored",
      (viewer) => {
        // A reviewer's own review is theirs to see; everything else must not depend on the peers' scores.
        const strip = (v: Json) => (viewer === 'peer' && v && typeof v === 'object' ? { ...(v as object), myReview: null } : v) as Json;
        expect(comparable(strip(b[viewer]))).toEqual(comparable(strip(a[viewer])));
      },
    );

    it.each(['employee', 'supervisor', 'supervisorsSupervisor', 'admin', 'peer'] as const)(
      "no number in the %s's view is a peer's mean or score",
      (viewer) => {
        for (const [views, peerScores] of [
          [a, first],
          [b, second],
        ] as const) {
          const v = views[viewer] as Record<string, Json>;
          const walked = numbers(viewer === 'peer' ? { ...v, myReview: null } : v);
          const forbidden = peerFigures(peerScores);
          const hits = walked.filter(([, n]) => forbidden.some((f) => Math.abs(f - n) < 1e-9));
          expect(hits).toEqual([]);
          const result = v.result as { sources?: Array<Record<string, Json>> } | null;
          const peerSource = result?.sources?.find((s) => s.source === 'PEER');
          if (peerSource)
            expect({ ...peerSource, count: null }).toMatchObject({ mean: null, score: null, sd: null, ci95: null, counted: false });
        }
      },
    );

    it('the employee and the supervisors still see the result: the supervisor source, the peer count, the weights', () => {
      for (const viewer of ['employee', 'supervisor', 'supervisorsSupervisor', 'admin'] as const) {
        const result = (a[viewer] as { result: { perilakuScore: number; sources: Array<Record<string, any>> } }).result;
        expect(result.perilakuScore).toBeCloseTo(((30 / 7 - 1) / 4) * 100, 9);
        expect(result.sources.find((s) => s.source === 'SUPERVISOR')).toMatchObject({ count: 1, counted: true, weight: 1 });
        expect(result.sources.find((s) => s.source === 'PEER')).toMatchObject({ count: first.length, counted: false, weight: 0 });
      }
    });

    it('a peer reviewer learns nothing about the other reviewers', () => {
      const v = a.peer as Record<string, Json>;
      expect(v.reviewers).toBeNull();
      expect(v.peerNominations).toBeNull();
      expect(v.result).toBeNull();
      expect(v.feedback).toBeNull();
      expect(v.progress).toBeNull();
    });
  });

  it("one named peer submitting does not tick a count the employee, the supervisor's supervisor or another reviewer can see", async () => {
    const { roundId, employeeToken } = await openWithPeers(2);
    const before = await views(roundId, employeeToken);
    const otherReviewer = async () => (await ok<{ round: Json }>(stack, ROUND, { id: roundId }, peers[1].token)).round;
    const otherBefore = await otherReviewer();
    await ok(stack, SUBMIT, { i: { roundId, scores: scores([3, 3, 3, 3, 3, 3, 3]) } }, peers[0].token);
    const after = await views(roundId, employeeToken);
    expect(comparable(after.employee)).toEqual(comparable(before.employee));
    expect(comparable(after.supervisorsSupervisor)).toEqual(comparable(before.supervisorsSupervisor));
    expect(comparable(await otherReviewer())).toEqual(comparable(otherBefore));
    // The supervisor chases reviewers: they may see who has submitted, but no figure.
    const sup = after.supervisor as { reviewers: Array<{ relation: string; submitted: boolean }> };
    expect(sup.reviewers.filter((r) => r.relation === 'PEER').map((r) => r.submitted)).toEqual([true, false]);
  });

  it('from the minimum on (three peers) the peer figures are shown to the employee', async () => {
    const v = await scoredRound([
      [4, 4, 4, 4, 4, 4, 4],
      [4, 3, 4, 3, 4, 3, 4],
      [5, 4, 5, 4, 5, 4, 4],
    ]);
    const result = (v.employee as { result: { sources: Array<Record<string, any>> } }).result;
    const peer = result.sources.find((s) => s.source === 'PEER')!;
    expect(peer).toMatchObject({ count: 3, counted: true, score: 75 });
    expect(peer.mean).toBeCloseTo(4, 9);
    expect(peer.sd).not.toBeNull();
  });
});
