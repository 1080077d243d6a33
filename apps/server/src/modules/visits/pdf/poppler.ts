// Test helpers: read a PDF back the way a person or a search index would, with poppler-utils
// (pdftotext, pdftoppm, pdfimages). CI installs poppler-utils; without it the tests fail loudly.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function poppler(tool: string, args: (file: string) => string[], pdf: Uint8Array): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'kakanai-pdf-'));
  try {
    const file = join(dir, 'application.pdf');
    writeFileSync(file, pdf);
    const result = spawnSync(tool, args(file), { maxBuffer: 64 * 2 ** 20 });
    if (result.error) {
      throw new Error(
        `${tool} is needed to check PDFs: install poppler-utils (apt-get install poppler-utils)`,
        {
          cause: result.error,
        },
      );
    }
    if (result.status !== 0) throw new Error(`${tool} failed: ${result.stderr.toString()}`);
    return result.stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of each page, as pdftotext extracts it. */
export function pdfPageTexts(pdf: Uint8Array): string[] {
  const text = poppler('pdftotext', (file) => ['-enc', 'UTF-8', file, '-'], pdf).toString('utf8');
  // pdftotext ends every page with a form feed.
  return text.split('\f').slice(0, -1);
}

/** Page 1 as 8-bit grey pixels (0 = black) at `dpi`. */
export function pdfFirstPageGray(
  pdf: Uint8Array,
  dpi: number,
): { width: number; height: number; pixels: Buffer } {
  const pgm = poppler('pdftoppm', (file) => ['-gray', '-r', String(dpi), '-f', '1', '-l', '1', file], pdf);
  // Binary PGM: "P5", width, height, max value, each followed by whitespace, then the pixels.
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  if (!header) throw new Error('pdftoppm did not write a PGM image');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: pgm.subarray(header[0].length, header[0].length + width * height) };
}

/** How many times an image is drawn, page by page, as pdfimages lists them. */
export function pdfImageCount(pdf: Uint8Array): number {
  const list = poppler('pdfimages', (file) => ['-list', file], pdf).toString('utf8');
  // Two header lines, then one line per image drawn.
  return list.trim().split('\n').length - 2;
}
