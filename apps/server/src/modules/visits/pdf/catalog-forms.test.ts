import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Procedure, ProcedureSchema } from '@kakanai/contracts';
import { demoCatalogFolder } from '@kakanai/db';
import { compileAnswersSchema } from '@kakanai/domain';
import { describe, expect, it } from 'vitest';
import { fill } from '../../../test/sample-answers.ts';
import { pdfPageTexts } from './poppler.ts';
import { renderApplicationPdf } from './render-application.ts';

const person = {
  name: '山田 太郎',
  nameKana: 'ヤマダ タロウ',
  birthDate: '1985-04-01',
  sex: 'male' as const,
  postalCode: '100-0001',
  address: 'さくら台市中央1-1-1',
  phone: '09012345678',
};

const dir = join(demoCatalogFolder, 'procedures');
const catalog: Procedure[] = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ProcedureSchema.parse(JSON.parse(readFileSync(join(dir, f), 'utf8'))));

// Every form an admin ships must print: title, the person's data and the 和暦 birth date as real text.
describe('every procedure in the catalog renders to PDF', () => {
  it.each(catalog.map((p) => [p.id, p] as const))('%s', async (_id, procedure) => {
    const answers = compileAnswersSchema(procedure.definition, { person }).parse(fill(procedure.definition));
    const pdf = await renderApplicationPdf({
      procedures: [procedure],
      person,
      answers: { [procedure.id]: answers },
      office: { name: { ja: 'さくら台市役所 本庁舎', en: 'Sakuradai City Hall' } },
      issuedAt: new Date('2026-11-24T01:00:00Z'),
      reference: 'K7Q2-9MXD',
    });
    const text = pdfPageTexts(pdf)
      .join('\n')
      .replace(/[ \u3000]+/g, ' ');
    expect(text).toContain(procedure.definition.title.ja.replace(/[ \u3000]+/g, ' '));
    expect(text).toContain('K7Q2-9MXD');
    const usesName = JSON.stringify(procedure.definition).includes('"person":"name"');
    if (usesName) expect(text).toContain('山田 太郎');
  });
});
