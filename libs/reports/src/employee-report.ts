/**
 * An employee's round report: what the round result page shows, on paper. Everything here is
 * already disclosed (round-disclosure.ts has been applied by the caller): a figure below its
 * source's minimum is null and the model says why.
 */
import { BERAKHLAK_V1 } from '@k360/scoring';

export interface EmployeeReportSource {
  source: string;
  count: number;
  mean: number | null;
  score: number | null;
  /** The renormalised weight; 0 when it did not count. */
  weight: number;
  counted: boolean;
  /** Why there is no figure or it did not count (Bahasa Indonesia); null when it counted. */
  note: string | null;
}

export interface EmployeeReportValueRow {
  value: string;
  label: string;
  /** One per relation of `EmployeeRoundReportModel.valueRelations`, in that order; null: hidden or none. */
  means: Array<number | null>;
}

export interface EmployeeReportFeedback {
  relation: string;
  /** How many submitted; null when hidden below the minimum. */
  submitted: number | null;
  commentsVisible: boolean;
  comments: Array<{ strengths: string | null; improvements: string | null }>;
}

export interface EmployeeRoundReportModel {
  agencyName: string;
  generatedAt: Date;
  employee: { name: string; nip: string; position: string };
  unitName: string;
  period: { name: string; startsOn: string; endsOn: string };
  result: {
    predikat: string | null;
    perilakuScore: number | null;
    perilakuRating: string | null;
    hasilKerjaScore: number | null;
    hasilKerjaRating: string;
    hasilKerjaSource: string;
  };
  sources: EmployeeReportSource[];
  /** Relations shown as columns of the per-value table, with why a column is empty. */
  valueRelations: Array<{ relation: string; note: string | null }>;
  values: EmployeeReportValueRow[];
  feedback: EmployeeReportFeedback[];
}

/** The relations of the per-value table, in the page's order. */
export const VALUE_RELATIONS = ['SUPERVISOR', 'PEER', 'SUBORDINATE', 'SELF'] as const;

/** Why a source shows no figure or does not count. */
export function sourceNote(s: { count: number; score: number | null; counted: boolean; weight: number }, minimum: number): string | null {
  if (s.count < minimum) return `Disembunyikan: ${s.count} penilai, minimal ${minimum} agar penilai tetap anonim; tidak dihitung.`;
  if (!s.counted) return 'Tidak dihitung dalam nilai perilaku (bobot 0 menurut kebijakan penilaian).';
  return null;
}

/**
 * The per-value table from the stored means per relation: a relation's column is empty unless at
 * least `minimum(relation)` reviewers gave it (the same rule as the sources').
 */
export function valueTable(
  means: Array<{ relation: string; coreValue: string; mean: number; reviewers: number }>,
  minimum: (relation: string) => number,
): Pick<EmployeeRoundReportModel, 'valueRelations' | 'values'> {
  const reviewers = (relation: string) => Math.max(0, ...means.filter((m) => m.relation === relation).map((m) => m.reviewers));
  const relations = VALUE_RELATIONS.filter((r) => reviewers(r) > 0);
  const shown = (r: string) => reviewers(r) >= minimum(r);
  return {
    valueRelations: relations.map((r) => ({
      relation: r,
      note: shown(r) ? null : `disembunyikan (${reviewers(r)} penilai, minimal ${minimum(r)})`,
    })),
    values: BERAKHLAK_V1.map((item) => ({
      value: item.value,
      label: item.name,
      means: relations.map((r) => (shown(r) ? (means.find((m) => m.relation === r && m.coreValue === item.value)?.mean ?? null) : null)),
    })),
  };
}
