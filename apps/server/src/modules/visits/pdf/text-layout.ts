import type { FontWeight, FormFonts } from './fonts.ts';

export interface TextStyle {
  weight: FontWeight;
  size: number;
}

/** A piece of text in one style, `x` points from the start of its line. */
export interface Run {
  text: string;
  style: TextStyle;
  x: number;
}

/** One line of a cell: its runs share a baseline; `size` is the largest font size on it. */
export interface Line {
  runs: Run[];
  width: number;
  size: number;
}

const LINE_HEIGHT = 1.3;

export function lineHeight(line: Line): number {
  return line.size * LINE_HEIGHT;
}

export function linesHeight(lines: readonly Line[]): number {
  return lines.reduce((sum, line) => sum + lineHeight(line), 0);
}

// Characters that may not start a line (kinsoku): they stay with the character before them.
const NO_LINE_START = new Set(
  Array.from(
    '、。，．,.)）]］｝〕〉》」』】〙〗・：；:;!?！？ー‐ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々ゝゞヽヾ…',
  ),
);
// Characters that may not end a line: they stay with the character after them.
const NO_LINE_END = new Set(Array.from('(（[［｛〔〈《「『【〘〖'));
// Latin words, numbers and codes (1-1-1, info@example.jp) break only at spaces.
const TOKEN = /[\p{Script=Latin}\p{Nd}@#&%+\-_./:'’]+|\s+|./gsu;

/** Widths of text in the form fonts, cached per character: a form measures the same few hundred characters thousands of times. */
export class TextMeasurer {
  readonly #fonts: FormFonts;
  readonly #advances: Record<FontWeight, Map<string, number>> = { regular: new Map(), bold: new Map() };

  constructor(fonts: FormFonts) {
    this.#fonts = fonts;
  }

  width(text: string, style: TextStyle): number {
    const advances = this.#advances[style.weight];
    let width = 0;
    for (const char of text) {
      let advance = advances.get(char);
      if (advance === undefined) {
        advance = this.#fonts[style.weight].widthOfTextAtSize(char, 1);
        advances.set(char, advance);
      }
      width += advance;
    }
    return width * style.size;
  }

  /** A line holding `text` as one run. */
  line(text: string, style: TextStyle): Line {
    return { runs: [{ text, style, x: 0 }], width: this.width(text, style), size: style.size };
  }

  /**
   * Breaks `text` into lines no wider than `maxWidth`: Japanese between any two characters
   * (keeping 。、」 off the start of a line and 「（ off its end), Latin words only at spaces.
   */
  wrap(text: string, style: TextStyle, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      let line = '';
      for (const token of tokens(paragraph)) {
        if (/^\s+$/.test(token)) {
          if (line !== '') line += ' ';
          continue;
        }
        if (this.width(line + token, style) <= maxWidth) {
          line += token;
          continue;
        }
        if (line.trim() !== '') lines.push(line.trimEnd());
        line = '';
        // A token wider than the whole line (a long URL, a run of 30 kanji) breaks anywhere.
        for (const char of token) {
          if (line !== '' && this.width(line + char, style) > maxWidth) {
            lines.push(line);
            line = '';
          }
          line += char;
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  /** `text` wrapped into lines of one style. */
  lines(text: string, style: TextStyle, maxWidth: number): Line[] {
    return this.wrap(text, style, maxWidth).map((part) => this.line(part, style));
  }

  /**
   * Lays out units that must not break inside (an option with its box, □ 世帯全員) left to
   * right with `gap` between them, starting a new line when the next one doesn't fit.
   */
  flow(units: readonly Run[][], gap: number, maxWidth: number): Line[] {
    const lines: Line[] = [];
    let current: Line | undefined;
    for (const unit of units) {
      const unitWidth = unit.reduce((sum, run) => Math.max(sum, run.x + this.width(run.text, run.style)), 0);
      if (!current || (current.runs.length > 0 && current.width + gap + unitWidth > maxWidth)) {
        current = { runs: [], width: 0, size: 0 };
        lines.push(current);
      }
      const x = current.runs.length > 0 ? current.width + gap : 0;
      for (const run of unit) {
        current.runs.push({ ...run, x: x + run.x });
        current.size = Math.max(current.size, run.style.size);
      }
      current.width = x + unitWidth;
    }
    return lines;
  }
}

/** Splits text into pieces that never break inside, with kinsoku characters glued to their neighbours. */
function tokens(text: string): string[] {
  const result: string[] = [];
  let openers = '';
  for (const token of text.match(TOKEN) ?? []) {
    const last = result.length - 1;
    if (NO_LINE_END.has(token)) {
      openers += token;
    } else if (openers !== '') {
      result.push(openers + token);
      openers = '';
    } else if (NO_LINE_START.has(token) && last >= 0 && !/^\s+$/.test(result[last]!)) {
      result[last] += token;
    } else {
      result.push(token);
    }
  }
  if (openers !== '') result.push(openers);
  return result;
}
