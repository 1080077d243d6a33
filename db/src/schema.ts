import { sql } from 'drizzle-orm';
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

// Times are UTC instants stored as epoch milliseconds; local dates and wall-clock times are
// 'YYYY-MM-DD' and 'HH:MM' in the office's time zone.
const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

export const offices = sqliteTable('offices', {
  id: text('id').primaryKey(),
  nameJa: text('name_ja').notNull(),
  nameEn: text('name_en').notNull(),
  addressJa: text('address_ja').notNull(),
  addressEn: text('address_en').notNull(),
  phone: text('phone').notNull(),
  timeZone: text('time_zone').notNull().default('Asia/Tokyo'),
  hoursSummaryJa: text('hours_summary_ja').notNull(),
  hoursSummaryEn: text('hours_summary_en').notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
});

/** Several rows for one weekday are several periods (a lunch break); weeksOfMonth '2,4' limits a row. */
export const openingHours = sqliteTable(
  'opening_hours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    weekday: integer('weekday').notNull(),
    opens: text('opens').notNull(),
    closes: text('closes').notNull(),
    weeksOfMonth: text('weeks_of_month'),
  },
  (t) => [index('opening_hours_office').on(t.officeId)],
);

export const calendarExceptions = sqliteTable(
  'calendar_exceptions',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    kind: text('kind', { enum: ['closed', 'open'] }).notNull(),
    opens: text('opens'),
    closes: text('closes'),
    noteJa: text('note_ja'),
    noteEn: text('note_en'),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.date] })],
);

export const services = sqliteTable(
  'services',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    ticketPrefix: text('ticket_prefix').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    descriptionJa: text('description_ja').notNull(),
    descriptionEn: text('description_en').notNull(),
    /** JSON array of {ja, en}: what to bring. */
    documents: text('documents', { mode: 'json' }).$type<{ ja: string; en: string }[]>().notNull(),
    defaultServiceMinutes: integer('default_service_minutes').notNull(),
    bookable: integer('bookable', { mode: 'boolean' }).notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    capacityPerSlot: integer('capacity_per_slot').notNull(),
    horizonDays: integer('horizon_days').notNull(),
    minNoticeMinutes: integer('min_notice_minutes').notNull(),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [
    uniqueIndex('services_office_code').on(t.officeId, t.code),
    uniqueIndex('services_office_prefix').on(t.officeId, t.ticketPrefix),
  ],
);

export const windows = sqliteTable(
  'windows',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    nameJa: text('name_ja').notNull(),
    nameEn: text('name_en').notNull(),
    /** closed: nobody there; open: calling; paused: staffed but not calling (a break, a long case). */
    status: text('status', { enum: ['closed', 'open', 'paused'] })
      .notNull()
      .default('closed'),
    staffUserId: text('staff_user_id'),
    statusChangedAt: instant('status_changed_at'),
  },
  (t) => [uniqueIndex('windows_office_number').on(t.officeId, t.number)],
);

export const windowServices = sqliteTable(
  'window_services',
  {
    windowId: text('window_id')
      .notNull()
      .references(() => windows.id, { onDelete: 'cascade' }),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.windowId, t.serviceId] })],
);

