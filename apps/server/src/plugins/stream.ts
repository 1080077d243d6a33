import type { StreamMessage } from '@kakanai/contracts';
import { schema } from '@kakanai/db';
import { formatOffsetIso } from '@kakanai/domain';
import { asc, gt, max, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { WebSocket } from 'ws';

export type Scope = 'public' | 'office' | 'ticket' | 'window';

export interface Subscriber {
  socket: WebSocket;
  officeId: string;
  scope: Scope;
  ticketId?: string;
  /** The counter tablet's window: it hears only the visits at that window. */
  windowId?: string;
  /** Sequence of the last message this subscriber was sent; replays never resend below it. */
  seq: number;
}

export interface StreamHub {
  /** Reads what the log gained since the last pump and sends it to the subscribers it concerns. */
  pump(): void;
  /**
   * Pumps right after the current request has answered: the window that called a number gets its
   * answer first, and the fan-out to a thousand phones doesn't hold it up.
   */
  notify(): void;
  subscribe(subscriber: Subscriber, since: number | undefined, snapshot: () => unknown): void;
  unsubscribe(subscriber: Subscriber): void;
  lastSeq(): number;
  subscriberCount(): number;
}

declare module 'fastify' {
  interface FastifyInstance {
    stream: StreamHub;
  }
}

/** Beyond this many missed events a reconnecting client gets a fresh snapshot instead. */
const MAX_REPLAY = 500;
const HEARTBEAT_MS = 20_000;
/** Catches writes made by other processes on the same database (a second server, the CLI). */
const POLL_MS = 500;

// Ticket and window events carry numbers and ids only, so the public and a ticket's holder may
// see them; reservation and visit events stay with the office's staff, and a counter tablet hears
// the visit events of its own window.
const isPublic = (type: string) => type.startsWith('ticket.') || type.startsWith('window.');

function concerns(subscriber: Subscriber, event: { type: string; data: Record<string, unknown> }): boolean {
  if (subscriber.scope === 'office') return true;
  if (subscriber.scope === 'window')
    return (
      event.type.startsWith('visit.') &&
      (event.data.windowId === subscriber.windowId || event.data.fromWindowId === subscriber.windowId)
    );
  return isPublic(event.type);
}

/**
 * The live stream: every state change is appended to the event log in its own transaction; the
 * hub reads the log after each commit (and on a short poll) and fans each event out once-encoded.
 * A client that reconnects with `since` gets what it missed, in order, or a snapshot.
 */
export const streamPlugin = fp(
  async (app: FastifyInstance) => {
    const { events, offices } = schema;
    const db = app.db;
    const subscribers = new Map<string, Set<Subscriber>>();
    const zones = new Map(
      db
        .select({ id: offices.id, tz: offices.timeZone })
        .from(offices)
        .all()
        .map((o) => [o.id, o.tz]),
    );
    const zoneOf = (officeId: string) => zones.get(officeId) ?? 'Asia/Tokyo';
    let cursor =
      db
        .select({ seq: max(events.seq) })
        .from(events)
        .get()?.seq ?? 0;

    const newEvents = db
      .select()
      .from(events)
      .where(gt(events.seq, sql.placeholder('after')))
      .orderBy(asc(events.seq))
      .limit(1000)
      .prepare();
    const officeEventsAfter = db
      .select()
      .from(events)
      .where(
        sql`${events.officeId} = ${sql.placeholder('officeId')} AND ${events.seq} > ${sql.placeholder('after')}`,
      )
      .orderBy(asc(events.seq))
      .limit(MAX_REPLAY + 1)
      .prepare();

    function encode(event: typeof events.$inferSelect): string {
      const message: StreamMessage = {
        seq: event.seq,
        type: event.type,
        at: formatOffsetIso(event.at, zoneOf(event.officeId)),
        data: event.data,
      };
      return JSON.stringify(message);
    }

    function send(subscriber: Subscriber, seq: number, payload: string) {
      if (seq <= subscriber.seq || subscriber.socket.readyState !== 1) return;
      subscriber.seq = seq;
      subscriber.socket.send(payload);
    }

    function deliver(event: typeof events.$inferSelect) {
      const audience = subscribers.get(event.officeId);
      if (!audience || audience.size === 0) return;
      let payload: string | undefined;
      for (const subscriber of audience) {
        if (!concerns(subscriber, event)) continue;
        payload ??= encode(event);
        send(subscriber, event.seq, payload);
      }
    }

    let pending = false;
    const hub: StreamHub = {
      notify() {
        if (pending) return;
        pending = true;
        setImmediate(() => {
          pending = false;
          hub.pump();
        });
      },

      pump() {
        for (;;) {
          const batch = newEvents.all({ after: cursor });
          for (const event of batch) deliver(event);
          if (batch.length > 0) cursor = batch.at(-1)!.seq;
          if (batch.length < 1000) return;
        }
      },

      subscribe(subscriber, since, snapshot) {
        // Bring the hub up to date first, so nothing committed before this point is missed or
        // sent twice: the replay covers up to `cursor`, live delivery everything after.
        hub.pump();
        const missed =
          since === undefined
            ? undefined
            : officeEventsAfter.all({ officeId: subscriber.officeId, after: since });
        if (missed && missed.length <= MAX_REPLAY && (since ?? 0) <= cursor) {
          for (const event of missed) {
            if (event.seq > cursor) break;
            if (concerns(subscriber, event)) send(subscriber, event.seq, encode(event));
          }
          subscriber.seq = Math.max(subscriber.seq, cursor);
        } else {
          const message: StreamMessage = {
            seq: cursor,
            type: 'snapshot',
            at: formatOffsetIso(app.clock.now(), zoneOf(subscriber.officeId)),
            data: snapshot() as Record<string, unknown>,
          };
          subscriber.socket.send(JSON.stringify(message));
          subscriber.seq = cursor;
        }
        const audience = subscribers.get(subscriber.officeId) ?? new Set<Subscriber>();
        subscribers.set(subscriber.officeId, audience);
        audience.add(subscriber);
      },

      unsubscribe(subscriber) {
        subscribers.get(subscriber.officeId)?.delete(subscriber);
      },

      lastSeq: () => cursor,
      subscriberCount: () => [...subscribers.values()].reduce((n, set) => n + set.size, 0),
    };
    app.decorate('stream', hub);

    let poll: NodeJS.Timeout | undefined;
    let heartbeat: NodeJS.Timeout | undefined;
    const alive = new WeakMap<WebSocket, boolean>();
    app.addHook('onReady', async () => {
      poll = setInterval(() => hub.pump(), POLL_MS);
      poll.unref();
      heartbeat = setInterval(() => {
        for (const audience of subscribers.values()) {
          for (const subscriber of audience) {
            const { socket } = subscriber;
            // A phone that went to sleep without closing its socket answers no ping: drop it.
            if (alive.get(socket) === false) {
              socket.terminate();
              hub.unsubscribe(subscriber);
              continue;
            }
            alive.set(socket, false);
            socket.once('pong', () => alive.set(socket, true));
            socket.ping();
            socket.send(
              JSON.stringify({
                seq: subscriber.seq,
                type: 'heartbeat',
                at: new Date().toISOString(),
                data: {},
              }),
            );
          }
        }
      }, HEARTBEAT_MS);
      heartbeat.unref();
    });
    app.addHook('onClose', async () => {
      clearInterval(poll);
      clearInterval(heartbeat);
      for (const audience of subscribers.values())
        for (const s of audience) s.socket.close(1001, 'server shutting down');
    });
  },
  { name: 'stream', dependencies: ['context'] },
);
