import { useEffect, useEffectEvent } from 'react';

/** The counter's keys, by physical key (`KeyboardEvent.code`), so they work whatever the keyboard layout. */
export const SHORTCUTS = {
  callNext: { codes: ['KeyN', 'F2'], shift: false, aria: 'N F2', keys: ['N', 'F2'] },
  recall: { codes: ['KeyR'], shift: false, aria: 'R', keys: ['R'] },
  start: { codes: ['KeyS'], shift: false, aria: 'S', keys: ['S'] },
  complete: { codes: ['KeyC'], shift: false, aria: 'C', keys: ['C'] },
  completeAndCallNext: { codes: ['KeyN'], shift: true, aria: 'Shift+N', keys: ['Shift+N'] },
  transfer: { codes: ['KeyT'], shift: false, aria: 'T', keys: ['T'] },
  // No-show has no key on purpose: it gives up the resident's place, and a stray key must not.
} as const;

export type ShortcutName = keyof typeof SHORTCUTS;

/** Where a key is typing, not a command. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Single-key commands for the counter, as in a call system's keypad: staff keep their eyes on the
 * resident. Keys are ignored while typing, while a dialog is open, with Ctrl/Alt/⌘ (copy must
 * stay copy), and when held down (a held key must not call three numbers).
 */
export function useCounterShortcuts(run: (name: ShortcutName) => void): void {
  const onShortcut = useEffectEvent(run);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat || event.isComposing) return;
      if (event.ctrlKey || event.altKey || event.metaKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      const match = (Object.keys(SHORTCUTS) as ShortcutName[]).find((name) => {
        const shortcut = SHORTCUTS[name];
        return (
          (shortcut.codes as readonly string[]).includes(event.code) && shortcut.shift === event.shiftKey
        );
      });
      if (!match) return;
      event.preventDefault();
      onShortcut(match);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
