import { useCallback, useState } from 'react';

export interface CounterChoice {
  officeId?: string;
  windowId?: string;
}

const STORAGE_KEY = 'kakanai.console.counter';

function read(): CounterChoice {
  try {
    const stored = JSON.parse(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '{}') as unknown;
    if (!stored || typeof stored !== 'object') return {};
    const { officeId, windowId } = stored as Record<string, unknown>;
    return {
      ...(typeof officeId === 'string' ? { officeId } : {}),
      ...(typeof windowId === 'string' ? { windowId } : {}),
    };
  } catch {
    return {};
  }
}

/**
 * The office and window this PC calls for, kept in the browser: a counter PC stands at one window,
 * so after a reload or the next sign-in it is already set. Never guessed: a number called from the
 * wrong window sends a resident to the wrong counter.
 */
export function useCounterChoice(): [CounterChoice, (choice: CounterChoice) => void] {
  const [choice, setChoice] = useState(read);
  const update = useCallback((next: CounterChoice) => {
    setChoice(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, JSON.stringify(next));
    } catch {
      // Private mode or a full storage: the choice lasts until the tab closes, which is enough.
    }
  }, []);
  return [choice, update];
}
