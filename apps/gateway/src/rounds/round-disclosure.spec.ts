import { ARCAMANIK_360_V1 } from '@k360/scoring';
import type { Actor } from '../auth/actor';
import {
  discloseFeedback,
  disclosePendingReviewers,
  discloseProgress,
  discloseResult,
  disclosureMinimum,
  discloseValueGaps,
  viewerOf,
} from './round-disclosure';
import type { RoundResult } from './models/round-result.model';

const round = { agencyId: 'ag', employeeId: 'emp', supervisorId: 'sup', policy: { ...ARCAMANIK_360_V1 } };
const actor = (id: string, roles: Actor['roles'] = ['EMPLOYEE'], agencyId = 'ag'): Actor => ({
  id,
  sessionId: 's',
  agencyId,
  nip: '0',
  name: id,
  roles,
});

const source = (source: string, count: number, counted: boolean) => ({
  source,
  count,
  mean: 3.5,
  score: 62.5,
  weight: counted ? 1 : 0,
  counted,
  sd: count > 1 ? 0.7 : null,
  ci95: count > 1 ? { low: 10, high: 90 } : null,
});
const result = (...sources: ReturnType<typeof source>[]) =>
  ({
    perilakuScore: 62.5,
    perilakuRating: 'DI_BAWAH_EKSPEKTASI',
    hasilKerjaScore: null,
    hasilKerjaRating: 'SESUAI_EKSPEKTASI',
    predikat: 'BUTUH_PERBAIKAN',
    policyCode: 'ARCAMANIK_360_V1',
    computedAt: new Date(0),
    sources,
  }) as unknown as RoundResult;

