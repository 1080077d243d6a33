import { type ReactNode, useId } from 'react';
import { useChartWidth } from './use-chart-width.ts';

export interface LegendItem {
  label: string;
  /** The swatch: a bar, a line with its marker, a hatched bar, a dashed rule. */
  mark: 'bar' | 'bar-dark' | 'bar-hatched' | 'line' | 'rule';
}

interface ChartFigureProps {
  title: string;
  /** The chart's point in one sentence, shown under the title: what a manager should take away. */
  summary: string;
  legend?: readonly LegendItem[];
  /** The same data as a table, for screen readers (the drawing itself is hidden from them). */
  table: ReactNode;
  /** Draws the chart at the width it has. */
  children: (width: number) => ReactNode;
  className?: string;
}

/**
 * A chart as a figure: its title and takeaway as the caption, a legend in words, the SVG drawing,
 * and the numbers behind it as a visually hidden table. Screen readers get the caption and the
 * table; the drawing is aria-hidden because a list of rectangles says nothing.
 */
export function ChartFigure({ title, summary, legend, table, children, className }: ChartFigureProps) {
  const [canvasRef, width] = useChartWidth<HTMLDivElement>();
  const titleId = useId();
  return (
    <figure className={`chart${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <figcaption className="chart__caption">
        <h3 id={titleId} className="chart__title">
          {title}
        </h3>
        <p className="chart__summary">{summary}</p>
      </figcaption>
      {legend && legend.length > 0 && (
        <ul className="chart__legend" aria-hidden="true">
          {legend.map((item) => (
            <li key={item.label}>
              <LegendMark mark={item.mark} />
              {item.label}
            </li>
          ))}
        </ul>
      )}
      <div ref={canvasRef} className="chart__canvas" aria-hidden="true">
        {children(width)}
      </div>
      <div className="visually-hidden">{table}</div>
    </figure>
  );
}

function LegendMark({ mark }: { mark: LegendItem['mark'] }) {
  return (
    <svg className="chart__legend-mark" width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
      {mark === 'bar' && <rect x="3" y="1" width="16" height="10" className="mark-bar" />}
      {mark === 'bar-dark' && <rect x="3" y="1" width="16" height="10" className="mark-bar-dark" />}
      {mark === 'bar-hatched' && (
        <rect x="3" y="1" width="16" height="10" className="mark-bar-over" fill="url(#stats-hatch)" />
      )}
      {mark === 'line' && (
        <>
          <line x1="1" y1="6" x2="21" y2="6" className="mark-line" />
          <circle cx="11" cy="6" r="3.5" className="mark-point" />
        </>
      )}
      {mark === 'rule' && <line x1="11" y1="0" x2="11" y2="12" className="mark-rule" />}
    </svg>
  );
}

/**
 * Patterns every chart may refer to by id, drawn once per page: a colour alone must not carry a
 * meaning, so "over the target" is hatched as well as coloured.
 */
export function ChartPatterns() {
  return (
    <svg width="0" height="0" className="chart-patterns" aria-hidden="true" focusable="false">
      <defs>
        <pattern
          id="stats-hatch"
          width="6"
          height="6"
          patternUnits="userSpaceOnUse"
          patternTransform="rotate(45)"
        >
          <rect width="6" height="6" className="hatch-bg" />
          <line x1="0" y1="0" x2="0" y2="6" className="hatch-line" />
        </pattern>
      </defs>
    </svg>
  );
}
