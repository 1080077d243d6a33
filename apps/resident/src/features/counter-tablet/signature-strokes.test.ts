import { describe, expect, it } from 'vitest';
import {
  extendStroke,
  hasSignature,
  inkBounds,
  type PathSink,
  type SignatureStroke,
  traceStroke,
} from './signature-strokes.ts';

/** A stroke from (x0, y) to (x1, y) in ten steps. */
function line(x0: number, x1: number, y: number): SignatureStroke {
  return Array.from({ length: 11 }, (_, i) => ({ x: x0 + ((x1 - x0) * i) / 10, y }));
}

describe('hasSignature', () => {
  it('is false for an empty pad and for a tap', () => {
    expect(hasSignature([])).toBe(false);
    expect(hasSignature([[{ x: 0.5, y: 0.1 }]])).toBe(false);
    expect(hasSignature([[], []])).toBe(false);
  });

  it('is false for a short slip of the finger', () => {
    expect(hasSignature([line(0.5, 0.55, 0.1)])).toBe(false);
  });

  it('is true for a name written in several strokes', () => {
    const strokes = [line(0.1, 0.2, 0.1), line(0.22, 0.3, 0.12), line(0.32, 0.4, 0.1)];
    expect(hasSignature(strokes)).toBe(true);
    // Undoing strokes one by one takes it back below the line.
    expect(hasSignature(strokes.slice(0, 1))).toBe(false);
  });
});

describe('extendStroke', () => {
  it("ignores a resting finger's jitter and keeps real movement", () => {
    const stroke: SignatureStroke = [{ x: 0.5, y: 0.1 }];
    expect(extendStroke(stroke, { x: 0.5005, y: 0.1 })).toBe(false);
    expect(extendStroke(stroke, { x: 0.51, y: 0.1 })).toBe(true);
    expect(stroke).toHaveLength(2);
  });
});

describe('inkBounds', () => {
  it('frames the ink with a margin, inside the pad on the left, top and right', () => {
    const bounds = inkBounds([line(0.01, 0.6, 0.2), line(0.3, 0.99, 0.05)], 0.02)!;
    expect(bounds.x).toBe(0);
    expect(bounds.y).toBeCloseTo(0.03);
    expect(bounds.x + bounds.width).toBe(1);
    expect(bounds.y + bounds.height).toBeCloseTo(0.22);
    expect(inkBounds([], 0.02)).toBeUndefined();
  });
});

describe('traceStroke', () => {
  function recorder() {
    const points: [number, number][] = [];
    const sink: PathSink = {
      lineWidth: 1,
      beginPath: () => undefined,
      moveTo: (x, y) => void points.push([x, y]),
      lineTo: (x, y) => void points.push([x, y]),
      quadraticCurveTo: (_cx, _cy, x, y) => void points.push([x, y]),
      stroke: () => undefined,
      arc: (x, y) => void points.push([x, y]),
      fill: () => undefined,
    };
    return { points, sink };
  }

  it('draws from the first point to the last, in pixels', () => {
    const { points, sink } = recorder();
    traceStroke(
      sink,
      [
        { x: 0.1, y: 0.1 },
        { x: 0.2, y: 0.15 },
        { x: 0.3, y: 0.1 },
        { x: 0.4, y: 0.2 },
      ],
      1000,
    );
    expect(points[0]).toEqual([100, 100]);
    expect(points.at(-1)).toEqual([400, 200]);
  });

  it('draws a tap as a dot, and a stroke cropped to its box from the box corner', () => {
    const dot = recorder();
    traceStroke(dot.sink, [{ x: 0.5, y: 0.1 }], 1000);
    expect(dot.points).toEqual([[500, 100]]);
    const cropped = recorder();
    traceStroke(
      cropped.sink,
      [
        { x: 0.5, y: 0.1 },
        { x: 0.6, y: 0.1 },
      ],
      1000,
      0.45,
      0.05,
    );
    const [x, y] = cropped.points[0]!;
    expect(x).toBeCloseTo(50);
    expect(y).toBeCloseTo(50);
  });
});
