import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from './apdu.ts';
import { encodeTlv, encodeTlvLength, readTlv, readTlvHeader, TlvError } from './tlv.ts';

describe('readTlvHeader', () => {
  it('reads one- and two-byte tags, including the card FF 20 that ISO 7816-4 calls invalid', () => {
    expect(readTlvHeader(fromHex('04 02 AA BB'))).toEqual({
      tag: 0x04,
      constructed: false,
      headerLength: 2,
      length: 2,
    });
    expect(readTlvHeader(fromHex('DF 22 0F'))).toEqual({
      tag: 0xdf22,
      constructed: false,
      headerLength: 3,
      length: 15,
    });
    expect(readTlvHeader(fromHex('FF 20 7D'))).toEqual({
      tag: 0xff20,
      constructed: true,
      headerLength: 3,
      length: 125,
    });
    expect(readTlvHeader(fromHex('5F 81 01 00'))).toMatchObject({ tag: 0x5f8101, headerLength: 4 });
  });

  it('reads the long length forms', () => {
    expect(readTlvHeader(fromHex('FF 20 81 A6'))).toMatchObject({ headerLength: 4, length: 0xa6 });
    expect(readTlvHeader(fromHex('FF 20 82 01 2B'))).toMatchObject({ headerLength: 5, length: 0x12b });
    expect(readTlvHeader(fromHex('FF 20 83 01 00 00'))).toMatchObject({ headerLength: 6, length: 0x10000 });
    // Not the shortest form, but unambiguous: accepted.
    expect(readTlvHeader(fromHex('DF 22 81 05'))).toMatchObject({ length: 5 });
  });

  it('says when the bytes end inside the header', () => {
    for (const partial of ['', 'FF', 'FF 20', 'FF 20 82 01', '5F 81']) {
      expect(readTlvHeader(fromHex(partial)), partial).toBeUndefined();
    }
  });

  it('refuses indefinite and over-long lengths and over-long tags', () => {
    for (const bad of ['30 80', 'FF 20 84 00 00 00 01', '5F 81 81 81 01 00']) {
      expect(() => readTlvHeader(fromHex(bad)), bad).toThrow(TlvError);
    }
  });
});

describe('readTlv', () => {
  it('returns the value and where the next object starts', () => {
    const bytes = fromHex('DF 24 02 31 39 DF 25 01 31');
    const first = readTlv(bytes);
    expect(toHex(first.value)).toBe('31 39');
    expect(toHex(readTlv(bytes, first.end).value)).toBe('31');
  });

  it('refuses an object longer than the bytes', () => {
    expect(() => readTlv(fromHex('DF 22 03 41 42'))).toThrow(TlvError);
  });
});

describe('encodeTlv', () => {
  it('writes the shortest length', () => {
    expect(toHex(encodeTlvLength(0x7f))).toBe('7F');
    expect(toHex(encodeTlvLength(0x80))).toBe('81 80');
    expect(toHex(encodeTlvLength(0x100))).toBe('82 01 00');
    expect(toHex(encodeTlvLength(0x10000))).toBe('83 01 00 00');
    expect(toHex(encodeTlv(0xdf25, fromHex('31')))).toBe('DF 25 01 31');
    expect(toHex(encodeTlv(0x04, new Uint8Array(0)))).toBe('04 00');
  });

  it('reads back what it wrote', () => {
    const tag = fc.constantFrom(0x04, 0x30, 0xdf21, 0xff20, 0x5f8101);
    fc.assert(
      fc.property(tag, fc.uint8Array({ maxLength: 600 }), (tag, value) => {
        const read = readTlv(encodeTlv(tag, value));
        expect(read.tag).toBe(tag);
        expect(read.value).toEqual(value);
      }),
    );
  });
});
