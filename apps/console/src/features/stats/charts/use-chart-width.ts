import { type RefObject, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * The width charts are drawn at to print. Browsers lay an A4 page out wider than it is and shrink
 * it onto the paper (Chromium: at least 4/3 of the paper's 704 px between 12 mm margins), and
 * print CSS then stretches each drawing to its figure's width: drawn at about the width it prints
 * at, its labels print at the size they have on screen, whatever the screen's width was.
 */
export const PRINT_WIDTH = 820;

/**
 * The width, in CSS pixels, a chart has to draw in. Charts are drawn at their real width rather
 * than scaled from a fixed viewBox, so labels keep their size on a phone and ticks thin out
 * instead of overlapping. While printing, the page's width.
 */
export function useChartWidth<T extends HTMLElement>(fallback = 640): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  const [printing, setPrinting] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const next = Math.floor(element.clientWidth);
      // Hidden (width 0) in a closed section: keep the last drawing.
      if (next > 0) setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const print = window.matchMedia('print');
    // Synchronously: the browser lays the page out for print as soon as beforeprint returns.
    const update = () => flushSync(() => setPrinting(print.matches));
    const start = () => flushSync(() => setPrinting(true));
    const end = () => flushSync(() => setPrinting(false));
    print.addEventListener('change', update);
    window.addEventListener('beforeprint', start);
    window.addEventListener('afterprint', end);
    return () => {
      print.removeEventListener('change', update);
      window.removeEventListener('beforeprint', start);
      window.removeEventListener('afterprint', end);
    };
  }, []);

  return [ref, printing ? PRINT_WIDTH : width];
}
