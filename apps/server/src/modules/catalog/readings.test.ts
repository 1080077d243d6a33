import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FieldDefinition, type FormDefinition, KanaReadingSchema } from '@kakanai/contracts';
import { demoCatalogFolder } from '@kakanai/db';
import { describe, expect, it } from 'vitest';
import { parseProcedure } from './procedures.ts';

// The counter tablet prints furigana over every Japanese title and label of a form; a resident
// reads them aloud, so a missing or mistyped reading is a visible fault.

interface Labelled {
  where: string;
  ja: string;
  kana: string | undefined;
}

const KANJI = /\p{Script=Han}/u;

function labelsOf(id: string, form: FormDefinition): Labelled[] {
  const found: Labelled[] = [{ where: `${id} title`, ja: form.title.ja, kana: form.titleKana }];
  const field = (f: FieldDefinition, where: string) => {
    found.push({ where: `${where}.${f.id}`, ja: f.label.ja, kana: f.labelKana });
    for (const o of f.options ?? []) {
      found.push({ where: `${where}.${f.id}=${o.value}`, ja: o.label.ja, kana: o.labelKana });
    }
    for (const g of f.fields ?? []) field(g, `${where}.${f.id}`);
  };
  for (const section of form.sections) {
    found.push({ where: `${id} ${section.id}`, ja: section.title.ja, kana: section.titleKana });
    for (const f of section.fields) field(f, `${id} ${section.id}`);
  }
  return found;
}

const dir = join(demoCatalogFolder, 'procedures');
const labels = readdirSync(dir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => {
    const procedure = parseProcedure(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
    return labelsOf(procedure.id, procedure.definition);
  });

/**
 * The reading keeps the label's kana (katakana as hiragana), punctuation and digits in place and
 * reads only the kanji; a digit may be read too (1人 → ひとり).
 */
function followsLabel(ja: string, kana: string): boolean {
  const hiragana = ja.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60));
  const pattern = hiragana
    .split(/(\p{Script=Han}+|[0-9]+)/u)
    .map((part, i) => {
      if (i % 2 === 0) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return KANJI.test(part) ? '[\\u3041-\\u3096]+' : `(?:${part}|[\\u3041-\\u3096]+)`;
    })
    .join('');
  return new RegExp(`^${pattern}$`, 'u').test(kana);
}

describe('furigana in the catalog', () => {
  it('finds the forms to check', () => {
    expect(labels.length).toBeGreaterThan(500);
  });

  it('gives every title and label with kanji a reading, and none to a label without', () => {
    const missing = labels.filter((l) => KANJI.test(l.ja) && l.kana === undefined);
    expect(missing.map((l) => `${l.where}: ${l.ja}`)).toEqual([]);
    const needless = labels.filter((l) => !KANJI.test(l.ja) && l.kana !== undefined);
    expect(needless.map((l) => `${l.where}: ${l.ja}`)).toEqual([]);
  });

  it('writes every reading in hiragana, following its label', () => {
    const readings = labels.filter((l): l is Labelled & { kana: string } => l.kana !== undefined);
    const notKana = readings.filter((l) => !KanaReadingSchema.safeParse(l.kana).success);
    expect(notKana.map((l) => `${l.where}: ${l.kana}`)).toEqual([]);
    const astray = readings.filter((l) => !followsLabel(l.ja, l.kana));
    expect(astray.map((l) => `${l.where}: ${l.ja} ≠ ${l.kana}`)).toEqual([]);
  });

  it('rejects katakana, kanji and stray symbols in a reading', () => {
    for (const bad of ['ジュウショ', '住所', 'じゅうしょ!', '']) {
      expect(KanaReadingSchema.safeParse(bad).success).toBe(false);
    }
    expect(KanaReadingSchema.safeParse('しゅべつへんこう（だい2ごう→だい1ごう）').success).toBe(true);
  });
});
