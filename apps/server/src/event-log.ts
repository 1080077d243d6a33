import { type Db, schema } from '@kakanai/db';

/**
 * Appends a state change to the event log. Call it inside the transaction that makes the change,
 * so the log never disagrees with the tables. `data` holds ids and times, never personal data.
 */
export function appendEvent(
  db: Db,
  event: { officeId: string; type: string; at: Date; data: Record<string, unknown> },
) {
  return db.insert(schema.events).values(event).returning({ seq: schema.events.seq }).get().seq;
}
