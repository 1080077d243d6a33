import { useEffect, useEffectEvent, useState } from 'react';

const ACTIVITY = ['pointerdown', 'keydown'] as const;

/** Calls `onIdle` after `ms` without a touch or a key press; nothing while `ms` is undefined. */
export function useIdle(ms: number | undefined, onIdle: () => void) {
  const idle = useEffectEvent(onIdle);
  useEffect(() => {
    if (ms === undefined) return;
    let timer = setTimeout(idle, ms);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(idle, ms);
    };
    for (const type of ACTIVITY) document.addEventListener(type, restart, { passive: true });
    return () => {
      clearTimeout(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, restart);
    };
  }, [ms]);
}

/**
 * Seconds left before `onDone`, counting down from `seconds`; a touch starts it over, so whoever
 * is still reading the screen isn't cut off.
 */
export function useCountdown(seconds: number, onDone: () => void): number {
  const [left, setLeft] = useState(seconds);
  const done = useEffectEvent(onDone);
  useEffect(() => {
    let deadline = Date.now() + seconds * 1000;
    let finished = false;
    const tick = () => {
      const remaining = Math.max(0, Math.ceil((deadline - Date.now()) / 1000));
      setLeft(remaining);
      if (remaining === 0 && !finished) {
        finished = true;
        done();
      }
    };
    const timer = setInterval(tick, 250);
    const restart = () => {
      deadline = Date.now() + seconds * 1000;
      setLeft(seconds);
    };
    for (const type of ACTIVITY) document.addEventListener(type, restart, { passive: true });
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) document.removeEventListener(type, restart);
    };
  }, [seconds]);
  return left;
}
