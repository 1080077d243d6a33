// CSV for Excel users: Excel opens a UTF-8 file as Shift_JIS unless it starts with a byte order
// mark; RFC 4180 lines end in CRLF.
export const BOM = '\uFEFF';
export const EOL = '\r\n';

/**
 * A CSV field: quoted when it holds a comma, quote or line break, and never read as a formula —
 * a cell starting with = + - @ would run in Excel, so text gets a leading apostrophe there.
 */
export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** One CSV line, CRLF included. */
export const csvLine = (values: readonly (string | number | null | undefined)[]) =>
  values.map(csvField).join(',') + EOL;
