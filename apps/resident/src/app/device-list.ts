import { normalizeReservationCode } from '@kakanai/domain';
import { useSyncExternalStore } from 'react';

/**
 * A list kept in this device's localStorage, keyed by a code, newest first, shared live between
 * tabs. Residents have no account: the capability tokens of their bookings and pre-entries live
 * here so they can open them again. Nothing else personal is kept.
 */
export function createDeviceList<T extends { code: string; token: string }>(storageKey: string) {
  const listeners = new Set<() => void>();
  let cache: T[] | undefined;

  function load(): T[] {
    if (!cache) {
      try {
        const parsed: unknown = JSON.parse(localStorage.getItem(storageKey) ?? '[]');
        cache = Array.isArray(parsed) ? (parsed as T[]) : [];
      } catch {
        cache = [];
      }
    }
    return cache;
  }

  function store(items: T[]) {
    cache = items;
    try {
      localStorage.setItem(storageKey, JSON.stringify(items));
    } catch {
      // Storage full or refused: the link itself still works; only the shortcut is lost.
    }
    for (const listener of listeners) listener();
  }

  function subscribe(listener: () => void) {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== storageKey) return;
      cache = undefined;
      listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  }

  return {
    load,
    useItems: (): T[] => useSyncExternalStore(subscribe, load),
    /** Adds or updates an item, moving it to the front. */
    save: (item: T) => store([item, ...load().filter((i) => i.code !== item.code)]),
    forget: (code: string) => store(load().filter((i) => i.code !== code)),
    /** The token this device holds for a code, typed in any form. */
    tokenFor(code: string): string | undefined {
      const canonical = normalizeReservationCode(code);
      return canonical ? load().find((i) => i.code === canonical)?.token : undefined;
    },
  };
}
