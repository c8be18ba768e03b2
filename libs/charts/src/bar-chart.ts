/**
 * Chart geometry shared by the staff pages (rendered as SVG) and the worker's PDF reports (drawn with
 * pdfkit): one function decides where every bar, label and tick goes, so a chart looks the same on
 * the page and on paper. Pure: no DOM, no I/O. The domains are fixed by the regulation (NRR 1–4,
 * IKM 25–100, scores 0–100), so no "nice" tick search is needed: the caller gives the ticks.
 */

export interface ChartDomain {
  min: number;
  max: number;
}

export interface HorizontalBarInput {
  label: string;
  /** Null draws no bar (no data) but keeps the row and its label. */
  value: number | null;
  /** Drawn in the emphasis colour (e.g. the weakest element). */
  highlight?: boolean;
}

export interface HorizontalBarOptions {
  /** Total width in user units (SVG px or PDF points). */
  width: number;
  domain: ChartDomain;
  /** Height of one row; the bar fills `barRatio` of it. */
  rowHeight?: number;
  barRatio?: number;
  /** Width kept on the left for the row labels and on the right for the value labels. */
  labelWidth?: number;
  valueWidth?: number;
  /** Tick values along the axis (within the domain). */
  ticks?: number[];
  /** Height kept under the rows for the tick labels. */
  axisHeight?: number;
}

export interface HorizontalBar {
  label: string;
  value: number | null;
  highlight: boolean;
  /** Row box, for the label (text baseline at labelY). */
  rowY: number;
  labelY: number;
  /** Bar box; width 0 when value is null. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Where the value label starts. */
  valueX: number;
}

export interface AxisTick {
  value: number;
  /** Position along the axis (x for bar charts, y for line charts). */
  at: number;
}

export interface HorizontalBarLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  bars: HorizontalBar[];
  ticks: AxisTick[];
  /** y of the axis line under the rows. */
  axisY: number;
}

/** Clamps into the domain and maps linearly onto [0, 1]. */
export function unitPosition(value: number, domain: ChartDomain): number {
  if (!(domain.max > domain.min)) throw new RangeError(`empty chart domain ${domain.min}..${domain.max}`);
  const clamped = Math.min(domain.max, Math.max(domain.min, value));
  return (clamped - domain.min) / (domain.max - domain.min);
}

/** A horizontal bar chart: one row per input, bars from the domain's minimum. */
export function horizontalBarChart(rows: HorizontalBarInput[], options: HorizontalBarOptions): HorizontalBarLayout {
  const rowHeight = options.rowHeight ?? 22;
  const barRatio = options.barRatio ?? 0.64;
  const labelWidth = options.labelWidth ?? Math.round(options.width * 0.38);
  const valueWidth = options.valueWidth ?? 44;
  const axisHeight = options.axisHeight ?? 18;
  const plotX = labelWidth;
  const plotWidth = Math.max(1, options.width - labelWidth - valueWidth);
  const barHeight = rowHeight * barRatio;
  const bars = rows.map((row, i) => {
    const rowY = i * rowHeight;
    const width = row.value === null || !Number.isFinite(row.value) ? 0 : unitPosition(row.value, options.domain) * plotWidth;
    return {
      label: row.label,
      value: row.value,
      highlight: row.highlight ?? false,
      rowY,
      labelY: rowY + rowHeight / 2,
      x: plotX,
      y: rowY + (rowHeight - barHeight) / 2,
      width,
      height: barHeight,
      valueX: plotX + width + 4,
    };
  });
  const axisY = rows.length * rowHeight;
  const ticks = (options.ticks ?? [options.domain.min, options.domain.max]).map((value) => ({
    value,
    at: plotX + unitPosition(value, options.domain) * plotWidth,
  }));
  return { width: options.width, height: axisY + axisHeight, plotX, plotWidth, bars, ticks, axisY };
}
