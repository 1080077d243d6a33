import { useSyncExternalStore } from 'react';
import type { ContactFormValues } from './contact-form-schema.ts';

/** What the resident has chosen and typed so far, before the booking exists. */
export interface BookingDraft {
  officeId?: string;
  serviceId?: string;
  slot?: { start: string; end: string };
  contact?: ContactFormValues;
  /** A pre-entry (事前入力) to attach to the booking once it is made. */
  preEntry?: { code: string; token: string };
}

// sessionStorage, not memory: phones discard background tabs, and a resident who checks their
// e-mail address in another app shouldn't have to start again. It ends with the tab, and is
// cleared as soon as the booking is made.
const STORAGE_KEY = 'kakanai.bookingDraft';
const listeners = new Set<() => void>();
let draft: BookingDraft = read();

function read(): BookingDraft {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '{}') as BookingDraft;
  } catch {
    return {};
  }
}

function write(next: BookingDraft) {
  draft = next;
  try {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Private modes may refuse storage; the draft still lives in memory for this visit.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useBookingDraft(): BookingDraft {
  return useSyncExternalStore(subscribe, () => draft);
}

/** Records a choice; choosing another office or service drops the time picked for the old one. */
export function updateBookingDraft(patch: BookingDraft) {
  const next = { ...draft, ...patch };
  const changedPlace =
    (patch.officeId !== undefined && patch.officeId !== draft.officeId) ||
    (patch.serviceId !== undefined && patch.serviceId !== draft.serviceId);
  if (changedPlace && !patch.slot) delete next.slot;
  write(next);
}

export function clearBookingDraft() {
  write({});
}
