import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { z } from 'zod';

// The card bridge (apps/card-bridge) runs on the counter PC, beside the card reader, and answers
// on localhost. The console only asks it how it is; the PIN and the card's data go from the
// counter tablet to the server, never through this screen.

export const DEFAULT_BRIDGE_URL = 'http://127.0.0.1:47111';
const STORAGE_KEY = 'kakanai.console.cardBridgeUrl';
const POLL_MS = 3_000;
const TIMEOUT_MS = 2_000;

const BridgeStatusSchema = z.object({
  reader: z.enum(['pcsc', 'simulated', 'none']),
  card: z.boolean(),
  pinTriesLeft: z.number().int().optional(),
});
export type BridgeStatus = z.infer<typeof BridgeStatusSchema>;

/** A bridge address as staff type it: an http(s) origin, without a trailing slash; undefined if it isn't one. */
export function bridgeOrigin(input: string): string | undefined {
  try {
    const url = new URL(input.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

function storedUrl(): string {
  try {
    return bridgeOrigin(globalThis.localStorage?.getItem(STORAGE_KEY) ?? '') ?? DEFAULT_BRIDGE_URL;
  } catch {
    return DEFAULT_BRIDGE_URL;
  }
}

/** Where this PC's bridge answers, kept in the browser: each counter PC has its own. */
export function useBridgeUrl(): [string, (url: string) => void] {
  const [url, setUrl] = useState(storedUrl);
  const update = useCallback((next: string) => {
    setUrl(next);
    try {
      if (next === DEFAULT_BRIDGE_URL) globalThis.localStorage?.removeItem(STORAGE_KEY);
      else globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused (private mode): the address lasts until the tab closes.
    }
  }, []);
  return [url, update];
}

/**
 * The bridge's status, polled: reader kind, whether a card lies on it, the PIN tries left. An
 * error means the bridge program isn't running (or this browser may not reach it).
 */
export function useBridgeStatus(url: string) {
  return useQuery({
    queryKey: ['card-bridge', url],
    queryFn: async ({ signal }) => {
      const response = await fetch(`${url}/status`, {
        signal: AbortSignal.any([signal, AbortSignal.timeout(TIMEOUT_MS)]),
        headers: { accept: 'application/json' },
      });
      if (!response.ok) throw new Error(`card bridge answered ${response.status}`);
      return BridgeStatusSchema.parse(await response.json());
    },
    refetchInterval: POLL_MS,
    retry: false,
    // A bridge that went away must show at once, not after the last good answer goes stale.
    gcTime: 0,
  });
}
