import { normalizeWidth } from './kana.ts';

/** Symbols of reservation codes: digits and capitals without the look-alikes 0/O and 1/I/L. */
export const RESERVATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const CODE_LENGTH = 8;
const GROUP_LENGTH = 4;
// The largest multiple of the alphabet size that fits in a byte; bytes at or above it are
// rejected so that `byte % size` stays uniform.
const ACCEPT_BELOW = 256 - (256 % RESERVATION_CODE_ALPHABET.length);
const MAX_DRAWS = 64;
const VALID_CODE = new RegExp(`^[${RESERVATION_CODE_ALPHABET}]{${CODE_LENGTH}}$`);
// Residents type codes on phones and kiosks whose Japanese IME turns '-' into ー or a dash.
const SEPARATORS = /[\s\-‐‑‒–—―−ー]/g;

/** A fresh reservation code like 'K7Q2-9MXD': 8 uniformly drawn symbols in two groups of 4. */
export function generateReservationCode(randomBytes: (count: number) => Uint8Array): string {
  let code = '';
  for (let draw = 0; draw < MAX_DRAWS && code.length < CODE_LENGTH; draw++) {
    for (const byte of randomBytes(CODE_LENGTH * 2)) {
      if (byte >= ACCEPT_BELOW) continue;
      code += RESERVATION_CODE_ALPHABET.charAt(byte % RESERVATION_CODE_ALPHABET.length);
      if (code.length === CODE_LENGTH) break;
    }
  }
  // Only a broken source rejects this often; looping on would hang the request.
  if (code.length < CODE_LENGTH) throw new Error('randomBytes keeps returning unusable bytes');
  return formatCode(code);
}

/** The canonical 'XXXX-XXXX' form of a typed code (any case or width, spaces and hyphens anywhere), or undefined. */
export function normalizeReservationCode(input: string): string | undefined {
  // Look-alikes such as O or 1 are refused rather than guessed: a wrong guess could name someone else's booking.
  const symbols = normalizeWidth(input).toUpperCase().replace(SEPARATORS, '');
  return VALID_CODE.test(symbols) ? formatCode(symbols) : undefined;
}

function formatCode(symbols: string): string {
  return `${symbols.slice(0, GROUP_LENGTH)}-${symbols.slice(GROUP_LENGTH)}`;
}
