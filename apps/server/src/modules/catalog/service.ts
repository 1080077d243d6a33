import type { AvailabilityResponse, Day, Office, Service } from '@kakanai/contracts';
import { MAX_AVAILABILITY_DAYS } from '@kakanai/contracts';
import { type Db, schema } from '@kakanai/db';
import {
  addDays,
  availableSlots,
  type BookingRules,
  compareLocalDates,
  dayStatus,
  formatOffsetIso,
  isLocalDate,
  type LocalDate,
  type OfficeCalendar,
} from '@kakanai/domain';
import { and, asc, eq, gte, lt, sql } from 'drizzle-orm';
import { DomainError } from '../../domain-error.ts';

const { offices, services, openingHours, calendarExceptions, reservations } = schema;

type ServiceRow = typeof services.$inferSelect;
type OfficeRow = typeof offices.$inferSelect;

export function toOffice(row: OfficeRow): Office {
  return {
    id: row.id,
    name: { ja: row.nameJa, en: row.nameEn },
    address: { ja: row.addressJa, en: row.addressEn },
    phone: row.phone,
    timeZone: row.timeZone,
    hoursSummary: { ja: row.hoursSummaryJa, en: row.hoursSummaryEn },
  };
}

export function toService(row: ServiceRow): Service {
  return {
    id: row.id,
    officeId: row.officeId,
    code: row.code,
    ticketPrefix: row.ticketPrefix,
    name: { ja: row.nameJa, en: row.nameEn },
    description: { ja: row.descriptionJa, en: row.descriptionEn },
    documents: row.documents,
    bookable: row.bookable,
    slotMinutes: row.slotMinutes,
    capacityPerSlot: row.capacityPerSlot,
    horizonDays: row.horizonDays,
    minNoticeMinutes: row.minNoticeMinutes,
  };
}

export function bookingRules(service: ServiceRow): BookingRules {
  return {
    slotMinutes: service.slotMinutes,
    capacityPerSlot: service.capacityPerSlot,
    horizonDays: service.horizonDays,
    minNoticeMinutes: service.minNoticeMinutes,
  };
}

/** Offices, services and the calendar they open by: read on every booking, so prepared once. */
export function createCatalogService(db: Db) {
  const officeById = db
    .select()
    .from(offices)
    .where(eq(offices.id, sql.placeholder('id')))
    .prepare();
  const serviceById = db
    .select()
    .from(services)
    .where(eq(services.id, sql.placeholder('id')))
    .prepare();
  const hoursByOffice = db
    .select()
    .from(openingHours)
    .where(eq(openingHours.officeId, sql.placeholder('officeId')))
    .prepare();
  const exceptionsByOffice = db
    .select()
    .from(calendarExceptions)
    .where(eq(calendarExceptions.officeId, sql.placeholder('officeId')))
    .prepare();
  const bookedCounts = db
    .select({ start: reservations.slotStart, count: sql<number>`count(*)` })
    .from(reservations)
    .where(
      and(
        eq(reservations.serviceId, sql.placeholder('serviceId')),
        eq(reservations.status, 'booked'),
        gte(reservations.slotStart, sql.placeholder('from')),
        lt(reservations.slotStart, sql.placeholder('to')),
      ),
    )
    .groupBy(reservations.slotStart)
    .prepare();

  function office(officeId: string): OfficeRow {
    const row = officeById.get({ id: officeId });
    if (!row) throw new DomainError('office_not_found');
    return row;
  }

  /** The service, checked to belong to the office when one is given. */
  function service(serviceId: string, officeId?: string): ServiceRow {
    const row = serviceById.get({ id: serviceId });
    if (!row || (officeId !== undefined && row.officeId !== officeId))
      throw new DomainError('service_not_found');
    return row;
  }

  function calendar(officeRow: OfficeRow): OfficeCalendar {
    return {
      timeZone: officeRow.timeZone,
      weeklyHours: hoursByOffice.all({ officeId: officeRow.id }).map((h) => ({
        weekday: h.weekday,
        opens: h.opens,
        closes: h.closes,
        weeksOfMonth: h.weeksOfMonth ? h.weeksOfMonth.split(',').map(Number) : null,
      })),
      exceptions: exceptionsByOffice.all({ officeId: officeRow.id }).map((e) => ({
        date: e.date,
        kind: e.kind,
        opens: e.opens,
        closes: e.closes,
        note: e.noteJa && e.noteEn ? { ja: e.noteJa, en: e.noteEn } : null,
      })),
    };
  }

  function days(cal: OfficeCalendar, from: LocalDate, to: LocalDate): Day[] {
    const result: Day[] = [];
    for (let date = from; compareLocalDates(date, to) <= 0; date = addDays(date, 1)) {
      const status = dayStatus(cal, date);
      if (status.open) {
        result.push({ date, open: true });
        continue;
      }
      const exception = cal.exceptions.find((e) => e.date === date);
      const note = status.holiday ?? exception?.note ?? undefined;
      result.push({ date, open: false, reason: status.reason, ...(note ? { note } : {}) });
    }
    return result;
  }

  return {
    office,
    service,
    calendar,

    listOffices(): Office[] {
      return db.select().from(offices).orderBy(asc(offices.sortOrder)).all().map(toOffice);
    },

    listServices(officeId: string): Service[] {
      office(officeId);
      return db
        .select()
        .from(services)
        .where(eq(services.officeId, officeId))
        .orderBy(asc(services.sortOrder))
        .all()
        .map(toService);
    },

    /** Seats per slot for one service over a range of days, as residents see them now. */
    availability(
      officeId: string,
      query: { serviceId: string; from: string; to: string },
      now: Date,
    ): AvailabilityResponse {
      const officeRow = office(officeId);
      const serviceRow = service(query.serviceId, officeId);
      if (!serviceRow.bookable) throw new DomainError('service_not_bookable');
      if (!isLocalDate(query.from) || !isLocalDate(query.to) || compareLocalDates(query.from, query.to) > 0) {
        throw new DomainError('validation_failed', 'from and to must be dates, from on or before to');
      }
      if (compareLocalDates(addDays(query.from, MAX_AVAILABILITY_DAYS - 1), query.to) < 0) {
        throw new DomainError('range_too_long', `at most ${MAX_AVAILABILITY_DAYS} days per request`);
      }
      const cal = calendar(officeRow);
      const booked = new Map<number, number>();
      // A day either side covers any offset between the office's zone and UTC.
      for (const row of bookedCounts.all({
        serviceId: serviceRow.id,
        from: Date.parse(`${addDays(query.from, -1)}T00:00:00Z`),
        to: Date.parse(`${addDays(query.to, 2)}T00:00:00Z`),
      })) {
        booked.set(row.start.getTime(), row.count);
      }
      const slots = availableSlots({
        calendar: cal,
        rules: bookingRules(serviceRow),
        from: query.from,
        to: query.to,
        now,
        booked,
      });
      return {
        timeZone: officeRow.timeZone,
        days: days(cal, query.from, query.to),
        slots: slots.map((s) => ({
          start: formatOffsetIso(s.start, officeRow.timeZone),
          end: formatOffsetIso(s.end, officeRow.timeZone),
          capacity: s.capacity,
          remaining: s.remaining,
        })),
      };
    },
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
