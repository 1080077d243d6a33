import { createApiClient } from '@kakanai/client';
import { useEnrolledDevice, useEnrolmentSettings } from '../../app/device-enrolment.ts';

/**
 * The kiosk's own API client: every request carries the tablet's enrolment token, which the
 * resident site's client must never send.
 */
export const kioskApi = createApiClient();

const STORAGE_KEYS = { device: 'kakanai.kioskDevice' };

/** The kiosk's enrolment token: staff open `/kiosk#device=<token>` once on the tablet. */
export function useKioskToken(): string | undefined {
  return useEnrolmentSettings(STORAGE_KEYS).device;
}

/** Which office this tablet stands in, asked of the server with its token. */
export function useKioskDevice(token: string | undefined) {
  return useEnrolledDevice(kioskApi, token);
}