describe('round disclosure', () => {
  it('classifies viewers: the employee first, then ADMIN or the round’s supervisor, then the reporting line, else reviewer', () => {
    expect(viewerOf(actor('emp', ['ADMIN']), round, false)).toBe('EMPLOYEE');
    expect(viewerOf(actor('sup', ['SUPERVISOR']), round, true)).toBe('MANAGER');
    expect(viewerOf(actor('hr', ['ADMIN']), round, false)).toBe('MANAGER');
    expect(viewerOf(actor('camat', ['SUPERVISOR']), round, true)).toBe('LINE');
    expect(viewerOf(actor('peer'), round, false)).toBe('REVIEWER');
    expect(viewerOf(actor('hr', ['ADMIN'], 'other'), round, false)).toBe('REVIEWER');
  });

  it('minimums: peers and subordinates the anonymity minimum (3), public 5 ratings, supervisor and self 1', () => {
    expect(['PEER', 'SUBORDINATE', 'PUBLIC', 'SUPERVISOR', 'SELF'].map((s) => disclosureMinimum(round, s))).toEqual([3, 3, 5, 1, 1]);
    expect(disclosureMinimum({ ...round, policy: { ...ARCAMANIK_360_V1, anonymityMin: 4 } }, 'PEER')).toBe(4);
  });

  it.each(['EMPLOYEE', 'MANAGER', 'LINE'] as const)('%s: no figure of a source below its minimum, the count stays', (viewer) => {
    const out = discloseResult(
      result(source('SUPERVISOR', 1, true), source('PEER', 2, false), source('PUBLIC', 4, false), source('SUBORDINATE', 3, false)),
      round,
      viewer,
    )!;
    const by = (s: string) => out.sources.find((x) => x.source === s)!;
    expect(by('PEER')).toMatchObject({ count: 2, mean: null, score: null, sd: null, ci95: null });
    expect(by('PUBLIC')).toMatchObject({ count: 4, mean: null, score: null, sd: null, ci95: null });
    expect(by('SUBORDINATE')).toMatchObject({ count: 3, mean: 3.5, score: 62.5 });
    expect(by('SUPERVISOR')).toMatchObject({ count: 1, mean: 3.5, score: 62.5 });
    expect(out.perilakuScore).toBe(62.5);
  });

  it('a policy that counts peers below the anonymity minimum loses the perilaku figures too', () => {
    const lax = { ...round, policy: { ...ARCAMANIK_360_V1, minCount: { ...ARCAMANIK_360_V1.minCount, PEER: 2 } } };
    const out = discloseResult(result(source('SUPERVISOR', 1, true), source('PEER', 2, true)), lax, 'MANAGER')!;
    expect(out).toMatchObject({ perilakuScore: null, perilakuRating: null, predikat: null });
  });

  it('a reviewer sees no result, progress or feedback', () => {
    expect(discloseResult(result(source('SUPERVISOR', 1, true)), round, 'REVIEWER')).toBeNull();
    expect(discloseFeedback([], round, 'REVIEWER')).toBeNull();
    expect(
      discloseProgress(
        {
          supervisorSubmitted: true,
          peersApproved: 2,
          peersSubmitted: 1,
          nominationsPending: 0,
          subordinatesApproved: 0,
          subordinatesSubmitted: 0,
          selfSubmitted: false,
        },
        round,
        'REVIEWER',
      ),
    ).toBeNull();
  });

  it('counts that tick per named peer are hidden below the minimum from the employee and the line, not from the manager', () => {
    const progress = (peersSubmitted: number) => ({
      supervisorSubmitted: true,
      peersApproved: 4,
      peersSubmitted,
      nominationsPending: 0,
      subordinatesApproved: 1,
      subordinatesSubmitted: 1,
      selfSubmitted: false,
    });
    expect(discloseProgress(progress(2), round, 'EMPLOYEE')).toMatchObject({ peersSubmitted: null, subordinatesSubmitted: null });
    expect(discloseProgress(progress(2), round, 'LINE')).toMatchObject({ peersSubmitted: null });
    expect(discloseProgress(progress(3), round, 'EMPLOYEE')).toMatchObject({ peersSubmitted: 3 });
    expect(discloseProgress(progress(2), round, 'MANAGER')).toMatchObject({ peersSubmitted: 2, subordinatesSubmitted: 1 });
    const two = [
      { relation: 'PEER', strengths: 'a', improvements: null },
      { relation: 'PEER', strengths: 'b', improvements: null },
    ];
    const peer = (viewer: 'EMPLOYEE' | 'MANAGER') => discloseFeedback(two, round, viewer)!.find((f) => f.relation === 'PEER');
    expect(peer('EMPLOYEE')).toEqual({ relation: 'PEER', submitted: null, commentsVisible: false, comments: [] });
    expect(peer('MANAGER')).toEqual({ relation: 'PEER', submitted: 2, commentsVisible: false, comments: [] });
  });

  describe('self versus others per value', () => {
    const rows = [
      { relation: 'SUPERVISOR', value: 'AKUNTABEL', mean: 4, reviewers: 1 },
      { relation: 'PEER', value: 'AKUNTABEL', mean: 2, reviewers: 2 },
      { relation: 'SELF', value: 'AKUNTABEL', mean: 5, reviewers: 1 },
      { relation: 'SUBORDINATE', value: 'AKUNTABEL', mean: 3, reviewers: 3 },
    ];

    it.each(['EMPLOYEE', 'MANAGER', 'LINE'] as const)('%s: peers below the minimum are left out of “others”', (viewer) => {
      const gaps = discloseValueGaps(rows, round, viewer, true)!;
      // Others = mean of SUPERVISOR 4 and SUBORDINATE 3 (three of them); the two peers' 2 is not in it.
      expect(gaps.find((g) => g.value === 'AKUNTABEL')).toEqual({ value: 'AKUNTABEL', self: 5, others: 3.5, gap: 1.5 });
      expect(gaps.find((g) => g.value === 'LOYAL')).toEqual({ value: 'LOYAL', self: null, others: null, gap: null });
    });

    it('takes the peers once they reach the minimum', () => {
      const three = rows.map((r) => (r.relation === 'PEER' ? { ...r, reviewers: 3 } : r));
      expect(discloseValueGaps(three, round, 'EMPLOYEE', true)!.find((g) => g.value === 'AKUNTABEL')!.others).toBe(3);
    });

    it('is null for a reviewer and before the round is scored', () => {
      expect(discloseValueGaps(rows, round, 'REVIEWER', true)).toBeNull();
      expect(discloseValueGaps(rows, round, 'EMPLOYEE', false)).toBeNull();
    });
  });

  it('says why a source did not count: below its minimum, or not weighted', () => {
    const out = discloseResult(
      result(source('SUPERVISOR', 1, true), source('PEER', 2, false), source('SUBORDINATE', 3, false)),
      round,
      'EMPLOYEE',
    )!;
    expect(out.sources.map((s) => [s.source, s.status, s.minimum])).toEqual([
      ['SUPERVISOR', 'COUNTED', 1],
      ['PEER', 'BELOW_MINIMUM', 3],
      ['SUBORDINATE', 'NOT_WEIGHTED', 3],
    ]);
  });
});

describe('disclosePendingReviewers (team dashboard "belum mengisi")', () => {
  const seats = [
    { reviewerId: 's', reviewerName: 'Atasan', relation: 'SUPERVISOR' },
    { reviewerId: 'p', reviewerName: 'Rekan', relation: 'PEER' },
    { reviewerId: 'b', reviewerName: 'Bawahan', relation: 'SUBORDINATE' },
    { reviewerId: 'x', reviewerName: 'Diri', relation: 'SELF' },
  ];
  it('names every pending seat to the manager, only the non-anonymous ones to the line, none to others', () => {
    expect(disclosePendingReviewers(seats, 'MANAGER').map((s) => s.reviewerId)).toEqual(['s', 'p', 'b', 'x']);
    expect(disclosePendingReviewers(seats, 'LINE').map((s) => s.reviewerId)).toEqual(['s', 'x']);
    expect(disclosePendingReviewers(seats, 'REVIEWER')).toEqual([]);
    expect(disclosePendingReviewers(seats, 'EMPLOYEE')).toEqual([]);
  });
});
