import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './apdu.ts';
import { decodeUtf8, encodeUtf8 } from './utf8.ts';

describe('encodeUtf8 and decodeUtf8', () => {
  it('handle one- to four-byte characters', () => {
    expect(toHex(encodeUtf8('A'))).toBe('41');
    expect(toHex(encodeUtf8('é'))).toBe('C3 A9');
    expect(toHex(encodeUtf8('髙'))).toBe('E9 AB 99');
    expect(toHex(encodeUtf8('𠮷'))).toBe('F0 A0 AE B7');
    expect(decodeUtf8(fromHex('F0 A0 AE B7 E9 87 8E'))).toBe('𠮷野');
  });

  it('round-trip any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decodeUtf8(encodeUtf8(text))).toBe(text);
      }),
    );
  });

  it('encode a lone surrogate as U+FFFD', () => {
    expect(toHex(encodeUtf8('\ud842'))).toBe('EF BF BD');
  });

  it('refuse malformed bytes rather than guess', () => {
    for (const bad of [
      '80',
      'C3',
      'C3 28',
      'C0 AF',
      'E0 80 AF',
      'ED A0 80',
      'F4 90 80 80',
      'F8 88 80 80 80',
      'E9 AB',
    ]) {
      expect(decodeUtf8(fromHex(bad)), bad).toBeUndefined();
    }
  });
});
