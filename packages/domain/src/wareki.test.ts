import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.ts';
import { ERAS, formatWareki, fromWareki, toWareki } from './wareki.ts';

describe('toWareki and formatWareki', () => {
  it('changes era on the first day of the new one', () => {
    const cases: [string, string][] = [
      ['1912-07-29', '明治45年7月29日'],
      ['1912-07-30', '大正元年7月30日'],
      ['1926-12-24', '大正15年12月24日'],
      ['1926-12-25', '昭和元年12月25日'],
      ['1989-01-07', '昭和64年1月7日'],
      ['1989-01-08', '平成元年1月8日'],
      ['2019-04-30', '平成31年4月30日'],
      ['2019-05-01', '令和元年5月1日'],
      ['2026-11-21', '令和8年11月21日'],
    ];
    for (const [date, wareki] of cases) expect(formatWareki(date), date).toBe(wareki);
    expect(toWareki('1989-01-08')).toEqual({ era: 'heisei', year: 1, month: 1, day: 8 });
  });

  it('has a short form', () => {
    expect(formatWareki('2026-11-21', { short: true })).toBe('R8.11.21');
    expect(formatWareki('2019-05-01', { short: true })).toBe('R1.5.1');
    expect(formatWareki('1975-03-04', { short: true })).toBe('S50.3.4');
  });

  it('starts at 明治6年, when Japan took up the Gregorian calendar', () => {
    expect(formatWareki('1873-01-01')).toBe('明治6年1月1日');
    expect(() => toWareki('1872-12-31')).toThrow(RangeError);
    expect(formatWareki('1872-12-31')).toBe('1872年12月31日');
    expect(formatWareki('1872-12-31', { short: true })).toBe('1872.12.31');
    expect(() => toWareki('2026-02-30')).toThrow(RangeError);
  });
});

describe('fromWareki', () => {
  it('gives the Western date of an era date', () => {
    expect(fromWareki('showa', 64, 1, 7)).toBe('1989-01-07');
    expect(fromWareki('heisei', 1, 1, 8)).toBe('1989-01-08');
    expect(fromWareki('reiwa', 8, 11, 21)).toBe('2026-11-21');
  });

  it('refuses era dates that never were', () => {
    expect(fromWareki('showa', 64, 1, 8)).toBeUndefined();
    expect(fromWareki('heisei', 31, 5, 1)).toBeUndefined();
    expect(fromWareki('heisei', 1, 1, 7)).toBeUndefined();
    expect(fromWareki('reiwa', 1, 4, 30)).toBeUndefined();
    expect(fromWareki('reiwa', 0, 5, 1)).toBeUndefined();
    expect(fromWareki('reiwa', 7, 2, 29)).toBeUndefined();
    expect(fromWareki('reiwa', 1.5, 6, 1)).toBeUndefined();
    expect(fromWareki('meiji', 5, 12, 31)).toBeUndefined();
  });

  it('inverts toWareki for every date from 1873 to 2100', () => {
    const start = Date.UTC(1873, 0, 1) / 86_400_000;
    const end = Date.UTC(2100, 11, 31) / 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: end - start }), (offset) => {
        const date = addDays('1873-01-01', offset);
        const { era, year, month, day } = toWareki(date);
        expect(fromWareki(era, year, month, day)).toBe(date);
      }),
    );
  });

  it('lists the eras in order', () => {
    expect(ERAS.map((era) => era.start)).toEqual(ERAS.map((era) => era.start).toSorted());
  });
});
