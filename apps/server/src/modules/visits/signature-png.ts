import { PDFDocument } from 'pdf-lib';
import { DomainError } from '../../domain-error.ts';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** A pad on a counter tablet, at up to 3× pixel density; anything bigger is not a signature. */
const MAX_WIDTH = 4000;
const MAX_HEIGHT = 2000;

/**
 * The PNG inside a signature data URL, checked to be one the PDF can carry: a real PNG of sane
 * size that pdf-lib can embed. Anything else is signature_invalid, before anything is stored.
 */
export async function decodeSignaturePng(dataUrl: string): Promise<Buffer> {
  const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  const invalid = () => new DomainError('signature_invalid');
  if (png.length < 33 || !PNG_MAGIC.every((byte, i) => png[i] === byte)) throw invalid();
  // IHDR is the first chunk: length (4), type (4), then width and height.
  if (png.toString('latin1', 12, 16) !== 'IHDR') throw invalid();
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  if (width < 1 || height < 1 || width > MAX_WIDTH || height > MAX_HEIGHT) throw invalid();
  try {
    await (await PDFDocument.create()).embedPng(png);
  } catch {
    throw invalid();
  }
  return png;
}
