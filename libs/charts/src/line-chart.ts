import { ChartDomain, AxisTick, unitPosition } from './bar-chart';

export interface LinePointInput {
  label: string;
  value: number | null;
}

export interface LineChartOptions {
  width: number;
  height: number;
  domain: ChartDomain;
  ticks?: number[];
  /** Space for the y tick labels on the left and the x labels below. */
  left?: number;
  bottom?: number;
  top?: number;
  right?: number;
}

export interface LinePoint {
  label: string;
  value: number | null;
  /** x is set for every point (its label goes there); y only when value is not null. */
  x: number;
  y: number | null;
}

export interface LineChartLayout {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  points: LinePoint[];
  /**
   * SVG path data ("M x y L x y …") through the points that have a value; a missing value breaks
   * the line (a new "M"). The same string is an SVG <path d> on the page and `doc.path(d)` in pdfkit.
   */
  path: string;
  ticks: AxisTick[];
}

const fixed = (n: number) => Math.round(n * 100) / 100;

/** A trend line over periods (oldest first), points evenly spaced. */
export function lineChart(points: LinePointInput[], options: LineChartOptions): LineChartLayout {
  const left = options.left ?? 32;
  const bottom = options.bottom ?? 20;
  const top = options.top ?? 8;
  const right = options.right ?? 12;
  const plot = { x: left, y: top, width: Math.max(1, options.width - left - right), height: Math.max(1, options.height - top - bottom) };
  const step = points.length > 1 ? plot.width / (points.length - 1) : 0;
  const yOf = (v: number) => plot.y + plot.height - unitPosition(v, options.domain) * plot.height;
  const laid = points.map((p, i) => ({
    label: p.label,
    value: p.value,
    x: fixed(points.length > 1 ? plot.x + i * step : plot.x + plot.width / 2),
    y: p.value === null || !Number.isFinite(p.value) ? null : fixed(yOf(p.value)),
  }));
  let path = '';
  let drawing = false;
  for (const p of laid) {
    if (p.y === null) {
      drawing = false;
      continue;
    }
    path += `${path ? ' ' : ''}${drawing ? 'L' : 'M'} ${p.x} ${p.y}`;
    drawing = true;
  }
  const ticks = (options.ticks ?? [options.domain.min, options.domain.max]).map((value) => ({ value, at: fixed(yOf(value)) }));
  return { width: options.width, height: options.height, plot, points: laid, path, ticks };
}
