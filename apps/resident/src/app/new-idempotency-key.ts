/**
 * A fresh random key for one attempt at a write. crypto.randomUUID needs a secure context; a city
 * hall's LAN test box served over plain http would not have one, so fall back to getRandomValues.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
