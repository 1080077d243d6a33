import { normalizeWidth } from './kana.ts';

const MAX_EMAIL_LENGTH = 254;
// Japanese IMEs turn '-' into ー or one of several dashes, so all of them count as hyphens.
const PHONE_SEPARATORS = /[\s\-‐‑‒–—―−ー()]/g;

/** An e-mail address trimmed and lower-cased, for storing and comparing. */
export function normalizeEmail(value: string): string {
  return value.trim().toLowerCase();
}

/** Whether `value` looks enough like an e-mail address to send to: one @, a local part, a dotted domain, no spaces. */
export function isPlausibleEmail(value: string): boolean {
  if (value.length > MAX_EMAIL_LENGTH || /\s/.test(value)) return false;
  const parts = value.split('@');
  if (parts.length !== 2) return false;
  const [local = '', domain = ''] = parts;
  const dot = domain.indexOf('.');
  return local.length > 0 && dot > 0 && !domain.endsWith('.');
}

/** A phone number as ASCII digits without separators; an international +81 prefix becomes the domestic 0. */
export function normalizePhone(value: string): string {
  const compact = normalizeWidth(value).replace(PHONE_SEPARATORS, '');
  // '+81 (0)3-…' is a common way to write a Tokyo number abroad; its 0 is the trunk prefix.
  return compact.startsWith('+81') ? `0${compact.slice(3).replace(/^0/, '')}` : compact;
}

/** Whether `value`, after normalizePhone, is a Japanese number: 10 or 11 digits starting with 0. */
export function isJapanesePhone(value: string): boolean {
  return /^0\d{9,10}$/.test(normalizePhone(value));
}
