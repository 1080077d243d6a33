import { useCallback, useEffect, useState } from 'react';
import { type Announcement, createAnnouncer } from './announcer.ts';

/** off: silent by choice; on: chime and voice; blocked: wanted, but the browser waits for a click. */
export type SoundState = 'off' | 'on' | 'blocked';

const STORAGE_KEY = 'kakanai.display.sound';

function remembered(): boolean {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

function remember(on: boolean) {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Storage refused: sound stays as chosen until the page reloads.
  }
}

/**
 * The display's sound, switched on once by staff and remembered on this screen. Browsers allow
 * sound only after a click on the page: after a reload the choice is kept, and sound starts again
 * by itself where the browser allows it (a signage player started with an autoplay policy), or at
 * the next press of the button.
 */
export function useSound() {
  const [announcer] = useState(createAnnouncer);
  const [wanted, setWanted] = useState(remembered);
  const [playing, setPlaying] = useState(false);

  // On arrival only (the announcer lives as long as the page); later changes come from the button.
  useEffect(() => {
    if (remembered()) void announcer.unlock().then(setPlaying);
    return () => announcer.close();
  }, [announcer]);

  const enable = useCallback(async () => {
    const ok = await announcer.unlock();
    setWanted(true);
    setPlaying(ok);
    remember(true);
    announcer.chime();
  }, [announcer]);

  const disable = useCallback(() => {
    announcer.stop();
    setWanted(false);
    setPlaying(false);
    remember(false);
  }, [announcer]);

  const announce = useCallback((announcement: Announcement) => announcer.announce(announcement), [announcer]);

  const state: SoundState = !wanted ? 'off' : playing ? 'on' : 'blocked';
  return { state, enable, disable, announce };
}
