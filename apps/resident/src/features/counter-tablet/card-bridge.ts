import { CARD_FAILURES, type CardPerson, CardPersonSchema } from '@kakanai/contracts';

/** Why there is no card data; sent to the server as the reading's outcome. */
export type CardFailure = (typeof CARD_FAILURES)[number];

/** How one attempt at reading the card went, as the PIN screen needs it. */
export type CardReading =
  | { outcome: 'read'; person: CardPerson }
  /** The resident may type the PIN again; the card locks when no tries are left. */
  | { outcome: 'pin_wrong'; triesLeft: number | undefined }
  /** Not four digits: the pad prevents it, but the bridge is the judge. */
  | { outcome: 'pin_format' }
  | { outcome: 'failed'; failure: CardFailure };

const FAILURES = new Set<string>(CARD_FAILURES);

/** The card bridge on the counter PC, unless the enrolment link names another. */
export const DEFAULT_BRIDGE_URL = 'http://127.0.0.1:47111';

/** The bridge's base URL from the enrolment link: an http(s) origin and path, no trailing slash. */
export function bridgeUrlOf(raw: string | undefined): string {
  if (!raw) return DEFAULT_BRIDGE_URL;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return DEFAULT_BRIDGE_URL;
    return `${url.origin}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    return DEFAULT_BRIDGE_URL;
  }
}

/**
 * Reads the card's 基本4情報 through the card bridge on the counter PC, straight from this
 * browser: the PIN goes to the bridge on the local network and nowhere else, and is neither kept
 * nor logged. A bridge that can't be reached, or that refuses this page, counts as no reader.
 */
export async function readCard(
  bridgeUrl: string,
  pin: string,
  doFetch: typeof fetch = globalThis.fetch.bind(globalThis),
): Promise<CardReading> {
  let response: Response;
  try {
    response = await doFetch(`${bridgeUrl}/read`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ pin }),
      cache: 'no-store',
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  } catch {
    return { outcome: 'failed', failure: 'reader_unavailable' };
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const person = CardPersonSchema.safeParse(body);
    return person.success
      ? { outcome: 'read', person: person.data }
      : { outcome: 'failed', failure: 'read_failed' };
  }
  const problem = (typeof body === 'object' && body !== null ? body : {}) as {
    code?: unknown;
    triesLeft?: unknown;
  };
  const code = typeof problem.code === 'string' ? problem.code : '';
  if (code === 'pin_wrong') {
    const triesLeft = typeof problem.triesLeft === 'number' ? problem.triesLeft : undefined;
    // The last wrong try locks the card: nothing left to retry.
    return triesLeft === 0
      ? { outcome: 'failed', failure: 'pin_blocked' }
      : { outcome: 'pin_wrong', triesLeft };
  }
  if (code === 'pin_format') return { outcome: 'pin_format' };
  if (FAILURES.has(code)) return { outcome: 'failed', failure: code as CardFailure };
  // origin_not_allowed, host_not_allowed, a server error: the bridge isn't usable from this tablet.
  return { outcome: 'failed', failure: code === 'internal_error' ? 'read_failed' : 'reader_unavailable' };
}
