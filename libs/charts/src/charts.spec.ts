import { horizontalBarChart, lineChart, unitPosition } from './index';

describe('chart geometry', () => {
  it('maps values linearly into the domain and clamps outside it', () => {
    expect(unitPosition(1, { min: 1, max: 4 })).toBe(0);
    expect(unitPosition(2.5, { min: 1, max: 4 })).toBe(0.5);
    expect(unitPosition(9, { min: 1, max: 4 })).toBe(1);
    expect(unitPosition(-3, { min: 1, max: 4 })).toBe(0);
    expect(() => unitPosition(1, { min: 4, max: 4 })).toThrow(RangeError);
  });

  it('lays out one row per element, bar widths proportional, no bar for a missing value', () => {
    const layout = horizontalBarChart(
      [
        { label: 'Persyaratan', value: 4 },
        { label: 'Waktu', value: 2.5, highlight: true },
        { label: 'Biaya', value: null },
      ],
      { width: 300, domain: { min: 1, max: 4 }, rowHeight: 20, labelWidth: 100, valueWidth: 50, ticks: [1, 2, 3, 4] },
    );
    expect(layout.plotWidth).toBe(150);
    expect(layout.bars.map((b) => b.width)).toEqual([150, 75, 0]);
    expect(layout.bars.map((b) => b.rowY)).toEqual([0, 20, 40]);
    expect(layout.bars[1].highlight).toBe(true);
    expect(layout.bars[0].x).toBe(100);
    expect(layout.ticks.map((t) => t.at)).toEqual([100, 150, 200, 250]);
    expect(layout.axisY).toBe(60);
    expect(layout.height).toBeGreaterThan(60);
  });

  it('draws a trend as one path, broken where a period has no value', () => {
    const layout = lineChart(
      [
        { label: 'Jan', value: 25 },
        { label: 'Feb', value: 100 },
        { label: 'Mar', value: null },
        { label: 'Apr', value: 62.5 },
      ],
      { width: 330, height: 128, domain: { min: 25, max: 100 }, left: 30, right: 0, top: 8, bottom: 20 },
    );
    expect(layout.points.map((p) => p.x)).toEqual([30, 130, 230, 330]);
    expect(layout.points.map((p) => p.y)).toEqual([108, 8, null, 58]);
    expect(layout.path).toBe('M 30 108 L 130 8 M 330 58');
    expect(lineChart([{ label: 'Jan', value: 50 }], { width: 100, height: 50, domain: { min: 0, max: 100 } }).path).toMatch(/^M /);
  });
});