export const staffUsers = sqliteTable('staff_users', {
  id: text('id').primaryKey(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  passwordHash: text('password_hash').notNull(),
  role: text('role', { enum: ['staff', 'manager', 'admin'] }).notNull(),
  createdAt: instant('created_at').notNull(),
  disabledAt: instant('disabled_at'),
});

export const staffOffices = sqliteTable(
  'staff_offices',
  {
    userId: text('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.officeId] })],
);

/** The cookie holds the session token; only its SHA-256 is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => staffUsers.id, { onDelete: 'cascade' }),
    csrfToken: text('csrf_token').notNull(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('sessions_user').on(t.userId)],
);

export const devices = sqliteTable(
  'devices',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['kiosk', 'counter-tablet', 'display'] }).notNull(),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull().unique(),
    windowId: text('window_id').references(() => windows.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull(),
    revokedAt: instant('revoked_at'),
  },
  (t) => [index('devices_office').on(t.officeId)],
);

export const reservations = sqliteTable(
  'reservations',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    slotStart: instant('slot_start').notNull(),
    slotEnd: instant('slot_end').notNull(),
    status: text('status', { enum: ['booked', 'cancelled'] }).notNull(),
    name: text('name').notNull(),
    nameKana: text('name_kana').notNull(),
    /** Stored normalised (lower-case email, digits-only phone) so the per-person limit can match. */
    email: text('email'),
    phone: text('phone'),
    lang: text('lang', { enum: ['ja', 'en'] }).notNull(),
    manageTokenHash: text('manage_token_hash').notNull(),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    cancelledAt: instant('cancelled_at'),
    cancelledBy: text('cancelled_by', { enum: ['resident', 'office'] }),
    cancelReason: text('cancel_reason'),
  },
  (t) => [
    index('reservations_slot').on(t.serviceId, t.slotStart, t.status),
    index('reservations_office_day').on(t.officeId, t.slotStart),
    index('reservations_email').on(t.email, t.status),
    index('reservations_phone').on(t.phone, t.status),
  ],
);

/**
 * A booking request's first answer, kept for retries. The answer holds the manage token, so it is
 * stored encrypted with a key derived from the Idempotency-Key itself: only the client that made
 * the request can read it back.
 */
export const idempotencyRecords = sqliteTable(
  'idempotency_records',
  {
    keyHash: text('key_hash').primaryKey(),
    requestHash: text('request_hash').notNull(),
    statusCode: integer('status_code').notNull(),
    sealedBody: text('sealed_body').notNull(),
    createdAt: instant('created_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('idempotency_expires').on(t.expiresAt)],
);

/** Every state change, appended in the same transaction; the stream and statistics read it. */
export const events = sqliteTable(
  'events',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    officeId: text('office_id').notNull(),
    type: text('type').notNull(),
    at: instant('at').notNull(),
    data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('events_office_seq').on(t.officeId, t.seq)],
);

/** Who read or changed personal data, and when. Holds ids, never the data itself. */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: instant('at').notNull(),
    actorUserId: text('actor_user_id').notNull(),
    action: text('action').notNull(),
    officeId: text('office_id'),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
  },
  (t) => [index('audit_log_at').on(t.at)],
);

/** The last number handed out per office, business day and prefix: numbers are never reused that day. */
export const ticketCounters = sqliteTable(
  'ticket_counters',
  {
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    businessDay: text('business_day').notNull(),
    prefix: text('prefix').notNull(),
    lastNumber: integer('last_number').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.businessDay, t.prefix] })],
);

/** One visit in the hall: one number for the whole visit, even across services (ワンストップ). */
export const tickets = sqliteTable(
  'tickets',
  {
    id: text('id').primaryKey(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    businessDay: text('business_day').notNull(),
    number: text('number').notNull(),
    source: text('source', { enum: ['walk_in', 'reservation'] }).notNull(),
    reservationId: text('reservation_id').references(() => reservations.id),
    /** The service of the segment now open. */
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    status: text('status', {
      enum: ['waiting', 'called', 'serving', 'done', 'no_show', 'not_served'],
    }).notNull(),
    windowId: text('window_id').references(() => windows.id),
    lang: text('lang', { enum: ['ja', 'en'] }).notNull(),
    trackTokenHash: text('track_token_hash').notNull(),
    issuedAt: instant('issued_at').notNull(),
    /** What the resident was told at issue, kept to measure how good the estimates are. */
    estimatedWaitMinutes: integer('estimated_wait_minutes').notNull(),
    /** Check-ins: the booked slot start, which sets their place in the call order. */
    slotStart: instant('slot_start'),
    closedAt: instant('closed_at'),
  },
  (t) => [
    uniqueIndex('tickets_office_day_number').on(t.officeId, t.businessDay, t.number),
    index('tickets_office_status').on(t.officeId, t.status),
    uniqueIndex('tickets_reservation').on(t.reservationId),
  ],
);

/** A ticket's time in one service's queue: waiting → called → serving → done. Statistics come from here. */
export const ticketSegments = sqliteTable(
  'ticket_segments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    ticketId: text('ticket_id')
      .notNull()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    officeId: text('office_id').notNull(),
    serviceId: text('service_id')
      .notNull()
      .references(() => services.id),
    windowId: text('window_id').references(() => windows.id),
    /** When it joined this queue; for a transfer, the moment of the transfer. */
    queuedAt: instant('queued_at').notNull(),
    calledAt: instant('called_at'),
    startedAt: instant('started_at'),
    endedAt: instant('ended_at'),
    recalls: integer('recalls').notNull().default(0),
    outcome: text('outcome', { enum: ['served', 'no_show', 'transferred', 'not_served'] }),
  },
  (t) => [
    index('segments_ticket').on(t.ticketId),
    index('segments_open').on(t.officeId, t.endedAt),
    index('segments_service_ended').on(t.serviceId, t.endedAt),
  ],
);

