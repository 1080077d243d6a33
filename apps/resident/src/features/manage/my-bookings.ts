import type { LocalizedText, ReservationStatus } from '@kakanai/contracts';
import { normalizeReservationCode } from '@kakanai/domain';
import { useSyncExternalStore } from 'react';

/** A booking made or opened on this device, enough to list it and open its manage page. */
export interface SavedBooking {
  code: string;
  token: string;
  officeId: string;
  serviceId: string;
  start: string;
  end: string;
  status: ReservationStatus;
  /** The office's zone, to show the time as the office's clock reads it. */
  timeZone: string;
  officeName?: LocalizedText | undefined;
  serviceName?: LocalizedText | undefined;
}

// The manage token is the only key to a booking and residents have no account, so this device
// remembers it ("my bookings"). Nothing else personal is kept: no name, no contact details.
const STORAGE_KEY = 'kakanai.myBookings';
const listeners = new Set<() => void>();
let cache: SavedBooking[] | undefined;

function load(): SavedBooking[] {
  if (!cache) {
    try {
      const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '[]');
      cache = Array.isArray(parsed) ? (parsed as SavedBooking[]) : [];
    } catch {
      cache = [];
    }
  }
  return cache;
}

function store(bookings: SavedBooking[]) {
  cache = bookings;
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(bookings));
  } catch {
    // Storage full or refused: the manage link still works; only the shortcut is lost.
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

export function useSavedBookings(): SavedBooking[] {
  return useSyncExternalStore(subscribe, load);
}

/** Adds or updates a booking, newest visit first. */
export function saveBooking(booking: SavedBooking) {
  store([booking, ...load().filter((b) => b.code !== booking.code)]);
}

export function forgetBooking(code: string) {
  store(load().filter((b) => b.code !== code));
}

/** The manage token this device holds for a code, typed in any form. */
export function savedTokenFor(code: string): string | undefined {
  const canonical = normalizeReservationCode(code);
  return canonical ? load().find((b) => b.code === canonical)?.token : undefined;
}
