import { elementChange, FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD, followUpProblem, nextPeriodOfSameKind, weakestElements } from './follow-up';
import {
  badRatingCount,
  isLowSatisfactionRun,
  LOW_SATISFACTION_MIN_BAD,
  LOW_SATISFACTION_WINDOW_RATINGS,
  ratingOverall,
} from './satisfaction-alert';
import { commentStatus } from './citizen-comments';

const Q3 = { startsOn: '2026-07-01', endsOn: '2026-09-30' };

describe('followUpProblem', () => {
  it('accepts an element U1..U9 due from the first day of the period to the allowed days after its end', () => {
    expect(followUpProblem({ elementCode: 'U8', dueOn: '2026-07-01' }, Q3)).toBeNull();
    expect(followUpProblem({ elementCode: 'U1', dueOn: '2026-12-31' }, Q3)).toBeNull();
    const last = new Date(Date.parse('2026-09-30T00:00:00Z') + FOLLOW_UP_DUE_MAX_DAYS_AFTER_PERIOD * 86_400_000).toISOString().slice(0, 10);
    expect(followUpProblem({ elementCode: 'U9', dueOn: last }, Q3)).toBeNull();
    const after = new Date(Date.parse(`${last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    expect(followUpProblem({ elementCode: 'U9', dueOn: after }, Q3)).toBe('DUE_TOO_LATE');
  });
  it('refuses an unknown element, a due date before the period and an impossible date', () => {
    expect(followUpProblem({ elementCode: 'U10', dueOn: '2026-08-01' }, Q3)).toBe('ELEMENT_CODE');
    expect(followUpProblem({ elementCode: 'u1', dueOn: '2026-08-01' }, Q3)).toBe('ELEMENT_CODE');
    expect(followUpProblem({ elementCode: 'U1', dueOn: '2026-06-30' }, Q3)).toBe('DUE_BEFORE_PERIOD');
    expect(followUpProblem({ elementCode: 'U1', dueOn: '2026-02-30' }, Q3)).toBe('DUE_DATE');
    expect(followUpProblem({ elementCode: 'U1', dueOn: '2026-8-1' }, Q3)).toBe('DUE_DATE');
  });
});

describe('nextPeriodOfSameKind', () => {
  const periods = [
    { id: 'm9', kind: 'MONTHLY', startsOn: '2026-10-01', endsOn: '2026-10-31' },
    { id: 'q1', kind: 'QUARTERLY', startsOn: '2027-01-01', endsOn: '2027-03-31' },
    { id: 'q4', kind: 'QUARTERLY', startsOn: '2026-10-01', endsOn: '2026-12-31' },
    { id: 'q3', kind: 'QUARTERLY', ...Q3 },
    { id: 'q2', kind: 'QUARTERLY', startsOn: '2026-04-01', endsOn: '2026-06-30' },
  ];
  it('is the earliest later period of the same kind, ignoring other kinds and earlier periods', () => {
    expect(nextPeriodOfSameKind(periods[3], periods)?.id).toBe('q4');
    expect(nextPeriodOfSameKind(periods[4], periods)?.id).toBe('q3');
    expect(nextPeriodOfSameKind(periods[1], periods)).toBeNull();
  });
});

describe('elementChange and weakestElements', () => {
  it('gives the difference only when both periods are rated', () => {
    expect(elementChange(2.75, 3.25)).toEqual({ nrrThisPeriod: 2.75, nrrNextPeriod: 3.25, delta: 0.5 });
    expect(elementChange(2.75, null)).toEqual({ nrrThisPeriod: 2.75, nrrNextPeriod: null, delta: null });
  });
  it('suggests the lowest NRR first, ties in U order and kept together, unrated left out', () => {
    // The worked example of DOMAIN.md: U8 2.75 is the weakest, then U3 and U5 at 3.25.
    const nrr = [3.5, 3.5, 3.25, 4, 3.25, 3.5, 4, 2.75, 3.5];
    const elements = nrr.map((v, i) => ({ code: `U${i + 1}`, nrr: v }));
    expect(weakestElements(elements, 1)).toEqual([{ code: 'U8', nrr: 2.75 }]);
    expect(weakestElements(elements, 2).map((e) => e.code)).toEqual(['U8', 'U3', 'U5']);
    expect(weakestElements(elements, 3).map((e) => e.code)).toEqual(['U8', 'U3', 'U5']);
    expect(weakestElements(elements, 4).map((e) => e.code)).toEqual(['U8', 'U3', 'U5', 'U1', 'U2', 'U6', 'U9']);
    expect(
      weakestElements([
        { code: 'U1', nrr: null },
        { code: 'U2', nrr: 3 },
      ]),
    ).toEqual([{ code: 'U2', nrr: 3 }]);
  });
});

describe('the low-satisfaction rule', () => {
  it('an IKM questionnaire’s overall is the mean of its answers; a QUICK rating’s its score', () => {
    expect(ratingOverall({ answers: [2, 2, 2, 2, 3, 2, 2, 1, 2] })).toBeCloseTo(2, 10);
    expect(ratingOverall({ answers: [2, 2, 2, 2, 3, 2, 2, 2, 2] })).toBeGreaterThan(2);
    expect(ratingOverall({ score: 1 })).toBe(1);
  });
  it(`fires at ${LOW_SATISFACTION_MIN_BAD} bad among the latest ${LOW_SATISFACTION_WINDOW_RATINGS}, not at one fewer`, () => {
    const bad = Array(LOW_SATISFACTION_MIN_BAD).fill(2);
    expect(isLowSatisfactionRun(bad)).toBe(true);
    expect(isLowSatisfactionRun(bad.slice(1))).toBe(false);
    expect(isLowSatisfactionRun([...Array(LOW_SATISFACTION_MIN_BAD - 1).fill(1), ...Array(6).fill(4)])).toBe(false);
    // Only the latest ten count: older bad ones beyond the window do not.
    const mixed = [...Array(LOW_SATISFACTION_WINDOW_RATINGS).fill(4), ...bad];
    expect(isLowSatisfactionRun(mixed)).toBe(false);
    expect(badRatingCount([2, 2.0001, 1, 3])).toBe(2);
  });
  it('a comment is HIDDEN while hidden, else HANDLED once handled, else OPEN', () => {
    const t = new Date();
    expect(commentStatus(null)).toBe('OPEN');
    expect(commentStatus({ handledAt: t, hiddenAt: null })).toBe('HANDLED');
    expect(commentStatus({ handledAt: t, hiddenAt: t })).toBe('HIDDEN');
    expect(commentStatus({ handledAt: null, hiddenAt: null })).toBe('OPEN');
  });
});
