import { randomBytes, randomUUID } from 'node:crypto';
import type { Draft, DraftBody } from '@kakanai/contracts';
import { type Db, schema, writeTransaction } from '@kakanai/db';
import { formatOffsetIso, generateReservationCode, normalizeReservationCode } from '@kakanai/domain';
import { eq, lt, sql } from 'drizzle-orm';
import type { Config } from '../../config.ts';
import { hashToken, newToken, tokenMatches } from '../../crypto.ts';
import { DomainError } from '../../domain-error.ts';
import type { ProcedureCatalog } from '../catalog/procedures.ts';
import type { CatalogService } from '../catalog/service.ts';
import { checkApplication } from './check-application.ts';
import { officeOnForm, renderApplicationPdf } from './pdf/render-application.ts';

const { drafts, reservations } = schema;
type DraftRow = typeof drafts.$inferSelect;

export interface DraftServiceDeps {
  db: Db;
  procedures: ProcedureCatalog;
  catalog: CatalogService;
  config: Config;
}

/** Online pre-entry (事前入力): validated with the same compiled schemas as the browser and the counter. */
export function createDraftService({ db, procedures, catalog, config }: DraftServiceDeps) {
  const byCode = db
    .select()
    .from(drafts)
    .where(eq(drafts.code, sql.placeholder('code')))
    .prepare();

  const check = (body: DraftBody) => checkApplication(procedures, body, { partial: body.partial ?? false });

  function toDraft(row: DraftRow, reservationCode?: string): Draft {
    const tz = 'Asia/Tokyo';
    return {
      code: row.code,
      procedureIds: row.procedureIds,
      person: row.person,
      answers: row.answers,
      complete: row.complete,
      ...(reservationCode ? { reservationCode } : {}),
      createdAt: formatOffsetIso(row.createdAt, tz),
      updatedAt: formatOffsetIso(row.updatedAt, tz),
      expiresAt: formatOffsetIso(row.expiresAt, tz),
    };
  }

  function reservationCodeOf(row: DraftRow) {
    if (!row.reservationId) return undefined;
    return db
      .select({ code: reservations.code })
      .from(reservations)
      .where(eq(reservations.id, row.reservationId))
      .get()?.code;
  }

  function owned(code: string, token: string, now: Date): DraftRow {
    const canonical = normalizeReservationCode(code);
    const row = canonical ? byCode.get({ code: canonical }) : undefined;
    if (!row || row.expiresAt.getTime() <= now.getTime() || !tokenMatches(token, row.tokenHash)) {
      throw new DomainError('draft_not_found');
    }
    return row;
  }

  const expiry = (now: Date) => new Date(now.getTime() + config.draftValidDays * 86_400_000);

  return {
    create(body: DraftBody, now: Date): { draft: Draft; token: string } {
      const checked = check(body);
      const token = newToken();
      return writeTransaction(db, (tx) => {
        let code: string;
        do code = generateReservationCode((n) => randomBytes(n));
        while (tx.select({ id: drafts.id }).from(drafts).where(eq(drafts.code, code)).get());
        const row = tx
          .insert(drafts)
          .values({
            id: randomUUID(),
            code,
            tokenHash: hashToken(token),
            procedureIds: checked.procedures.map((p) => p.id),
            person: checked.person,
            answers: checked.answers,
            lang: body.lang ?? 'ja',
            complete: checked.complete,
            createdAt: now,
            updatedAt: now,
            expiresAt: expiry(now),
          })
          .returning()
          .get();
        return { draft: toDraft(row), token };
      });
    },

    /** Saves changes; a draft being worked on stays valid for the full period from now. */
    update(code: string, token: string, body: DraftBody, now: Date): Draft {
      const checked = check(body);
      return writeTransaction(db, (tx) => {
        const row = owned(code, token, now);
        const updated = tx
          .update(drafts)
          .set({
            procedureIds: checked.procedures.map((p) => p.id),
            person: checked.person,
            answers: checked.answers,
            lang: body.lang ?? row.lang,
            complete: checked.complete,
            updatedAt: now,
            expiresAt: expiry(now),
          })
          .where(eq(drafts.id, row.id))
          .returning()
          .get();
        return toDraft(updated, reservationCodeOf(updated));
      });
    },

    get(code: string, token: string, now: Date): Draft {
      const row = owned(code, token, now);
      return toDraft(row, reservationCodeOf(row));
    },

    /** Links the draft to the resident's booking, proven by the booking's manage token. */
    attachReservation(
      code: string,
      token: string,
      reservationCode: string,
      manageToken: string,
      now: Date,
    ): Draft {
      return writeTransaction(db, (tx) => {
        const row = owned(code, token, now);
        const canonical = normalizeReservationCode(reservationCode);
        const reservation = canonical
          ? tx.select().from(reservations).where(eq(reservations.code, canonical)).get()
          : undefined;
        if (!reservation || !tokenMatches(manageToken, reservation.manageTokenHash)) {
          throw new DomainError('reservation_not_found');
        }
        const updated = tx
          .update(drafts)
          .set({ reservationId: reservation.id, updatedAt: now })
          .where(eq(drafts.id, row.id))
          .returning()
          .get();
        return toDraft(updated, reservation.code);
      });
    },

    /** Every procedure of the draft as one PDF, the person data on each form. */
    async pdf(code: string, token: string, now: Date): Promise<{ filename: string; bytes: Uint8Array }> {
      const row = owned(code, token, now);
      const officeId = row.reservationId
        ? db
            .select({ officeId: reservations.officeId })
            .from(reservations)
            .where(eq(reservations.id, row.reservationId))
            .get()?.officeId
        : undefined;
      const office = catalog.office(officeId ?? catalog.listOffices()[0]!.id);
      const bytes = await renderApplicationPdf({
        procedures: row.procedureIds.map((id) => procedures.get(id)),
        person: row.person,
        answers: row.answers,
        office: officeOnForm(office),
        issuedAt: now,
        reference: row.code,
      });
      return { filename: `kakanai-${row.code}.pdf`, bytes };
    },

    /** Drafts hold personal data: gone once they expire. */
    purgeExpired(now: Date): number {
      return db.delete(drafts).where(lt(drafts.expiresAt, now)).run().changes;
    },
  };
}

export type DraftService = ReturnType<typeof createDraftService>;
