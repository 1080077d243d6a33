import { type ReactNode, useEffect, useRef } from 'react';

/**
 * The page's h1. It takes focus when it mounts (and when `focusKey` changes), so screen readers
 * announce each new screen of a single-page app the way they would a page load.
 */
export function PageHeading({
  children,
  caption,
  focusKey,
}: {
  children: ReactNode;
  /** A line above the heading, such as "Step 2 of 5". */
  caption?: ReactNode;
  focusKey?: unknown;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focusKey is the trigger, not a value read inside
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
    globalThis.scrollTo?.({ top: 0 });
  }, [focusKey]);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {caption ? <span className="page-heading-caption">{caption}</span> : null}
      {children}
    </h1>
  );
}
