import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoCatalogFolder, schema } from '@kakanai/db';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../test/helper.ts';
import { CatalogImportError, createProcedureCatalog } from './procedures.ts';

describe('procedures as data', () => {
  let app: TestApp;
  let db: Awaited<ReturnType<typeof buildTestApp>>['db'];
  beforeEach(async () => {
    ({ app, db } = await buildTestApp());
  });
  afterEach(() => app.close());

  it('serves the demo catalog: at least 12 procedures, each with its form, and the life-event guide', async () => {
    const { procedures } = (await app.inject('/api/v1/procedures')).json();
    expect(procedures.length).toBeGreaterThanOrEqual(12);
    const ids = procedures.map((p: { id: string }) => p.id);
    expect(ids).toEqual(
      expect.arrayContaining(['tennyu', 'tenshutsu', 'tenkyo', 'juminhyo', 'inkan_toroku', 'jido_teate']),
    );
    const { lifeEvents } = (await app.inject('/api/v1/life-events')).json();
    expect(lifeEvents.map((e: { id: string }) => e.id)).toEqual(
      expect.arrayContaining(['moving_in', 'birth', 'death']),
    );
    // No form anywhere asks for the My Number (個人番号): no field is named or labelled for it.
    const fields = JSON.stringify(procedures.map((p: { definition: unknown }) => p.definition));
    expect(fields).not.toMatch(/"id":"(myNumber|kojinBango|individualNumber)"|"ja":"個人番号"/);
  });

  it('imports every file in db/catalog without a problem', () => {
    const catalog = createProcedureCatalog(db);
    const dir = join(demoCatalogFolder, 'procedures');
    for (const file of readdirSync(dir)) {
      expect(() =>
        catalog.importProcedure(JSON.parse(readFileSync(join(dir, file), 'utf8')), new Date(), file),
      ).not.toThrow();
    }
  });

  it('rejects a broken definition with a message that names the field, and changes nothing', () => {
    const catalog = createProcedureCatalog(db);
    const before = db.select().from(schema.procedures).all().length;
    const broken = JSON.parse(readFileSync(join(demoCatalogFolder, 'procedures', 'tennyu.json'), 'utf8'));
    broken.id = 'broken';
    const field = broken.definition.sections[0].fields[0];
    field.visibleWhen = { field: 'noSuchField', equals: 'yes' };
    let error: unknown;
    try {
      catalog.importProcedure(broken, new Date(), 'broken.json');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CatalogImportError);
    expect((error as CatalogImportError).message).toContain(field.id);
    expect((error as CatalogImportError).message).toContain('noSuchField');

    const typo = {
      ...broken,
      definition: {
        ...broken.definition,
        sections: [{ ...broken.definition.sections[0], fields: [{ ...field, type: 'txet' }] }],
      },
    };
    expect(() => catalog.importProcedure(typo, new Date(), 'typo.json')).toThrow(/type/);
    expect(db.select().from(schema.procedures).all().length).toBe(before);
  });

  it('finds addresses for a postal code from offline data', async () => {
    const response = await app.inject('/api/v1/postal-codes/1000001');
    expect(response.json().addresses[0]).toMatchObject({
      postalCode: '100-0001',
      prefecture: '東京都',
      city: '千代田区',
    });
    expect((await app.inject('/api/v1/postal-codes/12')).statusCode).toBe(400);
  });
});
