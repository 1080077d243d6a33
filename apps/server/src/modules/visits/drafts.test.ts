import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@kakanai/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FakeClock } from '../../clock.ts';
import { buildTestApp, resident, type TestApp } from '../../test/helper.ts';
import { fill } from '../../test/sample-answers.ts';

const person = {
  name: '山田 太郎',
  nameKana: 'やまだ たろう',
  birthDate: '1985-04-01',
  sex: 'male',
  postalCode: '1000001',
  address: 'さくら台市中央1-1-1',
  phone: '090-1234-5678',
};

describe('drafts (事前入力)', () => {
  let app: TestApp;
  let clock: FakeClock;
  let db: Awaited<ReturnType<typeof buildTestApp>>['db'];
  beforeEach(async () => {
    ({ app, clock, db } = await buildTestApp());
  });
  afterEach(() => app.close());

  const create = (payload: object) => app.inject({ method: 'POST', url: '/api/v1/drafts', payload });
  const asHolder = (token: string) => ({ authorization: `Bearer ${token}` });

  it('saves unfinished work, then reports what is still missing, naming the field', async () => {
    const saved = await create({
      procedureIds: ['tennyu'],
      person: { name: '山田 太郎' },
      answers: {},
      partial: true,
    });
    expect(saved.statusCode).toBe(201);
    const { draft, token } = saved.json();
    expect(draft).toMatchObject({ complete: false, procedureIds: ['tennyu'] });
    expect(draft.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);

    const finish = await app.inject({
      method: 'PUT',
      url: `/api/v1/drafts/${draft.code}`,
      headers: asHolder(token),
      payload: { procedureIds: ['tennyu'], person: { name: '山田 太郎' }, answers: {} },
    });
    expect(finish.statusCode, finish.body).toBe(400);
    expect(finish.json().code).toBe('validation_failed');
    expect(finish.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'person.nameKana', message: 'required' })]),
    );
  });

  it('keeps the person data once for every procedure, validated like the browser does', async () => {
    const { procedures } = (await app.inject('/api/v1/procedures')).json();
    const chosen = procedures.filter((p: { id: string }) =>
      ['tennyu', 'kokuho_shikaku', 'jido_teate'].includes(p.id),
    );
    const answers = Object.fromEntries(
      chosen.map((p: { id: string; definition: never }) => [p.id, fill(p.definition)]),
    );
    const response = await create({ procedureIds: chosen.map((p: { id: string }) => p.id), person, answers });
    expect(response.statusCode, response.body).toBe(201);
    const { draft, token } = response.json();
    expect(draft.complete).toBe(true);
    expect(draft.person).toMatchObject({ nameKana: 'ヤマダ タロウ', postalCode: '100-0001' });

    const read = await app.inject({ url: `/api/v1/drafts/${draft.code}`, headers: asHolder(token) });
    expect(read.json().draft.code).toBe(draft.code);
    expect(
      (await app.inject({ url: `/api/v1/drafts/${draft.code}`, headers: asHolder('x'.repeat(43)) })).json()
        .code,
    ).toBe('draft_not_found');
  });

  it('attaches to a booking and renders every procedure as one PDF with real Japanese text', async () => {
    const { procedures } = (await app.inject('/api/v1/procedures')).json();
    const chosen = procedures.filter((p: { id: string }) => ['juminhyo', 'inkan_toroku'].includes(p.id));
    const answers = Object.fromEntries(
      chosen.map((p: { id: string; definition: never }) => [p.id, fill(p.definition)]),
    );
    const { draft, token } = (
      await create({ procedureIds: ['juminhyo', 'inkan_toroku'], person, answers })
    ).json();

    const booking = (
      await app.inject({
        method: 'POST',
        url: '/api/v1/reservations',
        payload: {
          officeId: 'main',
          serviceId: 'main-juminido',
          start: '2026-11-24T09:15:00+09:00',
          ...resident,
        },
      })
    ).json();
    const attached = await app.inject({
      method: 'POST',
      url: `/api/v1/drafts/${draft.code}/reservation`,
      headers: asHolder(token),
      payload: { reservationCode: booking.reservation.code, manageToken: booking.manageToken },
    });
    expect(attached.json().draft.reservationCode).toBe(booking.reservation.code);

    const pdf = await app.inject({
      url: `/api/v1/drafts/${draft.code}/application.pdf`,
      headers: asHolder(token),
    });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const file = join(mkdtempSync(join(tmpdir(), 'kakanai-pdf-')), 'application.pdf');
    writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(
      /[ \u3000]+/g,
      ' ',
    );
    expect(text).toContain('山田 太郎');
    expect(text).toContain('さくら台市中央1-1-1');
    expect(text).toContain('昭和60年4月1日');
    const pages = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(Number(/Pages:\s+(\d+)/.exec(pages)![1])).toBeGreaterThanOrEqual(2);
  });

  it('removes a draft and its personal data once it expires', async () => {
    const { draft, token } = (
      await create({ procedureIds: ['tennyu'], person: { name: '山田 太郎' }, partial: true })
    ).json();
    clock.advance(15 * 24 * 60);
    expect(
      (await app.inject({ url: `/api/v1/drafts/${draft.code}`, headers: asHolder(token) })).json().code,
    ).toBe('draft_not_found');
    expect(app.drafts.purgeExpired(clock.now())).toBe(1);
    expect(db.select().from(schema.drafts).all()).toEqual([]);
  });

  it('refuses unknown procedures', async () => {
    const response = await create({ procedureIds: ['no_such_thing'], person, answers: {} });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('procedure_not_found');
  });
});