/** A procedure and its form definition, as imported from JSON (db/catalog or `pnpm kakanai procedure import`). */
export const procedures = sqliteTable('procedures', {
  id: text('id').primaryKey(),
  serviceCode: text('service_code').notNull(),
  version: integer('version').notNull(),
  /** The whole procedure as validated JSON (name, purpose, documents, fee, definition). */
  data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  updatedAt: instant('updated_at').notNull(),
});

/** The life-event guide (手続きナビ): questions and rules, as data. */
export const lifeEvents = sqliteTable('life_events', {
  id: text('id').primaryKey(),
  data: text('data', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
  sortOrder: integer('sort_order').notNull().default(0),
  updatedAt: instant('updated_at').notNull(),
});

/**
 * What a resident pre-entered at home (事前入力). Holds personal data: reached only with its
 * token, and deleted when it expires.
 */
export const drafts = sqliteTable(
  'drafts',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    tokenHash: text('token_hash').notNull(),
    procedureIds: text('procedure_ids', { mode: 'json' }).$type<string[]>().notNull(),
    person: text('person', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, Record<string, unknown>>>().notNull(),
    lang: text('lang', { enum: ['ja', 'en'] }).notNull(),
    complete: integer('complete', { mode: 'boolean' }).notNull(),
    reservationId: text('reservation_id').references(() => reservations.id, { onDelete: 'set null' }),
    createdAt: instant('created_at').notNull(),
    updatedAt: instant('updated_at').notNull(),
    expiresAt: instant('expires_at').notNull(),
  },
  (t) => [index('drafts_expires').on(t.expiresAt), index('drafts_reservation').on(t.reservationId)],
);

/**
 * Statistics rollup: one closed business day of an office, per service, window and source, and per
 * service and source across all windows (window '*', what requests without a window filter read),
 * built from the day's tickets and segments by apps/server/src/modules/stats/rollups.ts. Visit-level
 * figures (visits, outcomes, visit time, estimate error, visits by hour) count each ticket once,
 * on the row of its first segment; queue-level figures (arrivals, waits, service times) count every
 * segment on its own row. Times are whole seconds; histograms are JSON arrays of one-minute
 * buckets with the last bucket open-ended and trailing empty buckets trimmed; `*_by_hour` are JSON
 * arrays of 24 office-local hours. Rebuilt whole for a day, never updated in place.
 */
export const statsDaily = sqliteTable(
  'stats_daily',
  {
    officeId: text('office_id').notNull(),
    businessDay: text('business_day').notNull(),
    serviceId: text('service_id').notNull(),
    /** The window that called the segment, '' when it was never called, '*' for all of them together. */
    windowId: text('window_id').notNull(),
    source: text('source', { enum: ['walk_in', 'reservation'] }).notNull(),
    visits: integer('visits').notNull(),
    served: integer('served').notNull(),
    noShows: integer('no_shows').notNull(),
    notServed: integer('not_served').notNull(),
    transferred: integer('transferred').notNull(),
    visitsByHour: text('visits_by_hour').notNull(),
    visitCount: integer('visit_count').notNull(),
    visitSumSeconds: integer('visit_sum_seconds').notNull(),
    visitMaxSeconds: integer('visit_max_seconds').notNull(),
    visitHistogram: text('visit_histogram').notNull(),
    estimateCount: integer('estimate_count').notNull(),
    estimateErrorSumSeconds: integer('estimate_error_sum_seconds').notNull(),
    estimateWithinTolerance: integer('estimate_within_tolerance').notNull(),
    arrivals: integer('arrivals').notNull(),
    arrivalsByHour: text('arrivals_by_hour').notNull(),
    waitCount: integer('wait_count').notNull(),
    waitSumSeconds: integer('wait_sum_seconds').notNull(),
    waitMaxSeconds: integer('wait_max_seconds').notNull(),
    waitHistogram: text('wait_histogram').notNull(),
    waitCountByHour: text('wait_count_by_hour').notNull(),
    waitSumByHour: text('wait_sum_by_hour').notNull(),
    serviceCount: integer('service_count').notNull(),
    serviceSumSeconds: integer('service_sum_seconds').notNull(),
    serviceMaxSeconds: integer('service_max_seconds').notNull(),
    serviceHistogram: text('service_histogram').notNull(),
    /** Called queue visits' window time, called → done (walking up, recalls and no-shows included): what Erlang C sizes. */
    busyCount: integer('busy_count').notNull(),
    busySumSeconds: integer('busy_sum_seconds').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.businessDay, t.serviceId, t.windowId, t.source] })],
);

