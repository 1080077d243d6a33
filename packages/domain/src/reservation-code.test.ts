import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  generateReservationCode,
  normalizeReservationCode,
  RESERVATION_CODE_ALPHABET,
} from './reservation-code.ts';

/** A byte source that replays `bytes`, then continues with bytes that are always accepted. */
function replay(bytes: ArrayLike<number>): (count: number) => Uint8Array {
  let next = 0;
  return (count) =>
    Uint8Array.from({ length: count }, () => {
      const byte = next < bytes.length ? (bytes[next] ?? 0) : (next * 37) % 248;
      next++;
      return byte;
    });
}

describe('RESERVATION_CODE_ALPHABET', () => {
  it('has 31 distinct symbols and no look-alikes', () => {
    expect(RESERVATION_CODE_ALPHABET).toBe('23456789ABCDEFGHJKMNPQRSTUVWXYZ');
    expect(new Set(RESERVATION_CODE_ALPHABET).size).toBe(31);
    for (const confusable of '01OIL') expect(RESERVATION_CODE_ALPHABET).not.toContain(confusable);
  });
});

describe('generateReservationCode', () => {
  it('makes two groups of four symbols', () => {
    expect(generateReservationCode(replay([0, 1, 2, 3, 4, 5, 6, 30]))).toBe('2345-678Z');
  });

  it('skips the bytes that would bias the draw', () => {
    expect(generateReservationCode(replay([248, 255, 31, 250, 62, 0, 0, 0, 0, 0, 0]))).toBe('2222-2222');
  });

  it('maps the accepted bytes evenly onto the alphabet', () => {
    const counts = new Map<string, number>();
    for (let byte = 0; byte < 248; byte++) {
      const symbol = generateReservationCode(replay(Array(8).fill(byte))).charAt(0);
      counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    }
    expect(counts.size).toBe(31);
    expect(new Set(counts.values())).toEqual(new Set([8]));
  });

  it('fails loudly on a source that never yields usable bytes', () => {
    expect(() => generateReservationCode((count) => new Uint8Array(count).fill(255))).toThrow();
  });

  it('uses only the alphabet and round-trips through normalizeReservationCode', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const code = generateReservationCode(replay(bytes));
        expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
        expect(normalizeReservationCode(code)).toBe(code);
        expect(normalizeReservationCode(code.toLowerCase().replace('-', ' '))).toBe(code);
      }),
    );
  });
});

describe('normalizeReservationCode', () => {
  it('accepts lower case, full width, spaces and hyphens anywhere', () => {
    expect(normalizeReservationCode('k7q2-9mxd')).toBe('K7Q2-9MXD');
    expect(normalizeReservationCode(' K7Q29MXD ')).toBe('K7Q2-9MXD');
    expect(normalizeReservationCode('Ｋ７Ｑ２－９ＭＸＤ')).toBe('K7Q2-9MXD');
    expect(normalizeReservationCode('k 7 q 2 9 m x d')).toBe('K7Q2-9MXD');
    expect(normalizeReservationCode('K7-Q2-9M-XD')).toBe('K7Q2-9MXD');
    expect(normalizeReservationCode('K7Q2ー9MXD')).toBe('K7Q2-9MXD');
    expect(normalizeReservationCode('K7Q2　9MXD')).toBe('K7Q2-9MXD');
  });

  it('refuses look-alikes rather than guessing', () => {
    expect(normalizeReservationCode('K7Q2-9MX0')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2-9MXO')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2-9MX1')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2-9MXI')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2-9MXL')).toBeUndefined();
  });

  it('refuses the wrong length and other characters', () => {
    expect(normalizeReservationCode('')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2-9MX')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2-9MXDD')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2_9MXD')).toBeUndefined();
    expect(normalizeReservationCode('K7Q2.9MXD')).toBeUndefined();
  });
});
