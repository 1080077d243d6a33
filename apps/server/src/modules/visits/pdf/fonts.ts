import { randomInt } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { PDFDocument, PDFFont } from 'pdf-lib';

type Fontkit = typeof import('@pdf-lib/fontkit');
type FontkitFont = ReturnType<Fontkit['create']>;
type FontkitSubset = ReturnType<FontkitFont['createSubset']>;

export type FontWeight = 'regular' | 'bold';
export type FormFonts = Record<FontWeight, PDFFont>;

const require = createRequire(import.meta.url);
// The UMD bundle hides its exports from Node's ESM loader, so it is loaded as CommonJS.
const fontkit: Fontkit = require('@pdf-lib/fontkit');

const FONT_FILES: Record<FontWeight, string> = {
  regular: '@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf',
};

let fontBytes: Promise<Record<FontWeight, Uint8Array>> | undefined;
// Parsing a 5 MB font costs tens of milliseconds; every document of the process shares one parse.
const parsedFonts = new WeakMap<Uint8Array, FontkitFont>();

/**
 * Embeds Noto Sans JP Regular and Bold into `doc`, subset to the glyphs the document uses.
 * `subset: false` embeds the whole fonts (about 3 MB each, compressed): the reference the
 * subsets are checked against.
 */
export async function embedFormFonts(doc: PDFDocument, { subset = true } = {}): Promise<FormFonts> {
  fontBytes ??= loadFontBytes().catch((error: unknown) => {
    fontBytes = undefined; // a failed read is retried by the next document, not remembered
    throw error;
  });
  const bytes = await fontBytes;
  doc.registerFontkit(formFontkit);
  const [regular, bold] = await Promise.all([
    doc.embedFont(bytes.regular, { subset, customName: fontName('NotoSansJP-Regular', subset) }),
    doc.embedFont(bytes.bold, { subset, customName: fontName('NotoSansJP-Bold', subset) }),
  ]);
  return { regular, bold };
}

// A subset font is named with a random six-letter tag (ABCDEF+Name, PDF 32000 §9.6.4), so that a
// viewer never mistakes one document's subset for another's when pages are merged.
function fontName(name: string, subset: boolean): string {
  if (!subset) return name;
  const tag = Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join('');
  return `${tag}+${name}`;
}

async function loadFontBytes(): Promise<Record<FontWeight, Uint8Array>> {
  const [regular, bold] = await Promise.all([
    readFile(require.resolve(FONT_FILES.regular)),
    readFile(require.resolve(FONT_FILES.bold)),
  ]);
  return { regular, bold };
}

/** fontkit as pdf-lib sees it: one parse per font file, text mapped by cmap, subsets that render. */
const formFontkit = {
  create(bytes: Uint8Array): FontkitFont {
    let font = parsedFonts.get(bytes);
    if (!font) {
      font = fontkit.create(bytes);
      mapTextThroughCmap(font);
      const createSubset = font.createSubset.bind(font);
      font.createSubset = () => padGlyphsToEvenLength(createSubset());
      parsedFonts.set(bytes, font);
    }
    return font;
  },
};

// pdf-lib runs every string it draws or measures through fontkit's full OpenType shaping (GSUB
// and GPOS), the largest cost of a render, then uses only the glyphs — it ignores the kerning
// GPOS computes. Horizontal Japanese needs no substitution, so text maps straight through the
// font's cmap, variation sequences (異体字 selectors in names) included.
function mapTextThroughCmap(font: FontkitFont): void {
  font.layout = (text) => ({ glyphs: font.glyphsForString(text) }) as ReturnType<FontkitFont['layout']>;
}

/** The private parts of fontkit's TTFSubset the fix touches. */
interface TrueTypeSubsetInternals {
  _addGlyph(glyphId: number): number;
  glyf: PolyfillBuffer[];
  offset: number;
}
/** fontkit's bundled Buffer polyfill; its streams accept only its own buffers. */
interface PolyfillBuffer extends Uint8Array {
  constructor: { concat(parts: PolyfillBuffer[]): PolyfillBuffer; alloc(size: number): PolyfillBuffer };
}

// @pdf-lib/fontkit 1.1.1 copies each glyph's bytes into the subset as they are, then writes the
// short `loca` format (offsets halved) whenever the subset's glyf table is under 64 KB — which a
// form's few hundred glyphs always are. Half of Noto Sans JP's glyph records have an odd length,
// so every offset after the first odd glyph points mid-glyph: the characters render blank or as
// garbage while text extraction still works (ToUnicode is fine). Padding each copied glyph to an
// even length keeps the short offsets exact; the pad byte after a glyph's data is ignored.
function padGlyphsToEvenLength(subset: FontkitSubset): FontkitSubset {
  const internals = subset as unknown as Partial<TrueTypeSubsetInternals>;
  // CFF subsets have no glyf table and no such bug.
  if (typeof internals._addGlyph !== 'function') return subset;
  const addGlyph = internals._addGlyph;
  internals._addGlyph = function (this: TrueTypeSubsetInternals, glyphId: number): number {
    const index = addGlyph.call(this, glyphId);
    const glyph = this.glyf[index];
    if (glyph && glyph.length % 2 === 1) {
      const Buffer = glyph.constructor;
      this.glyf[index] = Buffer.concat([glyph, Buffer.alloc(1)]);
      this.offset += 1;
    }
    return index;
  };
  return subset;
}
