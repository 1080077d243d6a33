import { describe, expect, it } from 'vitest';
import { decodeCommand, encodeCommand, fromHex, splitResponse, toHex, triesLeftFromStatus } from './apdu.ts';

describe('encodeCommand and decodeCommand', () => {
  it('handle the four short cases', () => {
    const cases = [
      { cla: 0, ins: 0x20, p1: 0, p2: 0x80 },
      { cla: 0, ins: 0xb0, p1: 0, p2: 0, le: 6 },
      { cla: 0, ins: 0xb0, p1: 1, p2: 2, le: 256 },
      { cla: 0, ins: 0xa4, p1: 2, p2: 0x0c, data: fromHex('00 02') },
      { cla: 0, ins: 0xa4, p1: 4, p2: 0, data: fromHex('D3 92'), le: 256 },
    ];
    expect(cases.map((command) => toHex(encodeCommand(command)))).toEqual([
      '00 20 00 80',
      '00 B0 00 00 06',
      '00 B0 01 02 00',
      '00 A4 02 0C 02 00 02',
      '00 A4 04 00 02 D3 92 00',
    ]);
    for (const command of cases) expect(decodeCommand(encodeCommand(command))).toEqual(command);
  });

  it('refuse what a short APDU cannot carry', () => {
    expect(() => encodeCommand({ cla: 0, ins: 0xb0, p1: 0, p2: 0, le: 0 })).toThrow(RangeError);
    expect(() => encodeCommand({ cla: 0, ins: 0xd6, p1: 0, p2: 0, data: new Uint8Array(256) })).toThrow(
      RangeError,
    );
    expect(() => encodeCommand({ cla: 0, ins: 0x100, p1: 0, p2: 0 })).toThrow(RangeError);
    for (const bad of [
      '00 A4 02',
      '00 A4 02 0C 02 00',
      '00 A4 02 0C 00 00 02 00 02',
      '00 A4 02 0C 01 00 02 00',
    ]) {
      expect(decodeCommand(fromHex(bad)), bad).toBeUndefined();
    }
  });
});

describe('responses', () => {
  it('split data from the status word and read the PIN counter', () => {
    expect(splitResponse(fromHex('31 32 90 00'))).toEqual({ data: fromHex('31 32'), sw: 0x9000 });
    expect(() => splitResponse(fromHex('90'))).toThrow(RangeError);
    expect(triesLeftFromStatus(0x63c2)).toBe(2);
    expect(triesLeftFromStatus(0x63c0)).toBe(0);
    expect(triesLeftFromStatus(0x6983)).toBeUndefined();
  });
});
