import { useEffect, useRef, useState } from 'react';
import { horizontalBarChart } from '../../../../../libs/charts/src/bar-chart';

export interface PredikatBar {
  label: string;
  count: number;
  /** The "belum dinilai" row, drawn in grey. */
  muted?: boolean;
}

/** Width the chart starts with before it has measured its box, and the narrowest it draws. */
const START_WIDTH = 560;
const MIN_WIDTH = 260;

/**
 * The predikat distribution as an SVG horizontal bar chart, laid out by libs/charts (the geometry
 * the PDF reports share), redrawn at the width of its box so text keeps its size on a phone. The
 * picture is one image with a text alternative naming every count (`summary`).
 */
export function PredikatChart({ bars, summary, title }: { bars: PredikatBar[]; summary: string; title: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(START_WIDTH);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(MIN_WIDTH, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const layout = horizontalBarChart(
    bars.map((b) => ({ label: b.label, value: b.count, highlight: b.muted })),
    {
      width,
      domain: { min: 0, max },
      rowHeight: 30,
      labelWidth: Math.min(170, Math.round(width * 0.42)),
      valueWidth: 40,
      ticks: [0, max],
      axisHeight: 22,
    },
  );
  return (
    <div ref={box} className="predikat-chart">
      <svg role="img" aria-label={summary} width={layout.width} height={layout.height} viewBox={`0 0 ${layout.width} ${layout.height}`}>
        <title>{title}</title>
        {layout.bars.map((b) => (
          <g key={b.label}>
            <text x={layout.plotX - 8} y={b.labelY} textAnchor="end" dominantBaseline="middle" fontSize="14" fill="#1a1a1a">
              {b.label}
            </text>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="3" fill={b.highlight ? '#6b7a90' : '#0b5394'} />
            <text x={b.valueX} y={b.labelY} dominantBaseline="middle" fontSize="14" fontWeight="600" fill="#1a1a1a">
              {b.value}
            </text>
          </g>
        ))}
        <line x1={layout.plotX} x2={layout.plotX + layout.plotWidth} y1={layout.axisY} y2={layout.axisY} stroke="#6b7a90" />
        {layout.ticks.map((t) => (
          <text key={t.value} x={t.at} y={layout.axisY + 16} textAnchor="middle" fontSize="12" fill="#555">
            {t.value}
          </text>
        ))}
      </svg>
    </div>
  );
}
