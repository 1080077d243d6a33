import { type StreamMessage, StreamMessageSchema } from '@kakanai/contracts';

export type StreamStatus = 'connecting' | 'live' | 'offline' | 'closed';

export interface StreamOptions {
  /** `public:OFFICE`, `office:OFFICE` (staff, by session cookie) or `ticket:ID` (with its token). */
  channel: string;
  token?: string;
  /** Origin of the server; default: the page's own. */
  baseUrl?: string;
  onMessage(message: StreamMessage): void;
  onStatus?(status: StreamStatus): void;
  /** Called when the server refuses the channel for good (unknown ticket, signed out). */
  onRefused?(reason: string): void;
}

// Close codes from 4000 up are the server saying "don't come back": wrong token, no session.
const REFUSED_FROM = 4000;
const MAX_BACKOFF_MS = 15_000;
/** The server sends a heartbeat every 20 s; silence much longer than that means the link is dead. */
const SILENCE_MS = 45_000;

/**
 * A WebSocket subscription that survives phones going to sleep and networks dropping: it reconnects
 * with backoff, at once when the page becomes visible or the network returns, and asks for what it
 * missed with `since` (the server replays it, or sends a fresh snapshot).
 */
export function connectStream(options: StreamOptions): { close(): void } {
  let socket: WebSocket | undefined;
  let lastSeq: number | undefined;
  let attempt = 0;
  let stopped = false;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let silenceTimer: ReturnType<typeof setTimeout> | undefined;

  const status = (s: StreamStatus) => options.onStatus?.(s);

  function url() {
    const origin = options.baseUrl ?? globalThis.location.origin;
    const params = new URLSearchParams({ channel: options.channel });
    if (options.token) params.set('token', options.token);
    if (lastSeq !== undefined) params.set('since', String(lastSeq));
    return `${origin.replace(/^http/, 'ws')}/api/v1/stream?${params}`;
  }

  function armSilenceTimer() {
    clearTimeout(silenceTimer);
    silenceTimer = setTimeout(() => socket?.close(), SILENCE_MS);
  }

  function open() {
    if (stopped) return;
    clearTimeout(retryTimer);
    status('connecting');
    const ws = new WebSocket(url());
    socket = ws;
    ws.onopen = () => {
      attempt = 0;
      status('live');
      armSilenceTimer();
    };
    ws.onmessage = (event) => {
      armSilenceTimer();
      const parsed = StreamMessageSchema.safeParse(JSON.parse(String(event.data)));
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type !== 'heartbeat') {
        if (lastSeq !== undefined && message.type !== 'snapshot' && message.seq <= lastSeq) return;
        options.onMessage(message);
      }
      lastSeq = Math.max(lastSeq ?? 0, message.seq);
    };
    ws.onclose = (event) => {
      clearTimeout(silenceTimer);
      if (socket !== ws || stopped) return;
      socket = undefined;
      if (event.code >= REFUSED_FROM) {
        stopped = true;
        status('closed');
        options.onRefused?.(event.reason);
        return;
      }
      status('offline');
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt) * (0.75 + Math.random() * 0.5);
      attempt += 1;
      retryTimer = setTimeout(open, delay);
    };
  }

  // A phone waking up or a network coming back shouldn't wait out the backoff.
  const reconnectNow = () => {
    if (stopped || globalThis.document?.visibilityState === 'hidden') return;
    if (!socket || socket.readyState === WebSocket.CLOSED || socket.readyState === WebSocket.CLOSING) open();
  };
  globalThis.addEventListener?.('online', reconnectNow);
  globalThis.document?.addEventListener('visibilitychange', reconnectNow);

  open();
  return {
    close() {
      stopped = true;
      clearTimeout(retryTimer);
      clearTimeout(silenceTimer);
      globalThis.removeEventListener?.('online', reconnectNow);
      globalThis.document?.removeEventListener('visibilitychange', reconnectNow);
      socket?.close(1000);
      status('closed');
    },
  };
}
