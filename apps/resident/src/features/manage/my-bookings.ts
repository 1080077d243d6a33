import type { LocalizedText, ReservationStatus } from '@kakanai/contracts';
import { createDeviceList } from '../../app/device-list.ts';

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
const bookings = createDeviceList<SavedBooking>('kakanai.myBookings');

export function useSavedBookings(): SavedBooking[] {
  return bookings.useItems();
}

/** Adds or updates a booking, newest visit first. */
export function saveBooking(booking: SavedBooking) {
  bookings.save(booking);
}

export function forgetBooking(code: string) {
  bookings.forget(code);
}

/** The manage token this device holds for a code, typed in any form. */
export function savedTokenFor(code: string): string | undefined {
  return bookings.tokenFor(code);
}
