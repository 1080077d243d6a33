// Full-width forms of U+FF61–U+FF9F (｡ … ﾟ), in code point order.
const HALF_WIDTH_KANA_TO_FULL =
  '。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜';
const HALF_WIDTH_KANA_FIRST = 0xff61;
const HALF_WIDTH_KANA_LAST = 0xff9f;
const HALF_WIDTH_VOICED_MARK = 0xff9e;
const HALF_WIDTH_SEMI_VOICED_MARK = 0xff9f;
// Half-width text writes ガ as カ plus a separate ﾞ; these bases absorb the mark.
const VOICED = new Map(
  Array.from('カキクケコサシスセソタチツテトハヒフヘホウワヲ', (base, i) => [
    base,
    'ガギグゲゴザジズゼゾダヂヅデドバビブベボヴヷヺ'.charAt(i),
  ]),
);
const SEMI_VOICED = new Map(Array.from('ハヒフヘホ', (base, i) => [base, 'パピプペポ'.charAt(i)]));

// ぁ–ゖ and ゝゞ sit exactly 0x60 below their katakana.
const HIRAGANA = /[\u3041-\u3096\u309d\u309e]/g;
const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;
const KATAKANA_NAME = /^[\u30a1-\u30f6ー・]+(?: [\u30a1-\u30f6ー・]+)*$/;

/** Furigana as katakana: hiragana and half-width katakana become full-width katakana, spacing collapses to single spaces, trimmed. */
export function toKatakana(value: string): string {
  const katakana = halfWidthKanaToFull(value).replace(HIRAGANA, (kana) =>
    String.fromCharCode(kana.charCodeAt(0) + 0x60),
  );
  // NFC last: it folds decomposed input (カ + U+3099) into ガ, so a second pass changes nothing.
  return katakana.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Whether `value`, after toKatakana, is a name in katakana: letters, ー and ・, words separated by single spaces. */
export function isKatakanaName(value: string): boolean {
  return KATAKANA_NAME.test(toKatakana(value));
}

/** Full-width ASCII and the ideographic space to half-width, half-width katakana to full-width; kanji and kana stay. */
export function normalizeWidth(value: string): string {
  return halfWidthKanaToFull(value)
    .replace(FULL_WIDTH_ASCII, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replaceAll('\u3000', ' ');
}

function halfWidthKanaToFull(value: string): string {
  let result = '';
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < HALF_WIDTH_KANA_FIRST || code > HALF_WIDTH_KANA_LAST) continue;
    result += value.slice(start, i);
    const full = HALF_WIDTH_KANA_TO_FULL.charAt(code - HALF_WIDTH_KANA_FIRST);
    const next = value.charCodeAt(i + 1);
    const combined =
      next === HALF_WIDTH_VOICED_MARK
        ? VOICED.get(full)
        : next === HALF_WIDTH_SEMI_VOICED_MARK
          ? SEMI_VOICED.get(full)
          : undefined;
    if (combined) {
      result += combined;
      i++;
    } else {
      result += full;
    }
    start = i + 1;
  }
  return start === 0 ? value : result + value.slice(start);
}
