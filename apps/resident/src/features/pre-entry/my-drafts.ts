import { normalizeReservationCode } from '@kakanai/domain';
import { useSyncExternalStore } from 'react';

/** A pre-entry saved from this device: enough to list it and open it again, nothing personal. */
export interface SavedDraft {
  code: string;
  token: string;
  procedureIds: string[];
  complete: boolean;
  expiresAt: string;
  reservationCode?: string | undefined;
}

// The draft token is the only key to a pre-entry and residents have no account, so this device
// keeps it, like "my bookings". The answers themselves stay on the server.
const STORAGE_KEY = 'kakanai.myDrafts';
const listeners = new Set<() => void>();
let cache: SavedDraft[] | undefined;

function load(): SavedDraft[] {
  if (!cache) {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
      cache = Array.isArray(parsed) ? (parsed as SavedDraft[]) : [];
    } catch {
      cache = [];
    }
  }
  return cache;
}

function store(drafts: SavedDraft[]) {
  cache = drafts;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(drafts));
  } catch {
    // Storage full or refused: the come-back link still works; only the shortcut is lost.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    cache = undefined;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** Drafts saved on this device that haven't expired, newest first. */
export function useSavedDrafts(): SavedDraft[] {
  const drafts = useSyncExternalStore(subscribe, load);
  const now = Date.now();
  return drafts.filter((draft) => Date.parse(draft.expiresAt) > now);
}

export function saveDraft(draft: SavedDraft) {
  store([draft, ...load().filter((d) => d.code !== draft.code)]);
}

export function forgetDraft(code: string) {
  store(load().filter((d) => d.code !== code));
}

/** The token this device holds for a draft code, typed in any form. */
export function savedDraftToken(code: string): string | undefined {
  const canonical = normalizeReservationCode(code);
  return canonical ? load().find((d) => d.code === canonical)?.token : undefined;
}
