import { createApiClient, isApiError } from '@kakanai/client';
import { type TabletState, TabletStateSchema } from '@kakanai/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useEnrolledDevice, useEnrolmentSettings } from '../../app/device-enrolment.ts';
import { type LiveStatus, useLiveChannel } from '../../app/use-live-channel.ts';
import { bridgeUrlOf } from './card-bridge.ts';

/**
 * The counter tablet's own API client: every request carries the tablet's enrolment token, which
 * the resident site's client must never send.
 */
export const tabletApi = createApiClient();

/** The visit the tablet shows, as the server sends it (without the sources staff see). */
export type TabletVisit = NonNullable<TabletState['visit']>;

const STORAGE_KEYS = { device: 'kakanai.counterTabletDevice', bridge: 'kakanai.cardBridge' };
// While the stream is down, the tablet still notices what staff sent, only later.
const POLL_OFFLINE_MS = 15_000;

/**
 * Enrolment: staff open `/counter-tablet#device=<token>` once on the tablet, with
 * `&bridge=<url>` when the counter PC's card bridge isn't at the default address.
 */
export function useTabletSettings(): { token: string | undefined; bridgeUrl: string } {
  const settings = useEnrolmentSettings(STORAGE_KEYS);
  return { token: settings.device, bridgeUrl: bridgeUrlOf(settings.bridge) };
}

/** Which office and window this tablet stands at. */
export function useTabletDevice(token: string | undefined) {
  return useEnrolledDevice(tabletApi, token);
}

export const tabletStateKey = (token: string | undefined) => ['counter-tablet', token] as const;

/**
 * What the tablet shows, kept live from the window's channel: the snapshot on connecting is the
 * tablet's state, and every event there means "something changed at this window", so each one
 * refetches, and so does (re)connecting, which covers whatever happened while the socket was down.
 */
export function useTabletState(token: string | undefined, windowId: string | undefined) {
  const queryClient = useQueryClient();
  const queryKey = tabletStateKey(token);
  const live: LiveStatus = useLiveChannel({
    channel: token && windowId ? `window:${windowId}` : undefined,
    token,
    queryKey,
    parseSnapshot: (data) => TabletStateSchema.safeParse(data).data,
    urgency: () => 'now',
  });
  const state = useQuery({
    queryKey,
    queryFn: () => {
      // biome-ignore lint/correctness/useHookAtTopLevel: a plain method of the API client
      tabletApi.useDeviceToken(token);
      return tabletApi.tablet();
    },
    enabled: Boolean(token && windowId),
    staleTime: 0,
    refetchInterval: live === 'live' ? false : POLL_OFFLINE_MS,
    retry: (failures, error) => failures < 3 && !isApiError(error, 'unauthorized'),
  });
  useEffect(() => {
    if (live === 'live') void queryClient.invalidateQueries({ queryKey: tabletStateKey(token), exact: true });
  }, [live, queryClient, token]);
  return { state, live };
}
