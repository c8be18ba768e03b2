import { useEffect, useRef, useState } from 'react';
import { horizontalBarChart, type HorizontalBarInput, type HorizontalBarOptions } from '../../../../../libs/charts/src/bar-chart';

/** Width the chart starts with before it has measured its box, and the narrowest it draws. */
const START_WIDTH = 560;
const MIN_WIDTH = 260;

/**
 * A horizontal bar chart as SVG, laid out by libs/charts (the geometry the PDF reports share) and
 * redrawn at the width of its box, so text keeps its size on a phone. One image with a text
 * alternative (`summary`) naming every value; highlighted bars take `highlightColour`.
 */
export function BarChart(props: {
  rows: HorizontalBarInput[];
  options: Omit<HorizontalBarOptions, 'width' | 'labelWidth'> & { labelWidth: (width: number) => number };
  summary: string;
  title?: string;
  format: (value: number) => string;
  highlightColour: string;
  className: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(START_WIDTH);
  useEffect(() => {
    const el = box.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => setWidth(Math.max(MIN_WIDTH, Math.floor(entry.contentRect.width))));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const layout = horizontalBarChart(props.rows, { ...props.options, width, labelWidth: props.options.labelWidth(width) });
  return (
    <div ref={box} className={props.className}>
      <svg
        role="img"
        aria-label={props.summary}
        width={layout.width}
        height={layout.height}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
      >
        {props.title ? <title>{props.title}</title> : null}
        {layout.bars.map((b) => (
          <g key={b.label}>
            <text x={layout.plotX - 8} y={b.labelY} textAnchor="end" dominantBaseline="middle" fontSize="14" fill="#1a1a1a">
              {b.label}
            </text>
            <rect x={b.x} y={b.y} width={b.width} height={b.height} rx="3" fill={b.highlight ? props.highlightColour : '#0b5394'} />
            <text x={b.valueX} y={b.labelY} dominantBaseline="middle" fontSize="14" fontWeight="600" fill="#1a1a1a">
              {b.value === null ? '–' : props.format(b.value)}
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
