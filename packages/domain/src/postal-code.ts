import { normalizePhone } from './contact.ts';
import { normalizeWidth } from './kana.ts';

// Japanese IMEs turn '-' into ー or one of several dashes, so all of them count as the hyphen.
const POSTAL_CODE = /^〒?\s*(\d{3})[\s\-‐‑‒–—―−ー]?(\d{4})$/;

/** '1000001', '100-0001', '１００－０００１', '〒100-0001' → '100-0001', or undefined if not 7 digits. */
export function normalizePostalCode(input: string): string | undefined {
  const match = POSTAL_CODE.exec(normalizeWidth(input).trim());
  return match ? `${match[1]}-${match[2]}` : undefined;
}

/** Whether `input` is a postal code in any of the forms normalizePostalCode accepts. */
export function isPostalCode(input: string): boolean {
  return normalizePostalCode(input) !== undefined;
}

// Prefixes whose numbers group as 4-3-3 (10 digits) or 4-3-4 (11): toll-free, navi dial.
const FOUR_DIGIT_SERVICE_PREFIXES = ['0120', '0570', '0800', '0990'];
// The two area codes of two digits; Tokyo and Osaka are most of the 2-4-4 numbers people see.
const TWO_DIGIT_AREA_CODES = ['03', '06'];

// Good enough, not exact: landlines other than 03/06 come out as 3-3-4, because telling 3-, 4- and
// 5-digit area codes apart (0246-22-1111) needs the whole numbering plan, and the hyphens don't
// change what is dialled.
/** Phone digits → the usual hyphenated form: 0312345678 → 03-1234-5678, 09012345678 → 090-1234-5678, 0120123456 → 0120-123-456. */
export function formatJapanesePhone(digits: string): string {
  const number = normalizePhone(digits);
  if (!/^0\d{9,10}$/.test(number)) return digits;
  const prefix = number.slice(0, 4);
  if (FOUR_DIGIT_SERVICE_PREFIXES.includes(prefix)) return group(number, [4, 3]);
  // Past 0800, only mobile, IP and M2M numbers (0X0) have 11 digits.
  if (number.length === 11) return group(number, [3, 4]);
  if (TWO_DIGIT_AREA_CODES.includes(number.slice(0, 2))) return group(number, [2, 4]);
  return group(number, [3, 3]);
}

/** `text` split after each of `sizes` characters, the rest as the last group, joined with hyphens. */
function group(text: string, sizes: readonly number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (const size of sizes) {
    parts.push(text.slice(start, start + size));
    start += size;
  }
  parts.push(text.slice(start));
  return parts.join('-');
}
