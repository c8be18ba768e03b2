import { BarChart } from '../charts/BarChart';

export interface PredikatBar {
  label: string;
  count: number;
  /** The "belum dinilai" row, drawn in grey. */
  muted?: boolean;
}

/**
 * The predikat distribution as an SVG horizontal bar chart (libs/charts geometry, as the PDF
 * reports draw it). The picture is one image with a text alternative naming every count (`summary`).
 */
export function PredikatChart({ bars, summary, title }: { bars: PredikatBar[]; summary: string; title: string }) {
  const max = Math.max(1, ...bars.map((b) => b.count));
  return (
    <BarChart
      className="predikat-chart"
      rows={bars.map((b) => ({ label: b.label, value: b.count, highlight: b.muted }))}
      options={{
        domain: { min: 0, max },
        rowHeight: 30,
        labelWidth: (width) => Math.min(170, Math.round(width * 0.42)),
        valueWidth: 40,
        ticks: [0, max],
        axisHeight: 22,
      }}
      summary={summary}
      title={title}
      format={(n) => String(n)}
      highlightColour="#6b7a90"
    />
  );
}
