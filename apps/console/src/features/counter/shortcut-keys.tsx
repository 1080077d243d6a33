import { SHORTCUTS, type ShortcutName } from './use-counter-shortcuts.ts';

/** The keys of a shortcut as keycaps on its button; the button's aria-keyshortcuts says it to screen readers. */
export function ShortcutKeys({ name }: { name: ShortcutName }) {
  return (
    <span className="keys" aria-hidden="true">
      {SHORTCUTS[name].keys.map((key) => (
        <kbd key={key}>{key === 'Shift+N' ? '⇧N' : key}</kbd>
      ))}
    </span>
  );
}
