/**
 * The SKM report's data (survei kepuasan masyarakat, PermenPANRB 14/2017): built from the stored
 * aggregate the worker wrote (the same numbers servicePointSatisfaction answers), the respondents'
 * profile and the trend. Pure: the gateway's satisfactionReport and the worker's PDF both build
 * it here, so the page, the API and the paper cannot disagree.
 */
import { IKM_ELEMENTS, RESPONDENT_FIELDS, RESPONDENT_PROFILE, RESPONDENT_PROFILE_LABELS, RespondentField } from '@k360/scoring';

/** The weight of each element: the exact 1/9 (not the printed 0.111). */
export const SKM_ELEMENT_WEIGHT = 1 / IKM_ELEMENTS.length;
/** How many periods the trend shows, the report's own included (oldest first). */
export const SKM_TREND_PERIODS = 6;
/** The profile's "not filled in" row. */
export const PROFILE_NOT_GIVEN = 'TIDAK_DIISI';
export const PROFILE_NOT_GIVEN_LABEL = 'Tidak diisi';

export interface SkmElement {
  code: string;
  /** The regulation's (Indonesian) element name. */
  label: string;
  /** 1–4, full precision; null without answers. */
  nrr: number | null;
  /** nrr × 1/9. */
  weightedNrr: number | null;
  /** Questionnaires that answered the element. */
  respondents: number;
}

export interface SkmProfileRow {
  key: string;
  label: string;
  count: number;
  /** Share of the respondents, 0–100, full precision. */
  percent: number;
}

export interface SkmTrendPoint {
  periodId: string;
  periodName: string;
  startsOn: string;
  respondents: number;
  ikmConverted: number | null;
  mutu: string | null;
}

/** One planned action of the follow-up plan (rencana tindak lanjut). */
export interface SkmFollowUp {
  element: string;
  action: string;
  owner: string;
  dueOn: string;
  status: string;
}

export interface SatisfactionReportData {
  servicePoint: { id: string; name: string; unitName: string };
  period: { id: string; name: string; startsOn: string; endsOn: string };
  respondents: number;
  elements: SkmElement[];
  weakestElement: string | null;
  ikm: number | null;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quickCount: number;
  quickMean: number | null;
  profile: Record<RespondentField, SkmProfileRow[]>;
  trend: SkmTrendPoint[];
}

/** What the PDF needs besides the data. */
export interface SkmReportModel extends SatisfactionReportData {
  agencyName: string;
  generatedAt: Date;
  followUp: SkmFollowUp[];
}

/** The stored aggregate as SatisfactionRepository.aggregate reads it (null: never aggregated). */
export interface StoredAggregate {
  respondents: number;
  elements: Array<{ code: string; count: number; nrr: number | null }>;
  ikm: number | null;
  ikmConverted: number | null;
  mutu: string | null;
  kinerja: string | null;
  quickCount: number;
  quickSum: number;
}

export interface SatisfactionReportInput {
  servicePoint: { id: string; name: string; unitName: string };
  period: { id: string; name: string; startsOn: string; endsOn: string };
  aggregate: StoredAggregate | null;
  /** Per field and value (null: not filled in), how many IKM respondents. */
  profile: Array<{ field: RespondentField; value: string | null; count: number }>;
  trend: SkmTrendPoint[];
}

function profileRows(field: RespondentField, counts: SatisfactionReportInput['profile']): SkmProfileRow[] {
  const mine = counts.filter((c) => c.field === field);
  const total = mine.reduce((t, c) => t + c.count, 0);
  const labels = RESPONDENT_PROFILE_LABELS[field] as Record<string, [string, string]>;
  const percent = (n: number) => (total ? (n / total) * 100 : 0);
  const known = (RESPONDENT_PROFILE[field] as readonly string[]).map((key) => {
    const count = mine.find((c) => c.value === key)?.count ?? 0;
    return { key, label: labels[key][0], count, percent: percent(count) };
  });
  // A value the intake no longer offers still counts (as "not filled in": nothing else to call it).
  const other = mine.filter((c) => c.value === null || !(c.value in labels)).reduce((t, c) => t + c.count, 0);
  return [...known, { key: PROFILE_NOT_GIVEN, label: PROFILE_NOT_GIVEN_LABEL, count: other, percent: percent(other) }];
}

/** The report's data from its stored facts; every figure is the stored aggregate's, full precision. */
export function buildSatisfactionReport(input: SatisfactionReportInput): SatisfactionReportData {
  const a = input.aggregate;
  const stored = new Map((a?.elements ?? []).map((e) => [e.code, e]));
  const elements: SkmElement[] = IKM_ELEMENTS.map(({ code, name }) => {
    const e = stored.get(code);
    const nrr = e && typeof e.nrr === 'number' ? e.nrr : null;
    return { code, label: name, nrr, weightedNrr: nrr === null ? null : nrr * SKM_ELEMENT_WEIGHT, respondents: e?.count ?? 0 };
  });
  const rated = elements.filter((e): e is SkmElement & { nrr: number } => e.nrr !== null);
  const lowest = rated.length ? Math.min(...rated.map((e) => e.nrr)) : null;
  return {
    servicePoint: input.servicePoint,
    period: input.period,
    respondents: a?.respondents ?? 0,
    elements,
    weakestElement: rated.find((e) => e.nrr === lowest)?.code ?? null,
    ikm: a?.ikm ?? null,
    ikmConverted: a?.ikmConverted ?? null,
    mutu: a?.mutu ?? null,
    kinerja: a?.kinerja ?? null,
    quickCount: a?.quickCount ?? 0,
    quickMean: a && a.quickCount ? a.quickSum / a.quickCount : null,
    profile: Object.fromEntries(RESPONDENT_FIELDS.map((f) => [f, profileRows(f, input.profile)])) as Record<
      RespondentField,
      SkmProfileRow[]
    >,
    trend: input.trend,
  };
}
