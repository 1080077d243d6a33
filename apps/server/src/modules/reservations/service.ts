import { randomBytes, randomUUID } from 'node:crypto';
import type {
  CreateReservationBody,
  Reservation,
  ReservationCreated,
  ReservationDetail,
  StaffDayResponse,
  StaffReservation,
} from '@kakanai/contracts';
import { type Db, schema, writeTransaction } from '@kakanai/db';
import {
  addDays,
  checkSlot,
  dayStatus,
  formatOffsetIso,
  generateReservationCode,
  type LocalDate,
  normalizeEmail,
  normalizePhone,
  normalizeReservationCode,
  slotGrid,
  toKatakana,
  zonedInstant,
} from '@kakanai/domain';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { hashToken, newToken, tokenMatches } from '../../crypto.ts';
import { DomainError } from '../../domain-error.ts';
import { appendEvent } from '../../event-log.ts';
import { bookingRules, type CatalogService } from '../catalog/service.ts';
import { icsCalendar } from './ics.ts';
import { createIdempotencyStore } from './idempotency.ts';

const { reservations, auditLog } = schema;
type ReservationRow = typeof reservations.$inferSelect;

const IDEMPOTENCY_SCOPE = 'POST /reservations';

export interface ReservationServiceDeps {
  db: Db;
  catalog: CatalogService;
  config: Config;
}

