import { behindTarget, monthlyTarget, monthsUpTo } from './work-plan-monitoring';

describe('work plan monitoring rules', () => {
  it('a SUM indicator’s month is a twelfth of the annual target; AVERAGE and LAST keep the target', () => {
    expect(monthlyTarget(1200, 'SUM')).toBe(100);
    expect(monthlyTarget(1000, 'SUM')).toBeCloseTo(83.3333, 4);
    expect(monthlyTarget(3.2, 'AVERAGE')).toBe(3.2);
    expect(monthlyTarget(90, 'LAST')).toBe(90);
  });

  it('behind target is direction-aware, meeting it exactly is not behind, and no value is unknown', () => {
    expect(behindTarget(95, 100, 'HIGHER_IS_BETTER')).toBe(true);
    expect(behindTarget(100, 100, 'HIGHER_IS_BETTER')).toBe(false);
    expect(behindTarget(120, 100, 'HIGHER_IS_BETTER')).toBe(false);
    // Completion time: 45 minutes against a 30-minute target is behind; 25 is ahead.
    expect(behindTarget(45, 30, 'LOWER_IS_BETTER')).toBe(true);
    expect(behindTarget(25, 30, 'LOWER_IS_BETTER')).toBe(false);
    expect(behindTarget(30, 30, 'LOWER_IS_BETTER')).toBe(false);
    expect(behindTarget(null, 30, 'LOWER_IS_BETTER')).toBeNull();
  });

  it('the trend runs from January to the month asked for', () => {
    expect(monthsUpTo(2026, 3)).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(monthsUpTo(2026, 12)).toHaveLength(12);
    expect(monthsUpTo(2026, 12)[11]).toBe('2026-12');
  });
});
