// How one answer reads on a paper form: dates in 和暦, 〒 before postal codes, hyphenated phone
// numbers, every option of a choice with the chosen one marked ■, furigana above names.
import {
  type FieldDefinition,
  type FieldOption,
  formatJapanesePhone,
  formatWareki,
  isLocalDate,
  normalizePostalCode,
} from '@kakanai/domain';
import type { Line, Run, TextMeasurer, TextStyle } from './text-layout.ts';

export interface FieldCell {
  field: FieldDefinition;
  value: unknown;
  /** Furigana printed small above the value: the name's kana field, or the person's nameKana. */
  kana?: unknown;
}

/** Type sizes: group sub-tables are denser than the main rows. */
export interface ValueSizes {
  value: number;
  name: number;
  kana: number;
  small: number;
}

export const ROW_SIZES: ValueSizes = { value: 10, name: 12, kana: 7, small: 7 };
export const GROUP_SIZES: ValueSizes = { value: 9, name: 10, kana: 6.5, small: 6.5 };

// A choice with more options than this (a prefecture list) prints only the chosen one.
const MAX_OPTIONS_SHOWN = 8;
const SEX_OPTIONS: FieldOption[] = [
  { value: 'male', label: { ja: '男', en: 'Male' } },
  { value: 'female', label: { ja: '女', en: 'Female' } },
];
const YES_NO: FieldOption[] = [
  { value: 'true', label: { ja: 'はい', en: 'Yes' } },
  { value: 'false', label: { ja: 'いいえ', en: 'No' } },
];

/** The lines of a value cell `width` points wide (inside its padding); empty when the answer is. */
export function fieldLines(
  measurer: TextMeasurer,
  cell: FieldCell,
  width: number,
  sizes: ValueSizes,
): Line[] {
  const { field, value } = cell;
  const regular: TextStyle = { weight: 'regular', size: sizes.value };
  const kana = textOf(cell.kana);
  const lines: Line[] = kana ? measurer.lines(kana, { weight: 'regular', size: sizes.kana }, width) : [];
  const options = field.options ?? (field.person === 'sex' ? SEX_OPTIONS : undefined);

  if (field.type === 'checkbox' && !options) {
    const chosen = value === true ? ['true'] : value === false ? ['false'] : [];
    return [...lines, ...optionLines(measurer, YES_NO, chosen, regular, width)];
  }
  if (options && (field.type === 'radio' || field.type === 'select' || field.type === 'checkbox')) {
    const chosen = (Array.isArray(value) ? value : [value]).map(String);
    if (options.length > MAX_OPTIONS_SHOWN) {
      const labels = options
        .filter((option) => chosen.includes(option.value))
        .map((option) => option.label.ja);
      return [...lines, ...measurer.lines(labels.join('、'), regular, width)];
    }
    return [...lines, ...optionLines(measurer, options, chosen, regular, width)];
  }

  const text = textOf(value);
  if (text === undefined) return lines;
  switch (field.type) {
    case 'date':
      return [...lines, ...dateLines(measurer, text, sizes, width)];
    case 'postal_code':
      return [...lines, measurer.line(`〒${normalizePostalCode(text) ?? text}`, regular)];
    case 'phone':
      return [...lines, ...measurer.lines(formatJapanesePhone(text), regular, width)];
    default: {
      const isName = kana !== undefined || field.person === 'name';
      return [...lines, ...measurer.lines(text, isName ? { ...regular, size: sizes.name } : regular, width)];
    }
  }
}

/** An answer as printable text, or undefined when there is nothing to print. */
export function textOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) return textOf(value.filter((item) => typeof item === 'string').join('、'));
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\t/g, ' ').trim();
  return text === '' ? undefined : text;
}

/** 昭和60年4月1日 with the Western year after it in small type: (1985). */
function dateLines(measurer: TextMeasurer, date: string, sizes: ValueSizes, width: number): Line[] {
  const regular: TextStyle = { weight: 'regular', size: sizes.value };
  if (!isLocalDate(date)) return measurer.lines(date, regular, width);
  const wareki = formatWareki(date);
  const western: Run = {
    text: `(${date.slice(0, 4)})`,
    style: { weight: 'regular', size: sizes.small },
    x: 0,
  };
  return measurer.flow([[{ text: wareki, style: regular, x: 0 }], [western]], sizes.value * 0.3, width);
}

/**
 * Every option as on paper, □ 本人 ■ 世帯全員, the chosen ones marked and in bold. Short options
 * share lines; one too long for the cell wraps under its own label, clear of the box.
 */
function optionLines(
  measurer: TextMeasurer,
  options: readonly FieldOption[],
  chosen: readonly string[],
  style: TextStyle,
  width: number,
): Line[] {
  const boxWidth = measurer.width('■', style) + style.size * 0.2;
  const lines: Line[] = [];
  let shortOptions: Run[][] = [];
  const flushShortOptions = () => {
    lines.push(...measurer.flow(shortOptions, style.size * 0.9, width));
    shortOptions = [];
  };
  for (const option of options) {
    const picked = chosen.includes(option.value);
    const box: Run = { text: picked ? '■' : '□', style, x: 0 };
    const labelStyle: TextStyle = picked ? { ...style, weight: 'bold' } : style;
    const label = option.label.ja;
    if (boxWidth + measurer.width(label, labelStyle) <= width) {
      shortOptions.push([box, { text: label, style: labelStyle, x: boxWidth }]);
      continue;
    }
    flushShortOptions();
    measurer.wrap(label, labelStyle, width - boxWidth).forEach((part, index) => {
      const text: Run = { text: part, style: labelStyle, x: boxWidth };
      lines.push({
        runs: index === 0 ? [box, text] : [text],
        width: boxWidth + measurer.width(part, labelStyle),
        size: style.size,
      });
    });
  }
  flushShortOptions();
  return lines;
}
