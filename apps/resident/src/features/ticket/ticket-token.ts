/**
 * The track token of a ticket this phone followed. It arrives in the QR code's fragment (#t=),
 * which browsers never send to the server; keeping it here too lets the page reopen from the
 * history or a home-screen shortcut that lost the fragment.
 */
const STORAGE_KEY = 'kakanai.tickets';
// A ticket is good for one business day; a couple of days covers a page left open overnight.
const KEEP_MS = 2 * 24 * 60 * 60 * 1000;

interface SavedTicket {
  token: string;
  savedAt: number;
}

function load(): Record<string, SavedTicket> {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}');
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, SavedTicket>) : {};
  } catch {
    return {};
  }
}

/** The token from a location hash like '#t=…'. */
export function trackTokenFromHash(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('t') || undefined;
}

export function savedTrackToken(ticketId: string): string | undefined {
  return load()[ticketId]?.token;
}

/** Remembers the token, and forgets tickets old enough to be over. */
export function saveTrackToken(ticketId: string, token: string, now = Date.now()) {
  const kept = Object.fromEntries(
    Object.entries(load()).filter(([id, saved]) => id !== ticketId && now - saved.savedAt < KEEP_MS),
  );
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ ...kept, [ticketId]: { token, savedAt: now } }));
  } catch {
    // Storage full or refused: the link in the address bar still works.
  }
}
