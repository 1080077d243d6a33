import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real greyscale PNG with a diagonal stroke, like a finger's signature: a data URL. `noisy`
 * scatters grey pixels (anti-aliasing at its worst), so the PNG barely compresses.
 */
export function signatureDataUrl(width = 120, height = 40, noisy = false): string {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(width + 1, 0xff);
    row[0] = 0; // filter: none
    if (noisy)
      for (let x = 1; x <= width; x++) row[x] = (x * 7919 + y * 104729) % 251 > 180 ? 0xff : (x * y) % 256;
    const x = Math.round((y / height) * width);
    row.fill(0, 1 + Math.max(0, x - 2), 1 + Math.min(width, x + 2));
    rows.push(row);
  }
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
