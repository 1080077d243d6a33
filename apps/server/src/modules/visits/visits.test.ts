import { createHash } from 'node:crypto';
import { schema } from '@kakanai/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, resident, signIn, type TestApp } from '../../test/helper.ts';
import { signatureDataUrl } from '../../test/png.ts';
import { pdfImageCount, pdfPageTexts } from './pdf/poppler.ts';

// Tuesday 2026-11-24, 10:00 in Tokyo: the main office is open.
const OPEN = '2026-11-24T10:00:00+09:00';
const TABLET = { authorization: 'Bearer dev_demo-tablet-main-w4' };
const KIOSK = { authorization: 'Bearer dev_demo-kiosk-main' };

const juminhyoAnswers = {
  certificateType: 'copy',
  scope: 'self',
  copies: 1,
  sameAsRequester: true,
  usePurpose: 'employment',
  requesterRelation: 'self',
  visitor: 'self',
};
const inkanAnswers = { applicationType: 'new', confirmationMethod: 'photo_id', visitor: 'self' };
const cardPerson = {
  name: '髙橋\u3000𠮷男',
  address: 'さくら台市中央一丁目１番１号',
  birthDate: '1985-04-01',
  sex: 'male',
};

describe('the visit at the window', () => {
  let app: TestApp;
  let clock: FakeClock;
  let db: Awaited<ReturnType<typeof buildTestApp>>['db'];
  let staff: { cookie: string; 'x-csrf-token': string };

  beforeEach(async () => {
    ({ app, clock, db } = await buildTestApp({ now: OPEN }));
    const session = await signIn(app);
    staff = { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
  });
  afterEach(() => app.close());

  const api = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: object = staff) =>
    app.inject({
      method,
      url: `/api/v1${url}`,
      headers: headers as Record<string, string>,
      ...(payload ? { payload } : {}),
    });

  /** A walk-in for 証明 called to window 4 (which serves 証明 and 印鑑), and its visit opened. */
  async function openVisit(body: object = {}) {
    await api('POST', '/windows/main-w4/status', { status: 'open' });
    const taken = await api('POST', '/offices/main/tickets', { serviceId: 'main-shomei' }, KIOSK);
    const ticketId = taken.json().ticket.id as string;
    clock.advance(5);
    await api('POST', '/windows/main-w4/call-next');
    clock.advance(0.5);
    const opened = await api('POST', '/windows/main-w4/visits', {
      ticketId,
      procedureIds: ['juminhyo', 'inkan_toroku'],
      ...body,
    });
    expect(opened.statusCode, opened.body).toBe(201);
    return { ticketId, visit: opened.json().visit };
  }

  async function fillAndSend(visit: { id: string; version: number; person: object }) {
    const saved = await api('PUT', `/visits/${visit.id}`, {
      version: visit.version,
      procedureIds: ['juminhyo', 'inkan_toroku'],
      person: {
        ...visit.person,
        nameKana: 'タカハシ ヨシオ',
        phone: '090-1234-5678',
        postalCode: '100-0001',
      },
      answers: { juminhyo: juminhyoAnswers, inkan_toroku: inkanAnswers },
    });
    expect(saved.statusCode).toBe(200);
    const sent = await api('POST', `/visits/${visit.id}/send`, { version: visit.version });
    expect(sent.statusCode).toBe(200);
    return sent.json().visit;
  }

  /** The card read on the tablet, the forms filled and sent: the visit waiting for the resident. */
  async function sentVisit() {
    const { visit } = await openVisit();
    await api('POST', `/visits/${visit.id}/card-request`, {});
    await api('POST', `/tablet/visits/${visit.id}/card`, { person: cardPerson }, TABLET);
    return fillAndSend((await api('GET', `/visits/${visit.id}`)).json().visit);
  }

  /** A visit the resident signed on the tablet, version 1. */
  async function signedVisit() {
    const visit = await sentVisit();
    const signed = await api(
      'POST',
      `/tablet/visits/${visit.id}/sign`,
      { version: 1, signature: signatureDataUrl() },
      TABLET,
    );
    expect(signed.statusCode).toBe(204);
    return visit;
  }

  it('goes from called to accepted: card read on the tablet, sent, flagged, corrected, signed, accepted', async () => {
    const { visit } = await openVisit();
    expect(visit).toMatchObject({ status: 'draft', version: 1, ticketNumber: 'B001', complete: false });
    expect(visit.times.calledAt).toBe('2026-11-24T10:05:00+09:00');

    // The tablet sees the visit at its window, and nothing at another window.
    expect((await api('GET', '/tablet', undefined, TABLET)).json().visit.id).toBe(visit.id);
    const other = await api('GET', '/tablet', undefined, { authorization: 'Bearer dev_demo-tablet-main-w3' });
    expect(other.json().visit).toBeUndefined();

    // Card data only when staff asked for it.
    const unasked = await api('POST', `/tablet/visits/${visit.id}/card`, { person: cardPerson }, TABLET);
    expect(unasked.json().code).toBe('card_not_requested');
    await api('POST', `/visits/${visit.id}/card-request`, {});
    expect((await api('GET', '/tablet', undefined, TABLET)).json().visit.card.requested).toBe(true);
    expect(
      (await api('POST', `/tablet/visits/${visit.id}/card`, { person: cardPerson }, TABLET)).statusCode,
    ).toBe(204);
    const read = (await api('GET', `/visits/${visit.id}`)).json().visit;
    expect(read.person).toMatchObject({ name: '髙橋\u3000𠮷男', birthDate: '1985-04-01', sex: 'male' });
    expect(read.sources).toMatchObject({ 'person.name': 'card', 'person.address': 'card' });
    expect(read.card).toMatchObject({ requested: false, result: 'read' });

    const sent = await fillAndSend(read);
    expect(sent).toMatchObject({ status: 'awaiting_confirmation', version: 1, complete: true });
    expect(sent.sources['person.phone']).toBe('staff');

    // The resident marks the phone number as wrong: back to staff, the value marked.
    const flagged = await api(
      'POST',
      `/tablet/visits/${visit.id}/flags`,
      { version: 1, paths: ['person.phone'] },
      TABLET,
    );
    expect(flagged.statusCode).toBe(204);
    const back = (await api('GET', `/visits/${visit.id}`)).json().visit;
    expect(back.status).toBe('draft');
    expect(back.flags).toMatchObject([{ path: 'person.phone', version: 1 }]);
    expect(back.flags[0].resolvedAt).toBeUndefined();

    // Staff fix it: a new version, the flag resolved; signing the old version is refused.
    const fixed = await api('PUT', `/visits/${visit.id}`, {
      version: 1,
      procedureIds: back.procedureIds,
      person: { ...back.person, phone: '090-9999-0000' },
      answers: back.answers,
    });
    expect(fixed.json().visit).toMatchObject({ version: 2, status: 'draft' });
    expect(fixed.json().visit.flags[0].resolvedAt).toBeDefined();
    await api('POST', `/visits/${visit.id}/send`, { version: 2 });
    const png = signatureDataUrl();
    const stale = await api(
      'POST',
      `/tablet/visits/${visit.id}/sign`,
      { version: 1, signature: png },
      TABLET,
    );
    expect(stale.json().code).toBe('visit_version_conflict');
    const signed = await api(
      'POST',
      `/tablet/visits/${visit.id}/sign`,
      { version: 2, signature: png },
      TABLET,
    );
    expect(signed.statusCode).toBe(204);

    clock.advance(1);
    const accepted = await api('POST', `/visits/${visit.id}/accept`, { version: 2 });
    expect(accepted.json().visit).toMatchObject({ status: 'accepted', version: 2 });
    expect(accepted.json().visit.times).toMatchObject({
      calledAt: '2026-11-24T10:05:00+09:00',
      acceptedAt: '2026-11-24T10:06:30+09:00',
    });

    // The signed PDF: the corrected value as text, the signature as an image, the hash printed.
    const pdf = await api('GET', `/visits/${visit.id}/application.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfPageTexts(pdf.rawPayload).join('\n');
    expect(text).toContain('09099990000'.replace(/(\d{3})(\d{4})(\d{4})/, '$1-$2-$3'));
    expect(text).not.toContain('090-1234-5678');
    expect(text).toContain(accepted.json().visit.signature.hash);
    expect(pdfImageCount(pdf.rawPayload)).toBeGreaterThan(0);

    // The tablet no longer shows it; it can't be changed any more.
    expect((await api('GET', '/tablet', undefined, TABLET)).json().visit).toBeUndefined();
    const late = await api('PUT', `/visits/${visit.id}`, {
      version: 2,
      procedureIds: ['juminhyo'],
      person: {},
    });
    expect(late.json().code).toBe('visit_not_editable');
  });

  it('keeps the signature with the version it signed: a correction after signing must be signed again', async () => {
    const visit = await signedVisit();

    const corrected = await api('PUT', `/visits/${visit.id}`, {
      version: 1,
      procedureIds: visit.procedureIds,
      person: visit.person,
      answers: { ...visit.answers, juminhyo: { ...visit.answers.juminhyo, copies: 2 } },
    });
    expect(corrected.json().visit).toMatchObject({ version: 2, status: 'draft' });
    expect(corrected.json().visit.signature).toBeUndefined();
    expect((await api('POST', `/visits/${visit.id}/accept`, { version: 2 })).json().code).toBe(
      'visit_not_signed',
    );

    const kept = db.select().from(schema.visitSignatures).all();
    expect(kept.map((s) => s.version)).toEqual([1]);
    // The hash is of exactly what was signed: the stored content hashes to it.
    expect(createHash('sha256').update(kept[0]!.content).digest('hex')).toBe(kept[0]!.hash);
    expect(JSON.parse(kept[0]!.content).answers.juminhyo.copies).toBe(1);
  });

  it('loads the reservation and the pre-entry attached to it, each value showing its source', async () => {
    clock.set('2026-11-20T10:00:00+09:00');
    const booked = await api(
      'POST',
      '/reservations',
      { officeId: 'main', serviceId: 'main-juminido', start: '2026-11-24T10:15:00+09:00', ...resident },
      {},
    );
    expect(booked.statusCode, booked.body).toBe(201);
    const { reservation, manageToken } = booked.json();
    const draft = await api(
      'POST',
      '/drafts',
      {
        procedureIds: ['juminhyo'],
        person: { nameKana: 'ヤマダ タロウ', birthDate: '1990-01-02', phone: '03-1234-5678' },
        answers: { juminhyo: { usePurpose: 'pension' } },
        partial: true,
      },
      {},
    );
    const { draft: created, token } = draft.json();
    await api(
      'POST',
      `/drafts/${created.code}/reservation`,
      { reservationCode: reservation.code, manageToken },
      { authorization: `Bearer ${token}` },
    );
    clock.set(OPEN);
    await api('POST', '/windows/main-w2/status', { status: 'open' });
    const checkedIn = await api(
      'POST',
      '/offices/main/check-ins',
      { reservationCode: reservation.code },
      KIOSK,
    );
    await api('POST', '/windows/main-w2/call-next');

    const opened = await api('POST', '/windows/main-w2/visits', { ticketId: checkedIn.json().ticket.id });
    const visit = opened.json().visit;
    expect(visit).toMatchObject({
      reservationCode: reservation.code,
      draftCode: created.code,
      procedureIds: ['juminhyo'],
      person: { name: resident.name, birthDate: '1990-01-02' },
      answers: { juminhyo: { usePurpose: 'pension' } },
    });
    expect(visit.sources).toMatchObject({
      'person.name': 'reservation',
      'person.birthDate': 'draft',
      'answers.juminhyo.usePurpose': 'draft',
    });
    // Opening it again returns the same visit.
    const again = await api('POST', '/windows/main-w2/visits', { ticketId: checkedIn.json().ticket.id });
    expect(again.statusCode).toBe(200);
    expect(again.json().visit.id).toBe(visit.id);

    const audit = db.select().from(schema.auditLog).all();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['visit.open', 'draft.read', 'visit.read']),
    );
    expect(JSON.stringify(audit)).not.toContain('山田');
  });

  it('refuses to send what is incomplete, and says which fields are missing', async () => {
    const { visit } = await openVisit();
    const refused = await api('POST', `/visits/${visit.id}/send`, { version: 1 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('visit_incomplete');
    const paths = refused.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['person.name', 'answers.juminhyo.usePurpose']));
    expect((await api('GET', `/visits/${visit.id}`)).json().visit.status).toBe('draft');
  });

  it('answers bad input with a problem and writes nothing', async () => {
    const { visit } = await openVisit();
    const events = () => db.select().from(schema.events).all().length;
    const before = events();
    const cases = [
      [
        api('PUT', `/visits/${visit.id}`, {
          version: 1,
          procedureIds: ['juminhyo'],
          person: { birthDate: '1985-13-40' },
        }),
        400,
        'validation_failed',
      ],
      [
        api('PUT', `/visits/${visit.id}`, { version: 7, procedureIds: ['juminhyo'], person: {} }),
        409,
        'visit_version_conflict',
      ],
      [
        api('PUT', `/visits/${visit.id}`, { version: 1, procedureIds: ['nope'], person: {} }),
        404,
        'procedure_not_found',
      ],
      [
        api('POST', `/tablet/visits/${visit.id}/flags`, { version: 1, paths: ['person.name'] }, TABLET),
        409,
        'visit_not_awaiting_confirmation',
      ],
      [
        api(
          'POST',
          `/tablet/visits/${visit.id}/sign`,
          { version: 1, signature: 'data:image/png;base64,AAAA' },
          TABLET,
        ),
        422,
        'signature_invalid',
      ],
      [api('GET', '/visits/nope'), 404, 'visit_not_found'],
      [api('GET', '/tablet', undefined, KIOSK), 401, 'unauthorized'],
      [api('GET', `/visits/${visit.id}`, undefined, {}), 401, 'unauthorized'],
    ] as const;
    for (const [pending, status, code] of cases) {
      const response = await pending;
      expect([response.statusCode, response.json().code]).toEqual([status, code]);
      expect(response.headers['content-type']).toContain('application/problem+json');
    }
    expect(events()).toBe(before);
    expect((await api('GET', `/visits/${visit.id}`)).json().visit).toMatchObject({ version: 1, person: {} });
  });

  it('exports the day’s accepted applications per procedure, with stable columns, and marks them exported', async () => {
    const visit = await signedVisit();
    await api('POST', `/visits/${visit.id}/accept`, { version: 1 });

    const csv = await api('POST', '/offices/main/applications/export', {
      date: '2026-11-24',
      procedureId: 'inkan_toroku',
      format: 'csv',
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    const [header, row] = csv.body.replace('\uFEFF', '').split('\r\n');
    expect(header!.split(',').slice(0, 4)).toEqual([
      'application_code',
      'office_id',
      'procedure_id',
      'form_version',
    ]);
    expect(header).toContain('person_name_kana');
    expect(header).toContain('answer_confirmationMethod');
    expect(row).toContain('髙橋\u3000𠮷男');
    expect(row).toContain('photo_id');

    const json = await api('POST', '/offices/main/applications/export', {
      date: '2026-11-24',
      procedureId: 'juminhyo',
      format: 'json',
    });
    expect(json.json().applications).toMatchObject([
      { procedureId: 'juminhyo', answers: { usePurpose: 'employment' }, person: { sex: 'male' } },
    ]);
    const listed = await api('GET', '/offices/main/visits?date=2026-11-24');
    expect(listed.json().visits).toMatchObject([
      { id: visit.id, status: 'exported', name: '髙橋\u3000𠮷男' },
    ]);
  });

  it('keeps a card that failed to read out of the person data, and tells staff why', async () => {
    const { visit } = await openVisit();
    await api('POST', `/visits/${visit.id}/card-request`, {});
    await api('POST', `/tablet/visits/${visit.id}/card`, { failed: 'pin_blocked' }, TABLET);
    const after = (await api('GET', `/visits/${visit.id}`)).json().visit;
    expect(after.card).toMatchObject({ requested: false, result: 'pin_blocked' });
    expect(after.person).toEqual({});
  });

  it('checks a signature is an image the PDF can carry', async () => {
    const visit = await sentVisit();
    const truncated = signatureDataUrl().slice(0, 80);
    const response = await api(
      'POST',
      `/tablet/visits/${visit.id}/sign`,
      { version: 1, signature: truncated },
      TABLET,
    );
    expect(response.json().code).toBe('signature_invalid');
    expect((await api('GET', `/visits/${visit.id}`)).json().visit.status).toBe('awaiting_confirmation');
  });

  it('erases a visit’s personal data after the retention period and keeps its times', async () => {
    const visit = await signedVisit();
    await api('POST', `/visits/${visit.id}/accept`, { version: 1 });

    clock.advance(29 * 24 * 60);
    expect(app.visits.purgePersonalData(clock.now())).toBe(0);
    clock.advance(2 * 24 * 60);
    expect(app.visits.purgePersonalData(clock.now())).toBe(1);
    const [row] = db.select().from(schema.visits).all();
    expect(row).toMatchObject({ person: {}, answers: {}, status: 'accepted' });
    expect(row!.acceptedAt).not.toBeNull();
    expect(db.select().from(schema.visitSignatures).all()).toEqual([]);
    expect(JSON.stringify(db.select().from(schema.visits).all())).not.toContain('髙橋');
  });

  it('shows the next resident nothing of the last: the tablet drops a visit once its number is done', async () => {
    const { ticketId, visit } = await openVisit();
    await api('POST', `/visits/${visit.id}/card-request`, {});
    await api('POST', `/tablet/visits/${visit.id}/card`, { person: cardPerson }, TABLET);
    await fillAndSend((await api('GET', `/visits/${visit.id}`)).json().visit);
    expect((await api('GET', '/tablet', undefined, TABLET)).json().visit.person.name).toBe(cardPerson.name);

    // Staff finish the number without accepting and call the next resident.
    await api('POST', `/tickets/${ticketId}/complete`);
    await api('POST', '/offices/main/tickets', { serviceId: 'main-shomei' }, KIOSK);
    await api('POST', '/windows/main-w4/call-next');
    const shown = (await api('GET', '/tablet', undefined, TABLET)).json();
    expect(shown.visit).toBeUndefined();
    expect(JSON.stringify(shown)).not.toContain('髙橋');
    const late = await api(
      'POST',
      `/tablet/visits/${visit.id}/sign`,
      { version: 1, signature: signatureDataUrl() },
      TABLET,
    );
    expect(late.json().code).toBe('visit_not_found');
    expect((await api('GET', '/windows/main-w4/visit')).json().visit).toBeUndefined();
  });

  it('keeps each window’s tablet and each office’s staff to their own applications', async () => {
    const visit = await sentVisit();
    const otherTablet = { authorization: 'Bearer dev_demo-tablet-main-w3' };
    const flag = { version: 1, paths: ['person.phone'] };
    expect((await api('POST', `/tablet/visits/${visit.id}/flags`, flag, otherTablet)).json().code).toBe(
      'visit_not_found',
    );
    expect((await api('POST', `/tablet/visits/${visit.id}/flags`, flag, KIOSK)).statusCode).toBe(401);

    await app.auth.createUser(
      { username: 'kita-staff', role: 'staff', officeIds: ['kita'], password: 'kita-password-1' },
      clock.now(),
    );
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'kita-staff', password: 'kita-password-1' },
    });
    const cookie = login.cookies.find((c) => c.name === 'kakanai_session')!;
    const kitaStaff = { cookie: `${cookie.name}=${cookie.value}`, 'x-csrf-token': login.json().csrfToken };
    expect((await api('GET', `/visits/${visit.id}`, undefined, kitaStaff)).json().code).toBe(
      'visit_not_found',
    );
    expect((await api('GET', '/offices/main/visits?date=2026-11-24', undefined, kitaStaff)).statusCode).toBe(
      403,
    );
    expect((await api('POST', '/windows/main-w4/visits', {}, kitaStaff)).statusCode).toBe(403);
    const noCsrf = await api(
      'PUT',
      `/visits/${visit.id}`,
      { version: 1, procedureIds: [], person: {} },
      {
        cookie: staff.cookie,
      },
    );
    expect(noCsrf.json().code).toBe('csrf_failed');
  });

  it('sends only the version staff looked at, and a signed one again as the next version', async () => {
    const visit = await signedVisit();
    expect((await api('POST', `/visits/${visit.id}/send`, { version: 7 })).json().code).toBe(
      'visit_version_conflict',
    );
    const again = await api('POST', `/visits/${visit.id}/send`, { version: 1 });
    expect(again.json().visit).toMatchObject({ status: 'awaiting_confirmation', version: 2 });
    expect(again.json().visit.signature).toBeUndefined();
    expect((await api('POST', `/visits/${visit.id}/accept`, { version: 2 })).json().code).toBe(
      'visit_not_signed',
    );
  });

  it('takes a large signature, and answers with 410 for the forms of a purged application', async () => {
    const visit = await sentVisit();
    const big = signatureDataUrl(1000, 300, true);
    expect(big.length).toBeGreaterThan(100_000);
    const signed = await api(
      'POST',
      `/tablet/visits/${visit.id}/sign`,
      { version: 1, signature: big },
      TABLET,
    );
    expect(signed.statusCode).toBe(204);
    clock.advance(31 * 24 * 60);
    app.visits.purgePersonalData(clock.now());
    const session = await signIn(app);
    const pdf = await api('GET', `/visits/${visit.id}/application.pdf`, undefined, {
      cookie: session.cookie,
    });
    expect([pdf.statusCode, pdf.json().code]).toEqual([410, 'visit_purged']);
  });

  it('keeps what the card read when the pre-entry is loaded, and refuses flags on fields the forms lack', async () => {
    const { visit } = await openVisit();
    await api('POST', `/visits/${visit.id}/card-request`, {});
    await api('POST', `/tablet/visits/${visit.id}/card`, { person: cardPerson }, TABLET);
    const draft = await api(
      'POST',
      '/drafts',
      { procedureIds: ['juminhyo'], person: { name: '山田 太郎', nameKana: 'ヤマダ タロウ' }, partial: true },
      {},
    );
    const loaded = await api('POST', `/visits/${visit.id}/draft`, { draftCode: draft.json().draft.code });
    expect(loaded.json().visit.person).toMatchObject({ name: cardPerson.name, nameKana: 'ヤマダ タロウ' });
    expect(loaded.json().visit.sources).toMatchObject({ 'person.name': 'card', 'person.nameKana': 'draft' });

    await fillAndSend(loaded.json().visit);
    const bogus = await api(
      'POST',
      `/tablet/visits/${visit.id}/flags`,
      { version: 1, paths: ['answers.juminhyo.noSuchField'] },
      TABLET,
    );
    expect(bogus.json().code).toBe('validation_failed');
    const empty = await api(
      'POST',
      `/tablet/visits/${visit.id}/flags`,
      { version: 1, paths: ['answers.juminhyo.submitTo'] },
      TABLET,
    );
    expect(empty.statusCode).toBe(204);
  });
});
