import type { DisplayTranslations } from './bilingual.tsx';
import { Bilingual } from './bilingual.tsx';
import type { SoundState } from './use-sound.ts';

interface SoundButtonProps {
  state: SoundState;
  tr: DisplayTranslations;
  onEnable: () => void;
  onDisable: () => void;
}

/**
 * Browsers play sound only after someone clicks the page: staff press this once when they switch
 * the screen on. A small button in a corner, not an overlay: the board is useful without sound.
 */
export function SoundButton({ state, tr, onEnable, onDisable }: SoundButtonProps) {
  const on = state === 'on';
  const key = on ? 'sound.mute' : state === 'blocked' ? 'sound.resume' : 'sound.enable';
  return (
    <button
      type="button"
      className={`sound-button sound-button--${state}`}
      onClick={on ? onDisable : onEnable}
    >
      <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
        <path d="M4 9v6h4l5 4V5L8 9H4z" fill="currentColor" />
        {on ? (
          <path
            d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        ) : (
          <path
            d="M16 9l5 6M21 9l-5 6"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
          />
        )}
      </svg>
      <Bilingual ja={tr.ja(key)} en={tr.en(key)} />
    </button>
  );
}
