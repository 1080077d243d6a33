import { connectStream, type StreamStatus } from '@kakanai/client';
import type { StreamMessage } from '@kakanai/contracts';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { noteServerTime } from './server-clock.ts';

/** The stream as a screen shows it; `refused` means the server said "don't come back". */
export type LiveStatus = StreamStatus | 'refused';

/** What an event means for the query: refetch at once, refetch soon (throttled), or nothing. */
export type EventUrgency = 'now' | 'soon' | 'ignore';

interface LiveChannelOptions {
  /** `public:OFFICE` or `ticket:ID`; nothing is opened while undefined. */
  channel: string | undefined;
  /** The ticket's track token, for `ticket:` channels. */
  token?: string | undefined;
  /** The query the channel keeps fresh. */
  queryKey: QueryKey;
  /** The snapshot's data as the query's data; undefined when it doesn't fit the contract. */
  parseSnapshot: (data: unknown) => unknown;
  /** Default: every event refetches soon. */
  urgency?: (message: StreamMessage) => EventUrgency;
  /** Least time between two "soon" refetches. */
  throttleMs?: number;
  /** The server refused the channel for good (unknown ticket, wrong token). */
  onRefused?: (reason: string) => void;
}

// Events name what changed, not the new state, so each one refetches the query; a burst of events
// (three numbers issued at once) costs one request.
const BATCH_MS = 250;

/**
 * Keeps a TanStack Query entry live from the server's stream: the snapshot sent on connect
 * replaces the cached data, events refetch it. Returns the connection state for the indicator.
 *
 * When the browser says the network is gone, the socket is dropped at once instead of waiting for
 * the heartbeat to time out (a socket on a dead network can look open for a minute), and a fresh
 * one (with a fresh snapshot) is opened when the network returns. Coming back to the page also
 * refetches: a phone's browser may have frozen the page while it slept.
 */
export function useLiveChannel({
  channel,
  token,
  queryKey,
  parseSnapshot,
  urgency,
  throttleMs = BATCH_MS,
  onRefused,
}: LiveChannelOptions): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>('connecting');
  // The latest key and callbacks, without reconnecting when a render makes new ones.
  const refetch = useEffectEvent(() => void queryClient.invalidateQueries({ queryKey, exact: true }));
  const applySnapshot = useEffectEvent((message: StreamMessage) => {
    noteServerTime(message.at);
    const data = parseSnapshot(message.data);
    if (data !== undefined) queryClient.setQueryData(queryKey, data);
  });
  const urgencyOf = useEffectEvent((message: StreamMessage): EventUrgency => urgency?.(message) ?? 'soon');
  const refused = useEffectEvent((reason: string) => onRefused?.(reason));

  useEffect(() => {
    if (!channel) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let timerAt = Number.POSITIVE_INFINITY;
    let lastRefetchAt = 0;
    const schedule = (delayMs: number) => {
      const at = Date.now() + delayMs;
      if (timer !== undefined && timerAt <= at) return;
      clearTimeout(timer);
      timerAt = at;
      timer = setTimeout(() => {
        timer = undefined;
        timerAt = Number.POSITIVE_INFINITY;
        lastRefetchAt = Date.now();
        refetch();
      }, delayMs);
    };
    const soon = () => schedule(Math.max(BATCH_MS, lastRefetchAt + throttleMs - Date.now()));

    let stream: { close(): void } | undefined;
    let wasLive = false;
    const open = () =>
      connectStream({
        channel,
        ...(token ? { token } : {}),
        onMessage(message) {
          if (message.type === 'snapshot') {
            applySnapshot(message);
            return;
          }
          const how = urgencyOf(message);
          if (how === 'now') schedule(0);
          else if (how === 'soon') soon();
        },
        onStatus(next) {
          // Back after a drop: the server replays what was missed, but a refetch costs little
          // and also covers a server that restarted with a new log.
          if (next === 'live' && wasLive) soon();
          if (next === 'live') wasLive = true;
          setStatus(next);
        },
        onRefused(reason) {
          setStatus('refused');
          refused(reason);
        },
      });

    const onOffline = () => {
      stream?.close();
      stream = undefined;
      setStatus('offline');
    };
    const onOnline = () => {
      stream ??= open();
      schedule(0);
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') schedule(0);
    };
    window.addEventListener('offline', onOffline);
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    if (navigator.onLine === false) setStatus('offline');
    else stream = open();
    return () => {
      clearTimeout(timer);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
      stream?.close();
    };
  }, [channel, token, throttleMs]);

  return channel ? status : 'closed';
}
