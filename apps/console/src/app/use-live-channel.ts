import { connectStream, type StreamStatus } from '@kakanai/client';
import type { StreamMessage } from '@kakanai/contracts';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { noteServerTime } from './server-clock.ts';

/** The stream's state as a screen shows it; `refused` means the server said "don't come back". */
export type LiveStatus = StreamStatus | 'refused';

interface LiveChannelOptions {
  /** `office:OFFICE` or `public:OFFICE`; nothing is opened while undefined. */
  channel: string | undefined;
  /** The query the channel keeps fresh. */
  queryKey: QueryKey;
  /** Turns a snapshot's data into the query's data; undefined when it doesn't fit the contract. */
  parseSnapshot: (data: unknown) => unknown;
  /** Every event as it arrives, before the refetch (the lobby announces calls from here). */
  onEvent?: (message: StreamMessage) => void;
  /** The server refused the channel for good (the staff session ended, the office is unknown). */
  onRefused?: (reason: string) => void;
}

/**
 * Since events name what changed but not the whole new state, each one triggers a refetch of the
 * query; a burst of events (a window calling while three tickets are issued) costs one request.
 */
const REFETCH_DEBOUNCE_MS = 150;

/**
 * Keeps a TanStack Query entry live from the server's stream: the snapshot sent on connect
 * replaces the cached data, and each event refetches it (debounced). Returns the connection state
 * for the screen's indicator.
 */
export function useLiveChannel({
  channel,
  queryKey,
  parseSnapshot,
  onEvent,
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
  const handleEvent = useEffectEvent((message: StreamMessage) => onEvent?.(message));
  const handleRefused = useEffectEvent((reason: string) => onRefused?.(reason));

  useEffect(() => {
    if (!channel) return;
    let refetchTimer: ReturnType<typeof setTimeout> | undefined;
    let wasLive = false;
    const refetchSoon = () => {
      clearTimeout(refetchTimer);
      refetchTimer = setTimeout(refetch, REFETCH_DEBOUNCE_MS);
    };

    const stream = connectStream({
      channel,
      onMessage(message) {
        if (message.type === 'snapshot') {
          applySnapshot(message);
          return;
        }
        handleEvent(message);
        refetchSoon();
      },
      onStatus(next) {
        // Back after a drop: the server replays what was missed, but a refetch costs little and
        // also covers a server that restarted with a new log.
        if (next === 'live' && wasLive) refetchSoon();
        if (next === 'live') wasLive = true;
        setStatus(next);
      },
      onRefused(reason) {
        setStatus('refused');
        handleRefused(reason);
      },
    });
    return () => {
      clearTimeout(refetchTimer);
      stream.close();
    };
  }, [channel]);

  return channel ? status : 'closed';
}
