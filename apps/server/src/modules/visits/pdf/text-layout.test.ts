import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedFormFonts } from './fonts.ts';
import { TextMeasurer, type TextStyle } from './text-layout.ts';

const STYLE: TextStyle = { weight: 'regular', size: 10 };
let measurer: TextMeasurer;

beforeAll(async () => {
  measurer = new TextMeasurer(await embedFormFonts(await PDFDocument.create()));
});

describe('wrapping text in a cell', () => {
  it('breaks Japanese between characters, every line within the width', () => {
    const text = '前住所地で転出証明書の交付を受けています。マイナンバーカードは世帯全員分を持参しました。';
    const lines = measurer.wrap(text, STYLE, 100);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.join('')).toBe(text);
    for (const line of lines) expect(measurer.width(line, STYLE)).toBeLessThanOrEqual(100);
  });

  it('breaks English only between words', () => {
    const lines = measurer.wrap('Notes in English wrap by word, not by letter.', STYLE, 80);
    expect(lines.join(' ')).toBe('Notes in English wrap by word, not by letter.');
    for (const line of lines) expect(line).toMatch(/^\S+( \S+)*$/);
    expect(lines.flatMap((line) => line.split(' '))).toEqual(
      'Notes in English wrap by word, not by letter.'.split(' '),
    );
  });

  it('keeps an address number like 1-1-1 whole and 。 off the start of a line', () => {
    const width = measurer.width('さくら台市中央1-', STYLE);
    const lines = measurer.wrap('さくら台市中央1-1-1', STYLE, width);
    expect(lines).toEqual(['さくら台市中央', '1-1-1']);
    const sentence = measurer.wrap('あいうえお。かきくけこ', STYLE, measurer.width('あいうえお', STYLE));
    expect(sentence[0]).toBe('あいうえ');
    expect(sentence[1]?.startsWith('お。')).toBe(true);
  });

  it('keeps line breaks the writer typed', () => {
    expect(measurer.wrap('一行目\n二行目', STYLE, 500)).toEqual(['一行目', '二行目']);
  });
});
