/**
 * Axes for the dashboard's hand-drawn charts: round tick steps (1, 2, 5 × 10ⁿ) that start at
 * zero, so a bar's length is its value and a reader can count along the gridlines.
 */

/** Ticks from 0 to at least `max`, about `count` of them, on a round step. */
export function niceTicks(max: number, count = 5, { integer = false } = {}): number[] {
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  const rough = max / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(rough));
  const fraction = rough / power;
  let step = (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10) * power;
  if (integer) step = Math.max(1, Math.round(step));
  const top = Math.ceil(max / step - 1e-9) * step;
  const ticks: number[] = [];
  for (let value = 0; value <= top + step / 2; value += step) ticks.push(round(value));
  return ticks;
}

/** Maps [0, domainMax] onto [rangeStart, rangeEnd] (rangeEnd may be smaller, as y grows downwards in SVG). */
export function linearScale(domainMax: number, rangeStart: number, rangeEnd: number) {
  const span = domainMax > 0 ? domainMax : 1;
  return (value: number) => rangeStart + (Math.max(0, value) / span) * (rangeEnd - rangeStart);
}

/** Floating-point steps (0.1 + 0.2) written as a reader expects. */
function round(value: number): number {
  return Number.parseFloat(value.toPrecision(12));
}

/** Every `n`-th index so that labels of `labelWidth` px fit in `available` px for `count` items. */
export function labelStride(count: number, available: number, labelWidth: number): number {
  if (count <= 0) return 1;
  const fit = Math.max(1, Math.floor(available / labelWidth));
  const stride = Math.ceil(count / fit);
  // Strides of 1, 2, 3, 4, 6, 12 line up with hours; larger ones just need to be whole.
  for (const nice of [1, 2, 3, 4, 6, 12]) if (stride <= nice) return nice;
  return stride;
}
