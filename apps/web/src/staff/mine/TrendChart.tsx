import { lineChart } from '../../../../../libs/charts/src/line-chart';

/** Score thresholds drawn as ticks: the perilaku rating bands (65 SESUAI, 85 DI ATAS) of the default policy. */
const TICKS = [0, 65, 85, 100];

/**
 * A trend line over periods (oldest first) on 0–100, drawn as SVG from libs/charts (the same
 * geometry the PDF reports use). The SVG is one image with a text alternative; the figures are also
 * in a table below it for those who want the numbers.
 */
export function TrendChart(props: {
  points: Array<{ label: string; value: number | null }>;
  label: string;
  format: (n: number | null) => string;
  /** Defaults: 0–100 with the perilaku bands; the IKM trend passes 25–100 and the mutu bands. */
  domain?: { min: number; max: number };
  ticks?: number[];
}) {
  const layout = lineChart(props.points, {
    width: 560,
    height: 200,
    domain: props.domain ?? { min: 0, max: 100 },
    ticks: props.ticks ?? TICKS,
    left: 64,
    right: 64,
    top: 20,
    bottom: 40,
  });
  return (
    <svg viewBox={`0 0 ${layout.width} ${layout.height}`} width="100%" role="img" aria-label={props.label} className="trend">
      {layout.ticks.map((t) => (
        <g key={t.value}>
          <line x1={layout.plot.x} x2={layout.plot.x + layout.plot.width} y1={t.at} y2={t.at} stroke="#d0d7e2" />
          <text x={layout.plot.x - 6} y={t.at + 4} textAnchor="end" fontSize="11" fill="#3b4656">
            {t.value}
          </text>
        </g>
      ))}
      <path d={layout.path} fill="none" stroke="#1d4ed8" strokeWidth="2.5" />
      {layout.points.map((p, i) =>
        p.y === null ? null : (
          <g key={i}>
            <circle cx={p.x} cy={p.y} r="4" fill="#1d4ed8" />
            <text x={p.x} y={p.y - 8} textAnchor="middle" fontSize="11" fill="#1f2937">
              {props.format(p.value)}
            </text>
          </g>
        ),
      )}
      {layout.points.map((p, i) => (
        <text key={`l${i}`} x={p.x} y={layout.height - 14} textAnchor="middle" fontSize="11" fill="#3b4656">
          {p.label.length > 18 ? `${p.label.slice(0, 17)}…` : p.label}
        </text>
      ))}
    </svg>
  );
}
