/** Shared pieces of the SVG charts: gridlines with their labels, and the bottom axis line. */

interface GridProps {
  ticks: readonly number[];
  y: (value: number) => number;
  left: number;
  right: number;
  format: (value: number) => string;
  /** Which side the labels sit on; the gridlines span the plot either way. */
  side?: 'left' | 'right';
  /** Only the labels (a second axis shares the first one's gridlines). */
  labelsOnly?: boolean;
}

/** Horizontal gridlines across the plot with their values beside the axis. */
export function HorizontalGrid({ ticks, y, left, right, format, side = 'left', labelsOnly }: GridProps) {
  return (
    <g className="gridlines">
      {ticks.map((tick) => (
        <g key={tick}>
          {!labelsOnly && (
            <line
              x1={left}
              x2={right}
              y1={y(tick)}
              y2={y(tick)}
              className={tick === 0 ? 'baseline' : undefined}
            />
          )}
          <text
            x={side === 'left' ? left - 6 : right + 6}
            y={y(tick)}
            dy="0.35em"
            textAnchor={side === 'left' ? 'end' : 'start'}
            className="tick-label"
          >
            {format(tick)}
          </text>
        </g>
      ))}
    </g>
  );
}

/** The unit of an axis, written above it: horizontal text reads better than a rotated title. */
export function AxisTitle({
  x,
  y,
  anchor,
  children,
  className,
}: {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
  children: string;
  className?: string;
}) {
  return (
    <text x={x} y={y} textAnchor={anchor} className={`axis-title${className ? ` ${className}` : ''}`}>
      {children}
    </text>
  );
}

/** A path through the points, broken where a value is missing (an hour nobody came). */
export function linePath(points: readonly ({ x: number; y: number } | undefined)[]): string {
  let path = '';
  let pen = false;
  for (const point of points) {
    if (!point) {
      pen = false;
      continue;
    }
    path += `${pen ? 'L' : 'M'}${point.x.toFixed(1)},${point.y.toFixed(1)}`;
    pen = true;
  }
  return path;
}
