/** Sources of a 360° result. SELF is shown for the self/others gap and never weighted. */
export type ReviewSourceValue = 'SUPERVISOR' | 'PEER' | 'SUBORDINATE' | 'SELF' | 'PUBLIC';

/**
 * A scoring policy: snapshotted into every round when it opens, so later changes never alter an
 * open or closed round. The project default is ARCAMANIK_360_V1 (docs/domain.md).
 */
export interface ScoringPolicy {
  code: string;
  /** Weight per source before renormalisation over the sources that counted. */
  weights: Record<ReviewSourceValue, number>;
  /** A source counts only with at least this many inputs (reviewers, or ratings for PUBLIC). */
  minCount: Record<ReviewSourceValue, number>;
  /** Perilaku P ≥ diAtas → DI_ATAS_EKSPEKTASI; P ≥ sesuai → SESUAI_EKSPEKTASI; else DI_BAWAH. */
  perilaku: { diAtas: number; sesuai: number };
  /** Hasil kerja H ≥ diAtas → DI_ATAS; H ≥ sesuai → SESUAI; else DI_BAWAH. */
  hasilKerja: { diAtas: number; sesuai: number };
  /** Capaian per KPI indicator is capped at this value. */
  capaianCap: number;
  /** Peer and subordinate comments are shown to the employee only from this many submissions. */
  anonymityMin: number;
}

export const ARCAMANIK_360_V1: ScoringPolicy = Object.freeze({
  code: 'ARCAMANIK_360_V1',
  weights: { SUPERVISOR: 0.5, PEER: 0.3, PUBLIC: 0.2, SUBORDINATE: 0, SELF: 0 },
  minCount: { SUPERVISOR: 1, PEER: 3, SUBORDINATE: 3, PUBLIC: 5, SELF: 1 },
  perilaku: { diAtas: 85, sesuai: 65 },
  hasilKerja: { diAtas: 110, sesuai: 90 },
  capaianCap: 1.2,
  anonymityMin: 3,
}) as ScoringPolicy;