export function createReservationService({ db, catalog, config }: ReservationServiceDeps) {
  const idempotency = createIdempotencyStore(db);
  const client = db.$client;

  // The capacity check and the claim are one statement: the row is only written while the slot
  // still has a seat, inside a transaction that already holds the write lock. No check-then-insert.
  const claimSeat = client.prepare(`
    INSERT INTO reservations (id, code, office_id, service_id, slot_start, slot_end, status, name, name_kana,
      email, phone, lang, manage_token_hash, created_at, updated_at)
    SELECT @id, @code, @officeId, @serviceId, @slotStart, @slotEnd, 'booked', @name, @nameKana,
      @email, @phone, @lang, @manageTokenHash, @now, @now
    WHERE (SELECT count(*) FROM reservations
           WHERE service_id = @serviceId AND slot_start = @slotStart AND status = 'booked') < @capacity`);
  const moveSeat = client.prepare(`
    UPDATE reservations SET slot_start = @slotStart, slot_end = @slotEnd, updated_at = @now
    WHERE id = @id AND status = 'booked'
      AND (SELECT count(*) FROM reservations
           WHERE service_id = @serviceId AND slot_start = @slotStart AND status = 'booked') < @capacity`);
  const activeForContact = client.prepare<
    { email: string | null; phone: string | null; now: number },
    { n: number }
  >(`
    SELECT count(*) AS n FROM reservations
    WHERE status = 'booked' AND slot_end > @now
      AND ((@email IS NOT NULL AND email = @email) OR (@phone IS NOT NULL AND phone = @phone))`);
  const codeTaken = client.prepare<[string], { one: number }>(
    'SELECT 1 AS one FROM reservations WHERE code = ?',
  );
  const byCode = db
    .select()
    .from(reservations)
    .where(eq(reservations.code, sql.placeholder('code')))
    .prepare();
  const byId = db
    .select()
    .from(reservations)
    .where(eq(reservations.id, sql.placeholder('id')))
    .prepare();

  function zoneOf(row: { officeId: string }) {
    return catalog.office(row.officeId).timeZone;
  }

  function toReservation(row: ReservationRow): Reservation {
    const tz = zoneOf(row);
    return {
      id: row.id,
      code: row.code,
      status: row.status,
      officeId: row.officeId,
      serviceId: row.serviceId,
      start: formatOffsetIso(row.slotStart, tz),
      end: formatOffsetIso(row.slotEnd, tz),
    };
  }

  function toDetail(row: ReservationRow): ReservationDetail {
    const tz = zoneOf(row);
    return {
      reservation: {
        ...toReservation(row),
        name: row.name,
        nameKana: row.nameKana,
        ...(row.email ? { email: row.email } : {}),
        ...(row.phone ? { phone: row.phone } : {}),
        lang: row.lang,
        createdAt: formatOffsetIso(row.createdAt, tz),
        ...(row.cancelledAt ? { cancelledAt: formatOffsetIso(row.cancelledAt, tz) } : {}),
        ...(row.cancelledBy ? { cancelledBy: row.cancelledBy } : {}),
        ...(row.cancelReason ? { cancelReason: row.cancelReason } : {}),
      },
    };
  }

  function toStaffReservation(row: ReservationRow): StaffReservation {
    const { reservation } = toDetail(row);
    return {
      id: reservation.id,
      code: reservation.code,
      status: reservation.status,
      serviceId: reservation.serviceId,
      start: reservation.start,
      end: reservation.end,
      name: reservation.name,
      nameKana: reservation.nameKana,
      ...(reservation.email ? { email: reservation.email } : {}),
      ...(reservation.phone ? { phone: reservation.phone } : {}),
      ...(reservation.cancelledBy ? { cancelledBy: reservation.cancelledBy } : {}),
      ...(reservation.cancelReason ? { cancelReason: reservation.cancelReason } : {}),
    };
  }

  /** Finds a booking by the code and token the resident holds. Unknown code and wrong token look the same. */
  function owned(code: string, token: string): ReservationRow {
    const canonical = normalizeReservationCode(code);
    const row = canonical ? byCode.get({ code: canonical }) : undefined;
    if (!row || !tokenMatches(token, row.manageTokenHash)) throw new DomainError('reservation_not_found');
    return row;
  }

  /** The slot a start time names, checked against the office calendar and the service's rules. */
  function slotFor(serviceId: string, officeId: string, start: string, now: Date) {
    const service = catalog.service(serviceId, officeId);
    if (!service.bookable) throw new DomainError('service_not_bookable');
    const check = checkSlot(
      catalog.calendar(catalog.office(officeId)),
      bookingRules(service),
      new Date(start),
      now,
    );
    if (!check.ok) throw new DomainError(check.code);
    return { service, slot: check.slot };
  }

  function newCode(): string {
    for (;;) {
      const code = generateReservationCode((n) => randomBytes(n));
      if (!codeTaken.get(code)) return code;
    }
  }

  return {
    /** Books a seat, or answers what the first request with this Idempotency-Key got. */
    create(body: CreateReservationBody, idempotencyKey: string | undefined, now: Date) {
      return writeTransaction(db, () => {
        if (idempotencyKey) {
          const earlier = idempotency.replay(IDEMPOTENCY_SCOPE, idempotencyKey, body, now);
          if (earlier) return earlier as { statusCode: number; body: ReservationCreated };
        }
        catalog.office(body.officeId);
        const { service, slot } = slotFor(body.serviceId, body.officeId, body.start, now);
        const email = body.email ? normalizeEmail(body.email) : null;
        const phone = body.phone ? normalizePhone(body.phone) : null;
        const active = activeForContact.get({ email, phone, now: now.getTime() })?.n ?? 0;
        if (active >= config.maxActiveReservationsPerContact) throw new DomainError('contact_limit_reached');

        const manageToken = newToken();
        const id = randomUUID();
        const claimed = claimSeat.run({
          id,
          code: newCode(),
          officeId: body.officeId,
          serviceId: service.id,
          slotStart: slot.start.getTime(),
          slotEnd: slot.end.getTime(),
          name: body.name.trim(),
          nameKana: toKatakana(body.nameKana),
          email,
          phone,
          lang: body.lang ?? 'ja',
          manageTokenHash: hashToken(manageToken),
          now: now.getTime(),
          capacity: service.capacityPerSlot,
        });
        if (claimed.changes === 0) throw new DomainError('slot_full');

        const row = byId.get({ id })!;
        appendEvent(db, {
          officeId: row.officeId,
          type: 'reservation.booked',
          at: now,
          data: { reservationId: id, serviceId: row.serviceId, start: row.slotStart.toISOString() },
        });
        const answer = { statusCode: 201, body: { reservation: toReservation(row), manageToken } };
        if (idempotencyKey) idempotency.remember(IDEMPOTENCY_SCOPE, idempotencyKey, body, answer, now);
        return answer;
      });
    },

    get(code: string, token: string): ReservationDetail {
      return toDetail(owned(code, token));
    },

    cancelByResident(code: string, token: string, now: Date): ReservationDetail {
      return writeTransaction(db, () => {
        const row = owned(code, token);
        return toDetail(cancel(row, now, { by: 'resident' }));
      });
    },

    /** Moves a booking to another slot of the same service: the new seat is claimed before the old is freed, atomically. */
    reschedule(code: string, token: string, start: string, now: Date): ReservationDetail {
      return writeTransaction(db, () => {
        const row = owned(code, token);
        if (row.status !== 'booked' || row.slotStart.getTime() <= now.getTime()) {
          throw new DomainError('reservation_not_active');
        }
        const { service, slot } = slotFor(row.serviceId, row.officeId, start, now);
        if (slot.start.getTime() === row.slotStart.getTime()) throw new DomainError('reservation_same_slot');
        const moved = moveSeat.run({
          id: row.id,
          serviceId: row.serviceId,
          slotStart: slot.start.getTime(),
          slotEnd: slot.end.getTime(),
          now: now.getTime(),
          capacity: service.capacityPerSlot,
        });
        if (moved.changes === 0) throw new DomainError('slot_full');
        appendEvent(db, {
          officeId: row.officeId,
          type: 'reservation.rescheduled',
          at: now,
          data: {
            reservationId: row.id,
            serviceId: row.serviceId,
            from: row.slotStart.toISOString(),
            start: slot.start.toISOString(),
          },
        });
        return toDetail(byId.get({ id: row.id })!);
      });
    },

    calendar(code: string, token: string, now: Date): { filename: string; body: string } {
      const row = owned(code, token);
      const office = catalog.office(row.officeId);
      const service = catalog.service(row.serviceId);
      const ja = row.lang === 'ja';
      const documents = service.documents.map((d) => `・${ja ? d.ja : d.en}`).join('\n');
      const manageUrl = `${config.publicBaseUrl}/reservations/${row.code}#t=${token}`;
      return {
        filename: `kakanai-${row.code}.ics`,
        body: icsCalendar({
          uid: `${row.id}@kakanai`,
          start: row.slotStart,
          end: row.slotEnd,
          stamp: now,
          summary: ja ? `${service.nameJa}（${office.nameJa}）` : `${service.nameEn} (${office.nameEn})`,
          location: ja ? `${office.nameJa} ${office.addressJa}` : `${office.nameEn}, ${office.addressEn}`,
          description: ja
            ? `予約番号: ${row.code}\n\n持ち物:\n${documents}\n\n予約の確認・変更: ${manageUrl}`
            : `Reservation code: ${row.code}\n\nWhat to bring:\n${documents}\n\nView or change: ${manageUrl}`,
          url: manageUrl,
          cancelled: row.status === 'cancelled',
        }),
      };
    },

    /** The office's bookings for one day, slot by slot, for the counter. Reading them is audited. */
    staffDay(officeId: string, date: LocalDate, actorUserId: string, now: Date): StaffDayResponse {
      const office = catalog.office(officeId);
      const cal = catalog.calendar(office);
      const from = zonedInstant(date, '00:00', office.timeZone);
      const to = zonedInstant(addDays(date, 1), '00:00', office.timeZone);
      const rows = db
        .select()
        .from(reservations)
        .where(
          and(
            eq(reservations.officeId, officeId),
            gte(reservations.slotStart, from),
            lt(reservations.slotStart, to),
          ),
        )
        .orderBy(asc(reservations.slotStart), asc(reservations.createdAt))
        .all();
      const slots: StaffDayResponse['slots'] = [];
      for (const service of catalog.listServices(officeId).filter((s) => s.bookable)) {
        const serviceRow = catalog.service(service.id);
        for (const { start, end } of slotGrid(cal, bookingRules(serviceRow), date)) {
          const inSlot = rows.filter(
            (r) => r.serviceId === service.id && r.slotStart.getTime() === start.getTime(),
          );
          slots.push({
            serviceId: service.id,
            start: formatOffsetIso(start, office.timeZone),
            end: formatOffsetIso(end, office.timeZone),
            capacity: service.capacityPerSlot,
            booked: inSlot.filter((r) => r.status === 'booked').length,
            reservations: inSlot.map(toStaffReservation),
          });
        }
      }
      slots.sort((a, b) => a.start.localeCompare(b.start) || a.serviceId.localeCompare(b.serviceId));
      db.insert(auditLog)
        .values({
          at: now,
          actorUserId,
          action: 'reservations.read_day',
          officeId,
          subjectType: 'office_day',
          subjectId: `${officeId}/${date}`,
        })
        .run();
      return { officeId, date, open: dayStatus(cal, date).open, slots };
    },

    cancelByOffice(
      officeId: string,
      reservationId: string,
      reason: string,
      actorUserId: string,
      now: Date,
    ): StaffReservation {
      return writeTransaction(db, () => {
        const row = byId.get({ id: reservationId });
        if (!row || row.officeId !== officeId) throw new DomainError('reservation_not_found');
        const cancelled = cancel(row, now, { by: 'office', reason });
        db.insert(auditLog)
          .values({
            at: now,
            actorUserId,
            action: 'reservation.cancel',
            officeId,
            subjectType: 'reservation',
            subjectId: row.id,
          })
          .run();
        return toStaffReservation(cancelled);
      });
    },

    /** For the CLI and retention jobs. */
    purgeExpiredIdempotencyRecords(now: Date): number {
      return idempotency.purgeExpired(now);
    },
  };

  function cancel(
    row: ReservationRow,
    now: Date,
    how: { by: 'resident' | 'office'; reason?: string },
  ): ReservationRow {
    if (row.status !== 'booked' || row.slotEnd.getTime() <= now.getTime())
      throw new DomainError('reservation_not_active');
    db.update(reservations)
      .set({
        status: 'cancelled',
        cancelledAt: now,
        cancelledBy: how.by,
        cancelReason: how.reason ?? null,
        updatedAt: now,
      })
      .where(eq(reservations.id, row.id))
      .run();
    appendEvent(db, {
      officeId: row.officeId,
      type: 'reservation.cancelled',
      at: now,
      data: {
        reservationId: row.id,
        serviceId: row.serviceId,
        start: row.slotStart.toISOString(),
        by: how.by,
      },
    });
    return byId.get({ id: row.id })!;
  }
}

export type ReservationService = ReturnType<typeof createReservationService>;
