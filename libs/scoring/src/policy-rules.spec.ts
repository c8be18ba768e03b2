import { computeRoundResult } from './round-result';
import { ARCAMANIK_360_V1 } from './policy';
import {
  ANONYMITY_MIN_FLOOR,
  buildScoringPolicy,
  ScoringPolicyDraft,
  ScoringPolicyError,
  scoringPolicyViolations,
  versionedPolicyCode,
} from './policy-rules';

/** The project default as a draft: valid by construction. */
const draft = (over: Partial<ScoringPolicyDraft> = {}): ScoringPolicyDraft => ({
  code: 'KEC_UJI_360',
  weights: { SUPERVISOR: 0.5, PEER: 0.3, PUBLIC: 0.2, SUBORDINATE: 0 },
  minCount: { SUPERVISOR: 1, PEER: 3, PUBLIC: 5, SUBORDINATE: 3 },
  perilaku: { diAtas: 85, sesuai: 65 },
  hasilKerja: { diAtas: 110, sesuai: 90 },
  capaianCap: 1.2,
  anonymityMin: 3,
  ...over,
});
const codes = (d: ScoringPolicyDraft) => scoringPolicyViolations(d).map((v) => `${v.code} ${v.field}`);

describe('scoringPolicyViolations', () => {
  it('accepts the project default and other sound policies', () => {
    expect(codes(draft())).toEqual([]);
    expect(codes(draft({ weights: { SUPERVISOR: 40, PEER: 20, PUBLIC: 20, SUBORDINATE: 20 } }))).toEqual([]);
    expect(codes(draft({ weights: { SUPERVISOR: 0, PEER: 0, PUBLIC: 1, SUBORDINATE: 0 } }))).toEqual([]);
    expect(codes(draft({ anonymityMin: 5, minCount: { SUPERVISOR: 1, PEER: 5, PUBLIC: 30, SUBORDINATE: 6 } }))).toEqual([]);
    expect(codes(draft({ capaianCap: 1, hasilKerja: { diAtas: 100, sesuai: 90 } }))).toEqual([]);
    expect(codes(draft({ capaianCap: 2, hasilKerja: { diAtas: 200, sesuai: 100 } }))).toEqual([]);
  });

  it('weights: each a finite number from 0 to 100, at least one above 0', () => {
    expect(codes(draft({ weights: { SUPERVISOR: -0.1, PEER: 0.3, PUBLIC: 0.2, SUBORDINATE: 0 } }))).toEqual([
      'INVALID_WEIGHT weights.SUPERVISOR',
    ]);
    expect(codes(draft({ weights: { SUPERVISOR: 0.5, PEER: NaN, PUBLIC: Infinity, SUBORDINATE: 101 } }))).toEqual([
      'INVALID_WEIGHT weights.PEER',
      'INVALID_WEIGHT weights.PUBLIC',
      'INVALID_WEIGHT weights.SUBORDINATE',
    ]);
    expect(codes(draft({ weights: { SUPERVISOR: 0, PEER: 0, PUBLIC: 0, SUBORDINATE: 0 } }))).toEqual(['NO_POSITIVE_WEIGHT weights']);
    // A missing weight is invalid, not zero.
    expect(codes(draft({ weights: { SUPERVISOR: 1, PEER: 0, PUBLIC: 0 } as never }))).toEqual(['INVALID_WEIGHT weights.SUBORDINATE']);
  });

  it('minimum raters: whole numbers from 1', () => {
    expect(codes(draft({ minCount: { SUPERVISOR: 0, PEER: 3, PUBLIC: 2.5, SUBORDINATE: 3 } }))).toEqual([
      'INVALID_MIN_COUNT minCount.SUPERVISOR',
      'INVALID_MIN_COUNT minCount.PUBLIC',
    ]);
    expect(codes(draft({ minCount: { SUPERVISOR: 1, PEER: 3, PUBLIC: 1001, SUBORDINATE: 3 } }))).toEqual([
      'INVALID_MIN_COUNT minCount.PUBLIC',
    ]);
  });

  it('anonymity cannot be weakened below the project default, neither directly nor through the PEER/SUBORDINATE minimums', () => {
    expect(ANONYMITY_MIN_FLOOR).toBe(3);
    expect(codes(draft({ anonymityMin: 2 }))).toEqual(['INVALID_ANONYMITY_MIN anonymityMin']);
    expect(codes(draft({ anonymityMin: 3.5 }))).toEqual(['INVALID_ANONYMITY_MIN anonymityMin']);
    expect(codes(draft({ minCount: { SUPERVISOR: 1, PEER: 2, PUBLIC: 5, SUBORDINATE: 1 } }))).toEqual([
      'MIN_COUNT_BELOW_ANONYMITY minCount.PEER',
      'MIN_COUNT_BELOW_ANONYMITY minCount.SUBORDINATE',
    ]);
    // A raised anonymity minimum raises the floor of the two minimums with it.
    expect(codes(draft({ anonymityMin: 4 }))).toEqual([
      'MIN_COUNT_BELOW_ANONYMITY minCount.PEER',
      'MIN_COUNT_BELOW_ANONYMITY minCount.SUBORDINATE',
    ]);
    // SUPERVISOR and PUBLIC are not anonymous reviewers: a minimum of 1 stays allowed.
    expect(codes(draft({ minCount: { SUPERVISOR: 1, PEER: 3, PUBLIC: 1, SUBORDINATE: 3 } }))).toEqual([]);
  });

  it('thresholds: in range and ordered', () => {
    expect(codes(draft({ perilaku: { diAtas: 65, sesuai: 65 } }))).toEqual(['THRESHOLDS_NOT_ORDERED perilaku']);
    expect(codes(draft({ perilaku: { diAtas: 60, sesuai: 80 } }))).toEqual(['THRESHOLDS_NOT_ORDERED perilaku']);
    expect(codes(draft({ perilaku: { diAtas: 100.5, sesuai: 0 } }))).toEqual([
      'THRESHOLD_OUT_OF_RANGE perilaku.sesuai',
      'THRESHOLD_OUT_OF_RANGE perilaku.diAtas',
    ]);
    expect(codes(draft({ hasilKerja: { diAtas: 121, sesuai: 90 } }))).toEqual(['THRESHOLD_OUT_OF_RANGE hasilKerja.diAtas']);
    expect(codes(draft({ hasilKerja: { diAtas: 110, sesuai: 110 } }))).toEqual(['THRESHOLDS_NOT_ORDERED hasilKerja']);
    // DI_ATAS must stay reachable under the cap: with cap 1 the highest H is 100.
    expect(codes(draft({ capaianCap: 1 }))).toEqual(['THRESHOLD_OUT_OF_RANGE hasilKerja.diAtas']);
    expect(codes(draft({ perilaku: undefined as never }))).toEqual([
      'THRESHOLD_OUT_OF_RANGE perilaku.sesuai',
      'THRESHOLD_OUT_OF_RANGE perilaku.diAtas',
    ]);
  });

  it('capaian cap in [1, 2]', () => {
    expect(codes(draft({ capaianCap: 0.99 }))).toEqual(['INVALID_CAP capaianCap']);
    expect(codes(draft({ capaianCap: 2.01, hasilKerja: { diAtas: 110, sesuai: 90 } }))).toEqual(['INVALID_CAP capaianCap']);
    expect(codes(draft({ capaianCap: NaN }))).toEqual(['INVALID_CAP capaianCap']);
  });

  it('code: upper-case name without the version', () => {
    expect(codes(draft({ code: 'kec_uji' }))).toEqual(['INVALID_POLICY_CODE code']);
    expect(codes(draft({ code: 'KEC_UJI_V2' }))).toEqual(['INVALID_POLICY_CODE code']);
    expect(codes(draft({ code: 'X' }))).toEqual(['INVALID_POLICY_CODE code']);
    expect(codes(draft({ code: '1KEC' }))).toEqual(['INVALID_POLICY_CODE code']);
    expect(codes(draft({ code: 'K'.repeat(41) }))).toEqual(['INVALID_POLICY_CODE code']);
    expect(codes(draft({ code: 'KEC_V2_UJI' }))).toEqual([]);
  });

  it('lists every violation at once and never throws on a malformed draft', () => {
    expect(codes({} as ScoringPolicyDraft)).toHaveLength(15);
    expect(() => scoringPolicyViolations(null as never)).not.toThrow();
  });
});

