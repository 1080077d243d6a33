// The signature as data: strokes of points measured in pad widths (x 0…1, y from the top in the
// same unit), so a drawing survives the tablet turning and the pad resizing, and the image sent
// with the application is drawn from the same points the resident saw.

export interface SignaturePoint {
  x: number;
  y: number;
  /** 0…1 from a pen; touch and mouse report none worth using. */
  pressure?: number | undefined;
}
export type SignatureStroke = SignaturePoint[];

/**
 * Ink a signature needs, in pad widths: a tap or a short slip of the finger is not a signature.
 * A family name in kanji written small is several times this.
 */
export const MIN_INK = 0.15;
/** Line width in pad widths: about 5 px on a 10-inch tablet. */
export const LINE_WIDTH = 0.0065;

const distance = (a: SignaturePoint, b: SignaturePoint) => Math.hypot(a.x - b.x, a.y - b.y);

/** How much line the strokes draw, in pad widths. */
export function inkLength(strokes: readonly SignatureStroke[]): number {
  let length = 0;
  for (const stroke of strokes) {
    for (let i = 1; i < stroke.length; i++) length += distance(stroke[i - 1]!, stroke[i]!);
  }
  return length;
}

/** Whether there is enough on the pad to count as a signature. */
export function hasSignature(strokes: readonly SignatureStroke[]): boolean {
  return inkLength(strokes) >= MIN_INK;
}

/** A point joins the stroke only when it has moved: a resting finger jitters without drawing. */
export function extendStroke(stroke: SignatureStroke, point: SignaturePoint, minStep = 0.002): boolean {
  const last = stroke.at(-1);
  if (last && distance(last, point) < minStep) return false;
  stroke.push(point);
  return true;
}

export interface InkBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The box around the ink with `margin` on every side (never past the pad's left, top or right edge). */
export function inkBounds(strokes: readonly SignatureStroke[], margin: number): InkBounds | undefined {
  const points = strokes.flat();
  if (points.length === 0) return undefined;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const left = Math.max(0, Math.min(...xs) - margin);
  const top = Math.max(0, Math.min(...ys) - margin);
  const right = Math.min(1, Math.max(...xs) + margin);
  const bottom = Math.max(...ys) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** What drawing a stroke needs of a canvas: CanvasRenderingContext2D has it, and so does a test's recorder. */
export interface PathSink {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  quadraticCurveTo(cpx: number, cpy: number, x: number, y: number): void;
  stroke(): void;
  arc(x: number, y: number, radius: number, start: number, end: number): void;
  fill(): void;
  lineWidth: number;
}

/**
 * Draws a stroke as a smooth curve: quadratic segments through the midpoints between samples,
 * with each sample as the control point, so a fast stroke's few samples don't show as corners.
 * A pen draws thicker where it presses harder. `scale` turns pad widths into pixels.
 */
export function traceStroke(
  sink: PathSink,
  stroke: readonly SignaturePoint[],
  scale: number,
  dx = 0,
  dy = 0,
) {
  const at = (p: SignaturePoint) => [(p.x - dx) * scale, (p.y - dy) * scale] as const;
  const width = (p: SignaturePoint) =>
    LINE_WIDTH * scale * (p.pressure === undefined ? 1 : 0.6 + p.pressure * 0.8);
  const first = stroke[0];
  if (!first) return;
  if (stroke.length === 1) {
    const [x, y] = at(first);
    sink.beginPath();
    sink.arc(x, y, width(first) / 2, 0, Math.PI * 2);
    sink.fill();
    return;
  }
  for (let i = 1; i < stroke.length; i++) {
    const previous = stroke[i - 1]!;
    const current = stroke[i]!;
    // Each piece runs from the middle of the last segment to the middle of this one; the first
    // starts at the first point and the last ends at the last one.
    const from = i === 1 ? previous : midpoint(stroke[i - 2]!, previous);
    const to = i === stroke.length - 1 ? current : midpoint(previous, current);
    sink.beginPath();
    sink.lineWidth = width(current);
    sink.moveTo(...at(from));
    if (i === 1 && stroke.length > 2) sink.lineTo(...at(to));
    else sink.quadraticCurveTo(...at(previous), ...at(to));
    sink.stroke();
  }
}

function midpoint(a: SignaturePoint, b: SignaturePoint): SignaturePoint {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2, pressure: b.pressure };
}
