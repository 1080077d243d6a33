import { describe, expect, it } from 'vitest';
import { composeDate, formatDateBothWays, formatWesternFirst, INVALID_DATE, splitDate } from './era-date.ts';

describe('composeDate', () => {
  it('makes a Western date of an era date, 元年 written as 1 or 元', () => {
    expect(composeDate('wareki', { era: 'showa', year: '60', month: '4', day: '1' })).toBe('1985-04-01');
    expect(composeDate('wareki', { era: 'reiwa', year: '元', month: '5', day: '1' })).toBe('2019-05-01');
    expect(composeDate('wareki', { era: 'heisei', year: '１', month: '１', day: '８' })).toBe('1989-01-08');
  });

  it('is blank while every box is empty, and invalid (not blank) while half filled', () => {
    expect(composeDate('wareki', { era: '', year: '', month: '', day: '' })).toBe('');
    expect(composeDate('wareki', { era: 'showa', year: '', month: '', day: '' })).toBe(INVALID_DATE);
    expect(composeDate('western', { era: '', year: '1985', month: '4', day: '' })).toBe(INVALID_DATE);
  });

  it('refuses dates that do not exist: past an era’s end, 30 February, a two-digit Western year', () => {
    expect(composeDate('wareki', { era: 'heisei', year: '35', month: '1', day: '1' })).toBe(INVALID_DATE);
    expect(composeDate('wareki', { era: 'showa', year: '64', month: '1', day: '8' })).toBe(INVALID_DATE);
    expect(composeDate('western', { era: '', year: '2026', month: '2', day: '30' })).toBe(INVALID_DATE);
    expect(composeDate('western', { era: '', year: '85', month: '4', day: '1' })).toBe(INVALID_DATE);
  });
});

describe('splitDate', () => {
  it('gives the boxes of a date in either mode, and empty boxes for no date', () => {
    expect(splitDate('wareki', '1985-04-01')).toEqual({ era: 'showa', year: '60', month: '4', day: '1' });
    expect(splitDate('western', '1985-04-01')).toEqual({ era: '', year: '1985', month: '4', day: '1' });
    expect(splitDate('wareki', INVALID_DATE)).toEqual({ era: '', year: '', month: '', day: '' });
  });

  it('round-trips with composeDate', () => {
    for (const date of ['1926-12-25', '1989-01-07', '1989-01-08', '2019-04-30', '2019-05-01', '2026-11-21']) {
      expect(composeDate('wareki', splitDate('wareki', date))).toBe(date);
      expect(composeDate('western', splitDate('western', date))).toBe(date);
    }
  });
});

describe('date words', () => {
  it('writes a date both ways, era first or Western first', () => {
    expect(formatDateBothWays('1985-04-01', 'ja')).toBe('昭和60年4月1日（1985年）');
    expect(formatWesternFirst('1985-04-01', 'ja')).toBe('1985年4月1日（昭和60年）');
    expect(formatWesternFirst('2019-05-01', 'ja')).toBe('2019年5月1日（令和元年）');
    expect(formatDateBothWays('1985-04-01', 'en')).toBe('1 April 1985 (Showa 60)');
  });
});
