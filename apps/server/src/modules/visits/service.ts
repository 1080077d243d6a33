import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type {
  ApplicationExport,
  ApplicationExportBody,
  CardResultBody,
  ExportedApplication,
  FieldSource,
  FlagBody,
  OpenVisitBody,
  SignBody,
  TabletState,
  UpdateVisitBody,
  Visit,
  VisitSummary,
} from '@kakanai/contracts';
import { type Db, schema, writeTransaction } from '@kakanai/db';
import {
  formatOffsetIso,
  generateReservationCode,
  localDateOf,
  normalizeReservationCode,
  PERSON_FIELDS,
} from '@kakanai/domain';
import { and, asc, desc, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { DomainError } from '../../domain-error.ts';
import { appendEvent } from '../../event-log.ts';
import type { StaffPrincipal } from '../auth/service.ts';
import type { ProcedureCatalog } from '../catalog/procedures.ts';
import type { CatalogService } from '../catalog/service.ts';
import { applicationsCsv } from './application-export.ts';
import { type CheckedApplication, checkApplication, missingFields } from './check-application.ts';
import { officeOnForm, renderApplicationPdf } from './pdf/render-application.ts';
import { decodeSignaturePng } from './signature-png.ts';

const {
  visits,
  visitFlags,
  visitSignatures,
  tickets,
  ticketSegments,
  windows,
  drafts,
  reservations,
  auditLog,
} = schema;
type VisitRow = typeof visits.$inferSelect;
type Tx = Parameters<Parameters<typeof writeTransaction>[1]>[0];

const READ_AUDIT_WINDOW_MS = 15 * 60_000;

/** A visit the window is still working on; accepted ones are done and leave the tablet. */
const OPEN = ['draft', 'awaiting_confirmation', 'signed'] as const;

/** Who did it, for the audit log: a staff member, or an enrolled counter tablet. */
type Actor = { staff: StaffPrincipal } | { deviceId: string };
export interface TabletDevice {
  id: string;
  officeId: string;
  windowId: string | null;
}

export interface VisitServiceDeps {
  db: Db;
  procedures: ProcedureCatalog;
  catalog: CatalogService;
  config: Pick<Config, 'visitRetentionDays'>;
}

type Values = { person: Record<string, unknown>; answers: Record<string, Record<string, unknown>> };

/** Every value of a visit by its path (person.name, answers.juminhyo.purpose), as JSON for comparing. */
function flatten({ person, answers }: Values): Map<string, string> {
  const paths = new Map<string, string>();
  for (const [field, value] of Object.entries(person)) paths.set(`person.${field}`, JSON.stringify(value));
  for (const [procedureId, values] of Object.entries(answers)) {
    for (const [field, value] of Object.entries(values))
      paths.set(`answers.${procedureId}.${field}`, JSON.stringify(value));
  }
  return paths;
}

/** JSON with object keys sorted at every depth: the same content always hashes the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * The visit at the window (書かない窓口): opened by staff for the ticket at their window, filled
 * from the ID card, the pre-entered draft and the reservation, sent to the counter tablet, read,
 * flagged and signed there, and accepted. One transaction per step; every step is timestamped
 * and appends a `visit.*` event (ids and status only) for the console and the tablet.
 */
export function createVisitService({ db, procedures, catalog, config }: VisitServiceDeps) {
  const zoneOf = (officeId: string) => catalog.office(officeId).timeZone;

  function audit(
    tx: Tx | Db,
    actor: Actor,
    action: string,
    row: { id: string; officeId: string },
    now: Date,
  ) {
    const actorUserId = 'staff' in actor ? actor.staff.id : `device:${actor.deviceId}`;
    // Screens refetch a visit on every change: a read is written once per staff member, visit and
    // quarter of an hour, so the log says who looked, not how often their screen refreshed.
    if (action === 'visit.read') {
      const recent = tx
        .select({ id: auditLog.id })
        .from(auditLog)
        .where(
          and(
            eq(auditLog.actorUserId, actorUserId),
            eq(auditLog.action, action),
            eq(auditLog.subjectId, row.id),
            gt(auditLog.at, new Date(now.getTime() - READ_AUDIT_WINDOW_MS)),
          ),
        )
        .get();
      if (recent) return;
    }
    tx.insert(auditLog)
      .values({
        at: now,
        actorUserId,
        action,
        officeId: row.officeId,
        subjectType: 'visit',
        subjectId: row.id,
      })
      .run();
  }

  function emit(tx: Tx, row: VisitRow, type: string, now: Date, extra: Record<string, unknown> = {}) {
    appendEvent(tx, {
      officeId: row.officeId,
      type: `visit.${type}`,
      at: now,
      data: { visitId: row.id, windowId: row.windowId, status: row.status, version: row.version, ...extra },
    });
  }

  function load(tx: Tx | Db, visitId: string): VisitRow {
    const row = tx.select().from(visits).where(eq(visits.id, visitId)).get();
    if (!row) throw new DomainError('visit_not_found');
    return row;
  }

  function forStaff(tx: Tx | Db, visitId: string, staff: StaffPrincipal): VisitRow {
    const row = load(tx, visitId);
    if (staff.role !== 'admin' && !staff.officeIds.includes(row.officeId))
      throw new DomainError('visit_not_found');
    return row;
  }

  /** The content a signature covers: what the resident read, with the form versions it was shown on. */
  function signedContent(row: VisitRow): string {
    return canonicalJson({
      code: row.code,
      version: row.version,
      procedures: row.procedureIds.map((id) => ({ id, formVersion: procedures.get(id).definition.version })),
      person: row.person,
      answers: row.answers,
    });
  }
  const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

  function toVisit(row: VisitRow): Visit {
    const tz = zoneOf(row.officeId);
    const at = (date: Date | null) => (date ? formatOffsetIso(date, tz) : undefined);
    const flags = db
      .select()
      .from(visitFlags)
      .where(eq(visitFlags.visitId, row.id))
      .orderBy(desc(visitFlags.id))
      .all();
    const signature = db
      .select({
        version: visitSignatures.version,
        signedAt: visitSignatures.signedAt,
        hash: visitSignatures.hash,
      })
      .from(visitSignatures)
      .where(and(eq(visitSignatures.visitId, row.id), eq(visitSignatures.version, row.version)))
      .get();
    const ticket = row.ticketId
      ? db.select({ number: tickets.number }).from(tickets).where(eq(tickets.id, row.ticketId)).get()
      : undefined;
    const draft = row.draftId
      ? db.select({ code: drafts.code }).from(drafts).where(eq(drafts.id, row.draftId)).get()
      : undefined;
    const reservation = row.reservationId
      ? db
          .select({ code: reservations.code })
          .from(reservations)
          .where(eq(reservations.id, row.reservationId))
          .get()
      : undefined;
    return {
      id: row.id,
      code: row.code,
      officeId: row.officeId,
      windowId: row.windowId ?? undefined,
      ticketId: row.ticketId ?? undefined,
      ticketNumber: ticket?.number,
      draftCode: draft?.code,
      reservationCode: reservation?.code,
      lang: row.lang,
      status: row.status,
      version: row.version,
      procedureIds: row.procedureIds,
      person: row.person,
      answers: row.answers,
      sources: row.sources as Record<string, FieldSource>,
      complete: row.complete,
      flags: flags.map((flag) => ({
        id: flag.id,
        path: flag.path,
        version: flag.version,
        createdAt: at(flag.createdAt)!,
        resolvedAt: at(flag.resolvedAt),
      })),
      signature: signature && {
        version: signature.version,
        signedAt: at(signature.signedAt)!,
        hash: signature.hash,
      },
      card: {
        requested: row.cardRequestedAt !== null,
        result: (row.cardResult ?? undefined) as Visit['card']['result'],
        resultAt: at(row.cardResultAt),
      },
      times: {
        openedAt: at(row.openedAt)!,
        calledAt: at(row.calledAt),
        sentAt: at(row.sentAt),
        signedAt: at(row.signedAt),
        acceptedAt: at(row.acceptedAt),
        exportedAt: at(row.exportedAt),
      },
    };
  }

  /**
   * Saves new values: changed ones take `source`, the rest keep theirs; flags on changed values are
   * resolved; a change to a version the tablet has already shown starts the next version, in draft.
   */
  function applyValues(
    tx: Tx,
    row: VisitRow,
    checked: CheckedApplication,
    source: (path: string) => FieldSource,
    now: Date,
  ): VisitRow {
    const before = flatten(row);
    const after = flatten(checked);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter(
      (path) => before.get(path) !== after.get(path),
    );
    const procedureIds = checked.procedures.map((p) => p.id);
    const proceduresChanged = procedureIds.join() !== row.procedureIds.join();
    if (changed.length === 0 && !proceduresChanged) return row;

    const sources: Record<string, string> = {};
    for (const path of after.keys())
      sources[path] = changed.includes(path) ? source(path) : row.sources[path]!;
    const shown = row.sentVersion === row.version;
    const open = tx
      .select({ id: visitFlags.id, path: visitFlags.path })
      .from(visitFlags)
      .where(and(eq(visitFlags.visitId, row.id), isNull(visitFlags.resolvedAt)))
      .all();
    const resolved = open.filter((flag) => changed.includes(flag.path)).map((flag) => flag.id);
    if (resolved.length > 0)
      tx.update(visitFlags).set({ resolvedAt: now }).where(inArray(visitFlags.id, resolved)).run();
    return tx
      .update(visits)
      .set({
        procedureIds,
        person: checked.person,
        answers: checked.answers,
        sources,
        complete: checked.complete,
        version: shown ? row.version + 1 : row.version,
        status: 'draft',
        signedAt: null,
        updatedAt: now,
      })
      .where(eq(visits.id, row.id))
      .returning()
      .get();
  }

  function assertEditable(row: VisitRow) {
    if (row.status === 'accepted' || row.status === 'exported') throw new DomainError('visit_not_editable');
  }

  /** A draft by the code the resident shows, if it is still valid. */
  function draftByCode(tx: Tx, code: string, now: Date) {
    const canonical = normalizeReservationCode(code);
    const row = canonical ? tx.select().from(drafts).where(eq(drafts.code, canonical)).get() : undefined;
    if (!row || row.expiresAt.getTime() <= now.getTime()) throw new DomainError('draft_not_found');
    return row;
  }

  /**
   * Values of a draft laid over the visit's: the draft's procedures join and its values win, except
   * over what was read from the ID card — typed text doesn't replace the card's name or address.
   */
  function withDraft(
    values: Values & { procedureIds: string[]; sources?: Record<string, string> },
    draft: typeof drafts.$inferSelect,
  ) {
    const answers = { ...values.answers };
    for (const [procedureId, given] of Object.entries(draft.answers))
      answers[procedureId] = { ...answers[procedureId], ...given };
    const fromCard = Object.fromEntries(
      Object.entries(values.person).filter(([field]) => values.sources?.[`person.${field}`] === 'card'),
    );
    return {
      procedureIds: [...new Set([...values.procedureIds, ...draft.procedureIds])],
      person: { ...values.person, ...draft.person, ...fromCard },
      answers,
    };
  }

  /**
   * The visit open at a window now: the newest unfinished one of today, as long as it is for the
   * number the window is serving (or, opened without a number, while the window serves none). Once
   * staff complete, transfer or give up on that number, the tablet stops showing its forms, so the
   * next resident never sees them.
   */
  function currentRow(tx: Tx | Db, windowId: string, now: Date): VisitRow | undefined {
    const window = tx
      .select({ officeId: windows.officeId })
      .from(windows)
      .where(eq(windows.id, windowId))
      .get();
    if (!window) return undefined;
    const row = tx
      .select()
      .from(visits)
      .where(
        and(
          eq(visits.windowId, windowId),
          eq(visits.businessDay, localDateOf(now, zoneOf(window.officeId))),
          inArray(visits.status, [...OPEN]),
        ),
      )
      .orderBy(desc(visits.openedAt))
      .limit(1)
      .get();
    if (!row) return undefined;
    const serving = tx
      .select({ id: tickets.id })
      .from(tickets)
      .where(and(eq(tickets.windowId, windowId), inArray(tickets.status, ['called', 'serving'])))
      .get();
    if (row.ticketId ? serving?.id !== row.ticketId : serving !== undefined) return undefined;
    return row;
  }

  /** The visit a tablet may act on: the one open at its own window. */
  function forTablet(tx: Tx | Db, device: TabletDevice, visitId: string, now: Date): VisitRow {
    if (!device.windowId) throw new DomainError('device_not_bound');
    const row = currentRow(tx, device.windowId, now);
    if (!row || row.id !== visitId) throw new DomainError('visit_not_found');
    return row;
  }

  function newCode(tx: Tx): string {
    let code: string;
    do code = generateReservationCode((n) => randomBytes(n));
    while (tx.select({ id: visits.id }).from(visits).where(eq(visits.code, code)).get());
    return code;
  }

  return {
    /** The office a window belongs to, so routes can check the staff member works there. */
    windowOffice(windowId: string): string {
      const row = db
        .select({ officeId: windows.officeId })
        .from(windows)
        .where(eq(windows.id, windowId))
        .get();
      if (!row) throw new DomainError('window_not_found');
      return row.officeId;
    },

    /**
     * Opens the visit of the ticket at this window (or returns the one already open for it),
     * loading the reservation's name and the draft the resident pre-entered.
     */
    open(
      windowId: string,
      body: OpenVisitBody,
      staff: StaffPrincipal,
      now: Date,
    ): { visit: Visit; created: boolean } {
      return writeTransaction(db, (tx) => {
        const window = tx.select().from(windows).where(eq(windows.id, windowId)).get();
        if (!window) throw new DomainError('window_not_found');
        const ticket = body.ticketId
          ? tx.select().from(tickets).where(eq(tickets.id, body.ticketId)).get()
          : undefined;
        if (body.ticketId) {
          if (!ticket || ticket.officeId !== window.officeId) throw new DomainError('ticket_not_found');
          if (ticket.windowId !== windowId || (ticket.status !== 'called' && ticket.status !== 'serving'))
            throw new DomainError('ticket_not_active');
          const existing = tx
            .select()
            .from(visits)
            .where(and(eq(visits.ticketId, ticket.id), inArray(visits.status, [...OPEN])))
            .get();
          if (existing) {
            if (existing.windowId === windowId) {
              audit(tx, { staff }, 'visit.read', existing, now);
              return { visit: toVisit(existing), created: false };
            }
            // The number was transferred and called at another window: its application follows it.
            const moved = tx
              .update(visits)
              .set({ windowId, updatedAt: now })
              .where(eq(visits.id, existing.id))
              .returning()
              .get();
            audit(tx, { staff }, 'visit.move', moved, now);
            emit(tx, moved, 'moved', now, { fromWindowId: existing.windowId });
            return { visit: toVisit(moved), created: false };
          }
        }

        let reservation: typeof reservations.$inferSelect | undefined;
        const reservationCode = body.reservationCode && normalizeReservationCode(body.reservationCode);
        if (body.reservationCode) {
          reservation = reservationCode
            ? tx.select().from(reservations).where(eq(reservations.code, reservationCode)).get()
            : undefined;
          if (!reservation || reservation.officeId !== window.officeId)
            throw new DomainError('reservation_not_found');
        } else if (ticket?.reservationId) {
          reservation = tx.select().from(reservations).where(eq(reservations.id, ticket.reservationId)).get();
        }

        let draft: typeof drafts.$inferSelect | undefined;
        if (body.draftCode) draft = draftByCode(tx, body.draftCode, now);
        else if (reservation) {
          draft = tx
            .select()
            .from(drafts)
            .where(eq(drafts.reservationId, reservation.id))
            .orderBy(desc(drafts.updatedAt))
            .limit(1)
            .get();
          if (draft && draft.expiresAt.getTime() <= now.getTime()) draft = undefined;
        }

        const sources: Record<string, FieldSource> = {};
        let values: Values & { procedureIds: string[] } = {
          procedureIds: body.procedureIds ?? [],
          person: {},
          answers: {},
        };
        if (reservation) {
          values.person = {
            name: reservation.name,
            nameKana: reservation.nameKana,
            ...(reservation.phone ? { phone: reservation.phone } : {}),
          };
        }
        if (draft) values = withDraft(values, draft);
        const checked = checkApplication(procedures, values, { partial: true });
        const draftPaths = draft ? flatten({ person: draft.person, answers: draft.answers }) : new Map();
        for (const path of flatten(checked).keys())
          sources[path] = draftPaths.has(path) ? 'draft' : reservation ? 'reservation' : 'staff';

        const segment = ticket
          ? tx
              .select({ calledAt: ticketSegments.calledAt })
              .from(ticketSegments)
              .where(eq(ticketSegments.ticketId, ticket.id))
              .orderBy(desc(ticketSegments.id))
              .limit(1)
              .get()
          : undefined;
        const row = tx
          .insert(visits)
          .values({
            id: randomUUID(),
            code: newCode(tx),
            officeId: window.officeId,
            windowId,
            ticketId: ticket?.id ?? null,
            draftId: draft?.id ?? null,
            reservationId: reservation?.id ?? null,
            businessDay: localDateOf(now, zoneOf(window.officeId)),
            lang: ticket?.lang ?? (draft?.lang as 'ja' | 'en' | undefined) ?? reservation?.lang ?? 'ja',
            status: 'draft',
            version: 1,
            procedureIds: checked.procedures.map((p) => p.id),
            person: checked.person,
            answers: checked.answers,
            sources,
            complete: checked.complete,
            openedBy: staff.id,
            openedAt: now,
            calledAt: segment?.calledAt ?? null,
            updatedAt: now,
          })
          .returning()
          .get();
        audit(tx, { staff }, 'visit.open', row, now);
        if (draft) audit(tx, { staff }, 'draft.read', row, now);
        emit(tx, row, 'opened', now);
        return { visit: toVisit(row), created: true };
      });
    },

    /** The visit open at a window today, for the console after a reload. */
    current(windowId: string, staff: StaffPrincipal, now: Date): Visit | undefined {
      const row = currentRow(db, windowId, now);
      if (!row) return undefined;
      audit(db, { staff }, 'visit.read', row, now);
      return toVisit(row);
    },

    get(visitId: string, staff: StaffPrincipal, now: Date): Visit {
      const row = forStaff(db, visitId, staff);
      audit(db, { staff }, 'visit.read', row, now);
      return toVisit(row);
    },

    update(visitId: string, body: UpdateVisitBody, staff: StaffPrincipal, now: Date): Visit {
      return writeTransaction(db, (tx) => {
        const row = forStaff(tx, visitId, staff);
        assertEditable(row);
        if (body.version !== row.version) throw new DomainError('visit_version_conflict');
        const checked = checkApplication(procedures, body, { partial: true });
        const saved = applyValues(tx, row, checked, () => 'staff', now);
        audit(tx, { staff }, 'visit.update', row, now);
        if (saved !== row) emit(tx, saved, 'updated', now);
        return toVisit(saved);
      });
    },

    /** Loads a pre-entered draft into an open visit; its values win and show as `draft`. */
    loadDraft(visitId: string, draftCode: string, staff: StaffPrincipal, now: Date): Visit {
      return writeTransaction(db, (tx) => {
        const row = forStaff(tx, visitId, staff);
        assertEditable(row);
        const draft = draftByCode(tx, draftCode, now);
        const checked = checkApplication(procedures, withDraft(row, draft), { partial: true });
        const draftPaths = flatten({ person: draft.person, answers: draft.answers });
        applyValues(tx, row, checked, (path) => (draftPaths.has(path) ? 'draft' : 'staff'), now);
        const saved = tx
          .update(visits)
          .set({ draftId: draft.id })
          .where(eq(visits.id, row.id))
          .returning()
          .get();
        audit(tx, { staff }, 'draft.read', row, now);
        emit(tx, saved, 'updated', now);
        return toVisit(saved);
      });
    },

    /** Sends the visit to the counter tablet; every required field must be filled. */
    send(visitId: string, version: number, staff: StaffPrincipal, now: Date): Visit {
      return writeTransaction(db, (tx) => {
        const row = forStaff(tx, visitId, staff);
        assertEditable(row);
        // What staff looked at is what goes: a card read or another screen may have changed it since.
        if (version !== row.version) throw new DomainError('visit_version_conflict');
        if (row.procedureIds.length === 0)
          throw new DomainError('visit_incomplete', undefined, [
            { path: 'procedureIds', message: 'required' },
          ]);
        const missing = missingFields(procedures, row);
        if (missing.length > 0) throw new DomainError('visit_incomplete', undefined, missing);
        // Staff have looked at what the resident flagged: sending again answers all of it.
        tx.update(visitFlags)
          .set({ resolvedAt: now })
          .where(and(eq(visitFlags.visitId, row.id), isNull(visitFlags.resolvedAt)))
          .run();
        // A signed version sent again (the resident is to sign once more, say after a form was
        // updated in the catalog) becomes the next version: its signature stays with the old one.
        const next =
          row.sentVersion === row.version && row.status === 'signed' ? row.version + 1 : row.version;
        const sent = tx
          .update(visits)
          .set({
            status: 'awaiting_confirmation',
            version: next,
            sentVersion: next,
            sentAt: now,
            signedAt: null,
            updatedAt: now,
          })
          .where(eq(visits.id, row.id))
          .returning()
          .get();
        audit(tx, { staff }, 'visit.send', row, now);
        emit(tx, sent, 'sent', now);
        return toVisit(sent);
      });
    },

    /** Asks the tablet to take the resident's PIN and read their card (or withdraws the request). */
    requestCard(visitId: string, cancel: boolean, staff: StaffPrincipal, now: Date): Visit {
      return writeTransaction(db, (tx) => {
        const row = forStaff(tx, visitId, staff);
        assertEditable(row);
        const saved = tx
          .update(visits)
          .set({ cardRequestedAt: cancel ? null : now, updatedAt: now })
          .where(eq(visits.id, row.id))
          .returning()
          .get();
        emit(tx, saved, cancel ? 'card_cancelled' : 'card_requested', now);
        return toVisit(saved);
      });
    },

    /** Accepts the signed application: only the version that was signed, unchanged since. */
    accept(visitId: string, version: number, staff: StaffPrincipal, now: Date): Visit {
      return writeTransaction(db, (tx) => {
        const row = forStaff(tx, visitId, staff);
        if (row.status !== 'signed') throw new DomainError('visit_not_signed');
        if (version !== row.version) throw new DomainError('visit_version_conflict');
        const signature = tx
          .select()
          .from(visitSignatures)
          .where(and(eq(visitSignatures.visitId, row.id), eq(visitSignatures.version, row.version)))
          .get();
        if (!signature) throw new DomainError('visit_not_signed');
        if (signature.hash !== sha256(signedContent(row))) throw new DomainError('signature_invalid');
        const accepted = tx
          .update(visits)
          .set({ status: 'accepted', acceptedAt: now, acceptedBy: staff.id, updatedAt: now })
          .where(eq(visits.id, row.id))
          .returning()
          .get();
        audit(tx, { staff }, 'visit.accept', row, now);
        emit(tx, accepted, 'accepted', now);
        return toVisit(accepted);
      });
    },

    /** Every form of the visit as one PDF; with the signature and its hash once the version is signed. */
    async pdf(visitId: string, staff: StaffPrincipal, now: Date) {
      const row = forStaff(db, visitId, staff);
      if (row.purgedAt) throw new DomainError('visit_purged');
      const signature = db
        .select()
        .from(visitSignatures)
        .where(and(eq(visitSignatures.visitId, row.id), eq(visitSignatures.version, row.version)))
        .get();
      audit(db, { staff }, 'visit.pdf', row, now);
      const office = catalog.office(row.officeId);
      const bytes = await renderApplicationPdf({
        procedures: row.procedureIds.map((id) => procedures.get(id)),
        person: row.person,
        answers: row.answers,
        office: officeOnForm(office),
        issuedAt: signature?.signedAt ?? now,
        reference: `${row.code} v${row.version}`,
        ...(signature
          ? {
              signature: {
                png: new Uint8Array(signature.png),
                signedAt: signature.signedAt,
                hash: signature.hash,
              },
            }
          : {}),
      });
      return { filename: `kakanai-${row.code}-v${row.version}${signature ? '-signed' : ''}.pdf`, bytes };
    },

    /** The day's visits of an office, newest first, for the applications list. */
    list(officeId: string, date: string, staff: StaffPrincipal, now: Date): VisitSummary[] {
      const rows = db
        .select()
        .from(visits)
        .where(and(eq(visits.officeId, officeId), eq(visits.businessDay, date)))
        .orderBy(desc(visits.openedAt))
        .all();
      db.insert(auditLog)
        .values({
          at: now,
          actorUserId: staff.id,
          action: 'visits.read_day',
          officeId,
          subjectType: 'office_day',
          subjectId: `${officeId}/${date}`,
        })
        .run();
      return rows.map((row) => {
        const visit = toVisit(row);
        return {
          id: visit.id,
          code: visit.code,
          windowId: visit.windowId,
          ticketNumber: visit.ticketNumber,
          status: visit.status,
          procedureIds: visit.procedureIds,
          name: typeof row.person.name === 'string' ? row.person.name : undefined,
          times: visit.times,
        };
      });
    },

    /**
     * The day's accepted applications of one procedure, for the back office, as CSV or JSON. The
     * accepted ones become exported; ones exported before are included again.
     */
    exportApplications(officeId: string, body: ApplicationExportBody, staff: StaffPrincipal, now: Date) {
      const procedure = procedures.get(body.procedureId);
      return writeTransaction(db, (tx) => {
        const rows = tx
          .select()
          .from(visits)
          .where(
            and(
              eq(visits.officeId, officeId),
              eq(visits.businessDay, body.date),
              inArray(visits.status, ['accepted', 'exported']),
            ),
          )
          .orderBy(asc(visits.acceptedAt))
          .all()
          .filter((row) => row.procedureIds.includes(procedure.id));
        const applications: ExportedApplication[] = rows.map((row) => {
          const visit = toVisit(row);
          const signature = tx
            .select({ hash: visitSignatures.hash })
            .from(visitSignatures)
            .where(and(eq(visitSignatures.visitId, row.id), eq(visitSignatures.version, row.version)))
            .get();
          return {
            code: row.code,
            officeId,
            procedureId: procedure.id,
            formVersion: procedure.definition.version,
            version: row.version,
            person: row.person,
            answers: row.answers[procedure.id] ?? {},
            signatureHash: signature?.hash ?? '',
            ticketNumber: visit.ticketNumber,
            times: visit.times,
          };
        });
        const toExport = rows.filter((row) => row.status === 'accepted');
        for (const row of toExport) {
          const exported = tx
            .update(visits)
            .set({ status: 'exported', exportedAt: now, updatedAt: now })
            .where(eq(visits.id, row.id))
            .returning()
            .get();
          emit(tx, exported, 'exported', now);
        }
        tx.insert(auditLog)
          .values({
            at: now,
            actorUserId: staff.id,
            action: 'applications.export',
            officeId,
            subjectType: 'office_day',
            subjectId: `${officeId}/${body.date}/${procedure.id}`,
          })
          .run();
        const filename = `kakanai-${officeId}-${body.date}-${procedure.id}.${body.format}`;
        const content =
          body.format === 'csv'
            ? applicationsCsv(procedure, applications)
            : JSON.stringify(
                {
                  officeId,
                  date: body.date,
                  procedureId: procedure.id,
                  applications,
                } satisfies ApplicationExport,
                null,
                2,
              );
        return { filename, content, count: applications.length };
      });
    },

    /**
     * Erases the personal data of visits opened more than the retention period ago: values,
     * sources, flags and signatures go; status, procedures and times stay for statistics.
     */
    purgePersonalData(now: Date): number {
      const cutoff = new Date(now.getTime() - config.visitRetentionDays * 86_400_000);
      // Found on the partial index of unpurged visits, outside the write lock: most minutes find none.
      const old = db
        .select({ id: visits.id })
        .from(visits)
        .where(and(isNull(visits.purgedAt), lt(visits.openedAt, cutoff)))
        .all()
        .map((row) => row.id);
      if (old.length === 0) return 0;
      return writeTransaction(db, (tx) => {
        tx.delete(visitSignatures).where(inArray(visitSignatures.visitId, old)).run();
        tx.delete(visitFlags).where(inArray(visitFlags.visitId, old)).run();
        tx.update(visits)
          .set({ person: {}, answers: {}, sources: {}, purgedAt: now })
          .where(inArray(visits.id, old))
          .run();
        return old.length;
      });
    },

    /** What the counter tablet shows: its window, and the visit open there. */
    tabletState(device: TabletDevice, now: Date): TabletState {
      if (!device.windowId) throw new DomainError('device_not_bound');
      const window = db.select().from(windows).where(eq(windows.id, device.windowId)).get();
      if (!window) throw new DomainError('device_not_bound');
      const row = currentRow(db, window.id, now);
      let visit: TabletState['visit'];
      if (row) {
        // Only what the resident sees: no codes, and no values until staff first send the forms.
        const { sources: _sources, draftCode: _draft, reservationCode: _reservation, ...rest } = toVisit(row);
        visit = row.sentVersion === null ? { ...rest, person: {}, answers: {} } : rest;
      }
      return {
        window: { id: window.id, number: window.number, name: { ja: window.nameJa, en: window.nameEn } },
        ...(visit ? { visit } : {}),
      };
    },

    /** The card's 基本4情報 (or why there are none), as the tablet read them through the card bridge. */
    cardResult(device: TabletDevice, visitId: string, body: CardResultBody, now: Date): void {
      writeTransaction(db, (tx) => {
        const row = forTablet(tx, device, visitId, now);
        if (!row.cardRequestedAt) throw new DomainError('card_not_requested');
        let saved = row;
        if ('person' in body) {
          // The card writes the birth date 00 when a month or day is unknown: staff fill that in.
          const { birthDate, ...rest } = body.person;
          const person = { ...row.person, ...rest, ...(/-00/.test(birthDate) ? {} : { birthDate }) };
          const checked = checkApplication(procedures, { ...row, person }, { partial: true });
          saved = applyValues(
            tx,
            row,
            checked,
            (path) => (path.startsWith('person.') ? 'card' : 'staff'),
            now,
          );
        }
        saved = tx
          .update(visits)
          .set({
            cardRequestedAt: null,
            cardResult: 'person' in body ? 'read' : body.failed,
            cardResultAt: now,
            updatedAt: now,
          })
          .where(eq(visits.id, row.id))
          .returning()
          .get();
        if ('person' in body) audit(tx, { deviceId: device.id }, 'visit.card_read', row, now);
        emit(tx, saved, 'person' in body ? 'card_read' : 'card_failed', now);
      });
    },

    /** The resident marks values as wrong: the visit goes back to staff with those values marked. */
    flag(device: TabletDevice, visitId: string, body: FlagBody, now: Date): void {
      writeTransaction(db, (tx) => {
        const row = forTablet(tx, device, visitId, now);
        if (row.status !== 'awaiting_confirmation') throw new DomainError('visit_not_awaiting_confirmation');
        if (body.version !== row.version) throw new DomainError('visit_version_conflict');
        // A value still empty can be wrong too ("my phone number is missing"): any field of the forms.
        const unknown = body.paths.filter((path) => {
          const [kind, procedureId, fieldId] = path.split('.');
          if (kind === 'person') return !(PERSON_FIELDS as readonly string[]).includes(procedureId!);
          if (!row.procedureIds.includes(procedureId!)) return true;
          const fields = procedures
            .get(procedureId!)
            .definition.sections.flatMap((section) => section.fields);
          return !fields.some((field) => field.id === fieldId);
        });
        if (unknown.length > 0)
          throw new DomainError(
            'validation_failed',
            undefined,
            unknown.map((path) => ({ path: 'paths', message: `unknown value ${path}` })),
          );
        tx.insert(visitFlags)
          .values(
            [...new Set(body.paths)].map((path) => ({
              visitId: row.id,
              path,
              version: row.version,
              createdAt: now,
            })),
          )
          .run();
        const saved = tx
          .update(visits)
          .set({ status: 'draft', updatedAt: now })
          .where(eq(visits.id, row.id))
          .returning()
          .get();
        emit(tx, saved, 'flagged', now);
      });
    },

    /** The resident signs the version they read; the signature is kept with a hash of exactly that. */
    async sign(device: TabletDevice, visitId: string, body: SignBody, now: Date): Promise<void> {
      const png = await decodeSignaturePng(body.signature);
      writeTransaction(db, (tx) => {
        const row = forTablet(tx, device, visitId, now);
        if (row.status !== 'awaiting_confirmation') throw new DomainError('visit_not_awaiting_confirmation');
        if (body.version !== row.version) throw new DomainError('visit_version_conflict');
        const content = signedContent(row);
        tx.insert(visitSignatures)
          .values({
            visitId: row.id,
            version: row.version,
            png,
            hash: sha256(content),
            content,
            signedAt: now,
          })
          .onConflictDoUpdate({
            target: [visitSignatures.visitId, visitSignatures.version],
            set: { png, hash: sha256(content), content, signedAt: now },
          })
          .run();
        const saved = tx
          .update(visits)
          .set({ status: 'signed', signedAt: now, updatedAt: now })
          .where(eq(visits.id, row.id))
          .returning()
          .get();
        audit(tx, { deviceId: device.id }, 'visit.sign', row, now);
        emit(tx, saved, 'signed', now);
      });
    },
  };
}

export type VisitService = ReturnType<typeof createVisitService>;
