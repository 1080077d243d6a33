import { type PointerEvent as ReactPointerEvent, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  extendStroke,
  inkBounds,
  type SignaturePoint,
  type SignatureStroke,
  traceStroke,
} from './signature-strokes.ts';

/** The image of an empty pad, in pad widths (the pad itself is as tall as the screen allows). */
const EMPTY_ASPECT = 1 / 3;
const INK = '#111418';
// The image sent with the application: this many pixels per pad width, ink only, cropped to it.
const PNG_SCALE = 1000;
const PNG_MARGIN = 0.02;

type Context = CanvasRenderingContext2D;

function prepare(context: Context) {
  context.strokeStyle = INK;
  context.fillStyle = INK;
  context.lineCap = 'round';
  context.lineJoin = 'round';
}

/**
 * Where the resident signs with a finger or a pen. Pointer events cover touch, pen and mouse
 * alike; `touch-action: none` keeps the browser from scrolling or zooming under the finger. Each
 * finished stroke is handed up, so the parent holds the drawing across screens.
 */
export function SignaturePad({
  strokes,
  onChange,
}: {
  strokes: readonly SignatureStroke[];
  onChange: (strokes: SignatureStroke[]) => void;
}) {
  const { t } = useTranslation();
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef<{ pointerId: number; stroke: SignatureStroke } | undefined>(undefined);
  const frame = useRef<number | undefined>(undefined);
  const strokesRef = useRef(strokes);
  strokesRef.current = strokes;

  const paint = () => {
    frame.current = undefined;
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, element.width, element.height);
    prepare(context);
    const all = drawing.current ? [...strokesRef.current, drawing.current.stroke] : strokesRef.current;
    for (const stroke of all) traceStroke(context, stroke, element.width);
  };
  const schedulePaint = () => {
    frame.current ??= requestAnimationFrame(paint);
  };

  // The bitmap follows the element's size at the screen's pixel density, and repaints on resize;
  // points are in pad widths, so a taller pad in portrait only adds room below.
  // biome-ignore lint/correctness/useExhaustiveDependencies: paint reads the latest strokes from a ref
  useEffect(() => {
    const element = canvas.current;
    if (!element) return;
    const fit = () => {
      const ratio = window.devicePixelRatio || 1;
      const width = Math.round(element.clientWidth * ratio);
      element.width = width;
      element.height = Math.round(element.clientHeight * ratio);
      paint();
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => {
      observer.disconnect();
      if (frame.current !== undefined) cancelAnimationFrame(frame.current);
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new drawing from the parent (undo, clear) repaints
  useEffect(() => paint(), [strokes]);

  const pointOf = (event: PointerEvent | ReactPointerEvent): SignaturePoint => {
    const box = canvas.current!.getBoundingClientRect();
    const point: SignaturePoint = {
      x: (event.clientX - box.left) / box.width,
      y: (event.clientY - box.top) / box.width,
    };
    if (event.pointerType === 'pen') point.pressure = event.pressure;
    return point;
  };

  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    // One hand signs: a second finger or a resting palm doesn't start another line.
    if (drawing.current || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drawing.current = { pointerId: event.pointerId, stroke: [pointOf(event)] };
    schedulePaint();
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const current = drawing.current;
    if (!current || current.pointerId !== event.pointerId) return;
    // A fast finger moves further between frames than one event says; the coalesced ones fill in.
    const samples = event.nativeEvent.getCoalescedEvents?.() ?? [];
    let moved = false;
    for (const sample of samples.length > 0 ? samples : [event.nativeEvent]) {
      moved = extendStroke(current.stroke, pointOf(sample)) || moved;
    }
    if (moved) schedulePaint();
  };
  const finish = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const current = drawing.current;
    if (!current || current.pointerId !== event.pointerId) return;
    drawing.current = undefined;
    onChange([...strokesRef.current, current.stroke]);
  };

  return (
    <div className="signature-pad">
      <canvas
        ref={canvas}
        className="signature-pad-canvas"
        data-testid="signature-pad"
        role="img"
        aria-label={t('counterTablet.sign.padLabel')}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={finish}
        onPointerCancel={finish}
        onLostPointerCapture={finish}
      />
      <span className="signature-pad-line" aria-hidden="true">
        <span className="signature-pad-mark">×</span>
      </span>
    </div>
  );
}

/** The signature as a PNG data URL, ink on a transparent ground, cropped to the ink. */
export function signaturePng(strokes: readonly SignatureStroke[]): string {
  const bounds = inkBounds(strokes, PNG_MARGIN) ?? { x: 0, y: 0, width: 1, height: EMPTY_ASPECT };
  const element = document.createElement('canvas');
  element.width = Math.max(1, Math.ceil(bounds.width * PNG_SCALE));
  element.height = Math.max(1, Math.ceil(bounds.height * PNG_SCALE));
  const context = element.getContext('2d');
  if (!context) throw new Error('No 2D canvas');
  prepare(context);
  for (const stroke of strokes) traceStroke(context, stroke, PNG_SCALE, bounds.x, bounds.y);
  return element.toDataURL('image/png');
}
