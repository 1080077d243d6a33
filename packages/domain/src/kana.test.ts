import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKatakanaName, normalizeWidth, toKatakana } from './kana.ts';

describe('toKatakana', () => {
  it('turns hiragana into katakana', () => {
    expect(toKatakana('やまだ たろう')).toBe('ヤマダ タロウ');
    expect(toKatakana('ゔぁいおりん')).toBe('ヴァイオリン');
    expect(toKatakana('いすゞ')).toBe('イスヾ');
  });

  it('widens half-width katakana and joins voiced marks', () => {
    expect(toKatakana('ｶﾞｯｺｳ')).toBe('ガッコウ');
    expect(toKatakana('ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ')).toBe('パピプペポ');
    expect(toKatakana('ｳﾞｧｲｵﾘﾝ')).toBe('ヴァイオリン');
    expect(toKatakana('ｽｽﾞｷ ｲﾁﾛｰ')).toBe('スズキ イチロー');
    expect(toKatakana('ｱﾞ')).toBe('ア゛');
  });

  it('joins decomposed voiced marks', () => {
    expect(toKatakana('か\u3099き\u3099')).toBe('ガギ');
    expect(toKatakana('ｶ\u3099')).toBe('ガ');
  });

  it('collapses ideographic and repeated spaces and trims', () => {
    expect(toKatakana('　やまだ　　たろう ')).toBe('ヤマダ タロウ');
    expect(toKatakana('ヤマダ \u3000 タロウ')).toBe('ヤマダ タロウ');
  });

  it('leaves kanji and Latin letters alone', () => {
    expect(toKatakana('山田 Taro')).toBe('山田 Taro');
  });

  it('is idempotent', () => {
    // Code units rather than fast-check's 'binary' unit, whose first use costs seconds of set-up.
    const anyUtf16 = fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    });
    const kanaish = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x3040, max: 0x30ff }).map((code) => String.fromCharCode(code)),
        fc.integer({ min: 0xff61, max: 0xff9f }).map((code) => String.fromCharCode(code)),
        fc.constantFrom(' ', '\u3000', '\t', '\u3099', '\u309a', 'a', '山'),
      ),
    });
    fc.assert(
      fc.property(fc.oneof(kanaish, anyUtf16), (value) => {
        const once = toKatakana(value);
        expect(toKatakana(once)).toBe(once);
      }),
    );
  });
});

describe('isKatakanaName', () => {
  it('accepts katakana names, also when typed in hiragana or half-width', () => {
    expect(isKatakanaName('ヤマダ タロウ')).toBe(true);
    expect(isKatakanaName('やまだ　たろう')).toBe(true);
    expect(isKatakanaName('ｽｽﾞｷ ｲﾁﾛｰ')).toBe(true);
    expect(isKatakanaName('ジョン・スミス')).toBe(true);
    expect(isKatakanaName('ヴィヴァルディ')).toBe(true);
    expect(isKatakanaName('ヶ')).toBe(true);
  });

  it('refuses empty values, kanji, Latin letters and digits', () => {
    expect(isKatakanaName('')).toBe(false);
    expect(isKatakanaName('   ')).toBe(false);
    expect(isKatakanaName('山田 タロウ')).toBe(false);
    expect(isKatakanaName('Taro')).toBe(false);
    expect(isKatakanaName('タロウ2')).toBe(false);
    expect(isKatakanaName('タロウ.')).toBe(false);
  });

  it('accepts whatever hiragana becomes', () => {
    const hiraganaWord = fc.string({
      unit: fc.integer({ min: 0x3041, max: 0x3096 }).map((code) => String.fromCharCode(code)),
      minLength: 1,
    });
    fc.assert(
      fc.property(
        fc.array(hiraganaWord, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(' ', '\u3000', '  '),
        (words, gap) => {
          expect(isKatakanaName(toKatakana(words.join(gap)))).toBe(true);
        },
      ),
    );
  });
});

describe('normalizeWidth', () => {
  it('narrows full-width ASCII and widens half-width katakana', () => {
    expect(normalizeWidth('ＡＢＣ１２３－４５６')).toBe('ABC123-456');
    expect(normalizeWidth('東京都千代田区１－２－３　ｶﾞｰﾃﾞﾝ')).toBe('東京都千代田区1-2-3 ガーデン');
    expect(normalizeWidth('ｙａｍａｄａ＠ｅｘａｍｐｌｅ．ｊｐ')).toBe('yamada@example.jp');
  });

  it('leaves kanji, hiragana, full-width katakana and the long-vowel mark alone', () => {
    expect(normalizeWidth('山田 やまだ ヤマダ ー')).toBe('山田 やまだ ヤマダ ー');
  });
});
