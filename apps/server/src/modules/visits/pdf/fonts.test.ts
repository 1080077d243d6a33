import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedFormFonts, type FontWeight } from './fonts.ts';
import { pdfFirstPageGray, pdfPageTexts } from './poppler.ts';

// Glyphs that came out blank with fontkit's own subsetting (odd-length glyph records), plus
// kana, digits, marks and full-width punctuation from real forms.
const LINES = [
  '山田 太郎 ヤマダ タロウ',
  'さくら台市中央1-1-1',
  '昭和60年4月1日 (1985)',
  '〒123-4567 ■□ 世帯全員',
  '住民異動届 令和8年11月21日',
  '（フリガナ）「続柄」・ー 様',
];

async function specimen(subset: boolean): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const fonts = await embedFormFonts(doc, { subset });
  const page = doc.addPage([400, 300]);
  LINES.forEach((line, index) => {
    const weight: FontWeight = index % 2 === 0 ? 'regular' : 'bold';
    page.drawText(line, { x: 12, y: 270 - index * 44, size: 26, font: fonts[weight] });
  });
  return doc.save();
}

describe('form fonts', () => {
  it('subsets Noto Sans JP so that every glyph renders exactly as the whole font does', async () => {
    const subset = await specimen(true);
    const whole = await specimen(false);
    expect(subset.length).toBeLessThan(100_000);
    expect(whole.length).toBeGreaterThan(1_000_000);

    const actual = pdfFirstPageGray(subset, 72);
    const expected = pdfFirstPageGray(whole, 72);
    expect([actual.width, actual.height]).toEqual([expected.width, expected.height]);
    let inked = 0;
    let differing = 0;
    for (let i = 0; i < expected.pixels.length; i++) {
      if (expected.pixels[i]! < 128) inked++;
      if (Math.abs(actual.pixels[i]! - expected.pixels[i]!) > 32) differing++;
    }
    expect(inked).toBeGreaterThan(5_000);
    expect(differing).toBe(0);
  }, 60_000);

  it('keeps the text extractable from the subset', async () => {
    const [text] = pdfPageTexts(await specimen(true));
    for (const line of LINES) expect(text).toContain(line);
  });
});