describe('buildScoringPolicy', () => {
  it('snapshots the draft as version N with code <code>_V<N>, SELF weight 0 and minimum 1', () => {
    const p = buildScoringPolicy(
      // Fields beyond the draft's (here SELF, and an unknown one) are not copied.
      {
        ...draft({ weights: { SUPERVISOR: 0.4, PEER: 0.4, PUBLIC: 0.1, SUBORDINATE: 0.1, SELF: 0.5 } as never }),
        extra: 1,
      } as ScoringPolicyDraft,
      2,
    );
    expect(p).toEqual({
      code: 'KEC_UJI_360_V2',
      weights: { SUPERVISOR: 0.4, PEER: 0.4, PUBLIC: 0.1, SUBORDINATE: 0.1, SELF: 0 },
      minCount: { SUPERVISOR: 1, PEER: 3, PUBLIC: 5, SUBORDINATE: 3, SELF: 1 },
      perilaku: { diAtas: 85, sesuai: 65 },
      hasilKerja: { diAtas: 110, sesuai: 90 },
      capaianCap: 1.2,
      anonymityMin: 3,
    });
    expect(versionedPolicyCode('A_B', 12)).toBe('A_B_V12');
  });

  it('throws ScoringPolicyError with the violations of an invalid draft', () => {
    let error: unknown;
    try {
      buildScoringPolicy(draft({ capaianCap: 3 }), 2);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScoringPolicyError);
    expect((error as ScoringPolicyError).violations.map((v) => v.code)).toEqual(['INVALID_CAP']);
    expect(() => buildScoringPolicy(draft(), 1)).toThrow(RangeError);
  });

  it('the built policy scores as the default does when it carries the default numbers, and by its own weights otherwise', () => {
    const reviewers = { SUPERVISOR: [{ mean: 30 / 7 }], PEER: [{ mean: 4 }, { mean: 25 / 7 }, { mean: 31 / 7 }] };
    const S = ((30 / 7 - 1) / 4) * 100;
    const same = buildScoringPolicy(draft(), 2);
    expect(computeRoundResult(same, { reviewers }).perilakuScore).toBeCloseTo(
      computeRoundResult(ARCAMANIK_360_V1, { reviewers }).perilakuScore!,
      12,
    );
    const other = buildScoringPolicy(draft({ weights: { SUPERVISOR: 0.2, PEER: 0.6, PUBLIC: 0.2, SUBORDINATE: 0 } }), 3);
    // No public source: P = (0.2·S + 0.6·75) / 0.8.
    expect(computeRoundResult(other, { reviewers }).perilakuScore).toBeCloseTo((0.2 * S + 0.6 * 75) / 0.8, 12);
  });
});