/**
 * The business days whose rollup is built: closed days, whose tickets no longer change. Rows of a
 * day rolled up by another version of the rollup code are rebuilt at start-up.
 */
export const statsRollupDays = sqliteTable(
  'stats_rollup_days',
  {
    officeId: text('office_id').notNull(),
    businessDay: text('business_day').notNull(),
    /** The rollup code's ROLLUP_VERSION; 0 for days rolled up before versions were kept. */
    version: integer('version').notNull().default(0),
    builtAt: instant('built_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.businessDay] })],
);

/**
 * One resident's application at the window (書かない窓口): what staff filled in from the ID card,
 * the draft or the reservation, shown on the counter tablet, signed there and accepted. Holds
 * personal data; the stream and the logs carry its id only.
 */
export const visits = sqliteTable(
  'visits',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull().unique(),
    officeId: text('office_id')
      .notNull()
      .references(() => offices.id),
    windowId: text('window_id').references(() => windows.id, { onDelete: 'set null' }),
    ticketId: text('ticket_id').references(() => tickets.id, { onDelete: 'set null' }),
    draftId: text('draft_id').references(() => drafts.id, { onDelete: 'set null' }),
    reservationId: text('reservation_id').references(() => reservations.id, { onDelete: 'set null' }),
    /** The office's business day the visit was opened on. */
    businessDay: text('business_day').notNull(),
    lang: text('lang', { enum: ['ja', 'en'] }).notNull(),
    status: text('status', {
      enum: ['draft', 'awaiting_confirmation', 'signed', 'accepted', 'exported'],
    }).notNull(),
    /** Goes up whenever what the resident reads changes after it was first sent. */
    version: integer('version').notNull(),
    /** The last version sent to the tablet: changing it makes the next version. */
    sentVersion: integer('sent_version'),
    procedureIds: text('procedure_ids', { mode: 'json' }).$type<string[]>().notNull(),
    person: text('person', { mode: 'json' }).$type<Record<string, unknown>>().notNull(),
    answers: text('answers', { mode: 'json' }).$type<Record<string, Record<string, unknown>>>().notNull(),
    sources: text('sources', { mode: 'json' }).$type<Record<string, string>>().notNull(),
    complete: integer('complete', { mode: 'boolean' }).notNull(),
    cardRequestedAt: instant('card_requested_at'),
    cardResult: text('card_result'),
    cardResultAt: instant('card_result_at'),
    openedBy: text('opened_by').notNull(),
    acceptedBy: text('accepted_by'),
    openedAt: instant('opened_at').notNull(),
    calledAt: instant('called_at'),
    sentAt: instant('sent_at'),
    signedAt: instant('signed_at'),
    acceptedAt: instant('accepted_at'),
    exportedAt: instant('exported_at'),
    /** When the retention period erased its personal data. */
    purgedAt: instant('purged_at'),
    updatedAt: instant('updated_at').notNull(),
  },
  (t) => [
    index('visits_window').on(t.windowId, t.openedAt),
    index('visits_office_day').on(t.officeId, t.businessDay),
    index('visits_ticket').on(t.ticketId),
    // What the retention purge looks for every minute: only visits whose data is still there.
    index('visits_unpurged').on(t.openedAt).where(sql`${t.purgedAt} IS NULL`),
  ],
);

/** A value the resident marked as wrong on the tablet, on the version they read. */
export const visitFlags = sqliteTable(
  'visit_flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    visitId: text('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    path: text('path').notNull(),
    version: integer('version').notNull(),
    createdAt: instant('created_at').notNull(),
    resolvedAt: instant('resolved_at'),
  },
  (t) => [index('visit_flags_visit').on(t.visitId)],
);

/**
 * A signature, kept with the version it signed: `hash` is the SHA-256 of exactly what the
 * resident read (procedures with their form versions, person, answers), and is printed on the PDF.
 */
export const visitSignatures = sqliteTable(
  'visit_signatures',
  {
    visitId: text('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    png: blob('png', { mode: 'buffer' }).notNull(),
    hash: text('hash').notNull(),
    /** The canonical JSON that was hashed, so the signed content can be shown again exactly. */
    content: text('content').notNull(),
    signedAt: instant('signed_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.version] })],
);
