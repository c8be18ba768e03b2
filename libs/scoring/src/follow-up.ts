/**
 * The follow-up plan (rencana tindak lanjut, PermenPANRB 14/2017; issue 15): per service point and
 * period, actions against the survey's elements with an owner, a due date and a status, and what
 * changed in the element's NRR in the next period of the same kind. Pure rules: no I/O.
 */
import { IKM_ELEMENT_CODES, IkmElementCode } from './ikm';

export const FOLLOW_UP_STATUSES = ['PLANNED', 'IN_PROGRESS', 'DONE'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** What a status is called on paper (the SKM report's follow-up plan), in Bahasa Indonesia. */
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = { PLANNED: 'Direncanakan', IN_PROGRESS: 'Sedang dikerjakan', DONE: 'Selesai' };

/** An action's text: 5–1000 characters (the table's CHECK is the same). */
export const FOLLOW_UP_ACTION_MIN_CHARACTERS = 5;
export const FOLLOW_UP_ACTION_MAX_CHARACTERS = 1000;
/** An action is due from the period's first day to this many days after its last (a year to act on it). */
export const FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD = 366;
/** How many of the weakest elements the page suggests acting on. */
export const FOLLOW_UP_SUGGESTED_ELEMENTS = 3;
/** At most this many actions per service point and period. */
export const FOLLOW_UP_MAX_ACTIONS = 50;

export type FollowUpProblem = 'ELEMENT_CODE' | 'DUE_BEFORE_PERIOD' | 'DUE_TOO_LATE' | 'DUE_DATE';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** Days from `a` to `b` (YYYY-MM-DD, calendar days), or NaN for an invalid date. */
function daysBetween(a: string, b: string): number {
  if (!DATE.test(a) || !DATE.test(b)) return Number.NaN;
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  if (new Date(ta).toISOString().slice(0, 10) !== a || new Date(tb).toISOString().slice(0, 10) !== b) return Number.NaN;
  return Math.round((tb - ta) / DAY_MS);
}

export const isElementCode = (code: string): code is IkmElementCode => (IKM_ELEMENT_CODES as readonly string[]).includes(code);

/**
 * What is wrong with an action's element and due date for its period, or null: the element is
 * U1..U9, the due date a real calendar day from the period's first day to
 * FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD days after its last.
 */
export function followUpProblem(
  a: { elementCode: string; dueOn: string },
  period: { startsOn: string; endsOn: string },
): FollowUpProblem | null {
  if (!isElementCode(a.elementCode)) return 'ELEMENT_CODE';
  const fromStart = daysBetween(period.startsOn, a.dueOn);
  if (Number.isNaN(fromStart)) return 'DUE_DATE';
  if (fromStart < 0) return 'DUE_BEFORE_PERIOD';
  if (daysBetween(period.endsOn, a.dueOn) > FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD) return 'DUE_TOO_LATE';
  return null;
}

export interface PeriodRef {
  id: string;
  kind: string;
  startsOn: string;
  endsOn: string;
}

/** The next period of the same kind: the earliest one of that kind that starts after `current` ends (null: none yet). */
export function nextPeriodOfSameKind<P extends PeriodRef>(current: PeriodRef, periods: readonly P[]): P | null {
  const later = periods
    .filter((p) => p.id !== current.id && p.kind === current.kind && p.startsOn > current.endsOn)
    .sort((a, b) => (a.startsOn < b.startsOn ? -1 : a.startsOn > b.startsOn ? 1 : a.id < b.id ? -1 : 1));
  return later[0] ?? null;
}

/** What changed in an element: its NRR this period and in the next (null when not rated), and the difference. */
export interface ElementChange {
  nrrThisPeriod: number | null;
  nrrNextPeriod: number | null;
  /** next − this; null unless both are known. */
  delta: number | null;
}

export function elementChange(thisPeriod: number | null, nextPeriod: number | null): ElementChange {
  return {
    nrrThisPeriod: thisPeriod,
    nrrNextPeriod: nextPeriod,
    delta: thisPeriod !== null && nextPeriod !== null ? nextPeriod - thisPeriod : null,
  };
}

/**
 * The weakest elements to act on: rated elements by NRR ascending (ties in U order), at most
 * `count` (FOLLOW_UP_SUGGESTED_ELEMENTS), with every element tied with the last one kept.
 */
export function weakestElements(
  elements: ReadonlyArray<{ code: string; nrr: number | null }>,
  count: number = FOLLOW_UP_SUGGESTED_ELEMENTS,
): Array<{ code: IkmElementCode; nrr: number }> {
  const rated = elements
    .filter((e): e is { code: IkmElementCode; nrr: number } => isElementCode(e.code) && typeof e.nrr === 'number')
    .sort((a, b) => a.nrr - b.nrr || IKM_ELEMENT_CODES.indexOf(a.code) - IKM_ELEMENT_CODES.indexOf(b.code));
  if (rated.length <= count) return rated.map((e) => ({ code: e.code, nrr: e.nrr }));
  const cut = rated[count - 1].nrr;
  return rated.filter((e, i) => i < count || e.nrr === cut).map((e) => ({ code: e.code, nrr: e.nrr }));
}
