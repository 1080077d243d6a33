import { describe, expect, it } from 'vitest';
import { isYearEndHoliday, japaneseHoliday } from './holidays.ts';

describe('japaneseHoliday', () => {
  it('names national holidays in Japanese and English', () => {
    expect(japaneseHoliday('2026-11-23')).toEqual({ ja: '勤労感謝の日', en: 'Labor Thanksgiving Day' });
    expect(japaneseHoliday('2027-01-01')?.ja).toBe('元日');
  });

  it('includes substitute holidays (振替休日) and citizens’ holidays', () => {
    expect(japaneseHoliday('2025-11-24')?.ja).toContain('振替休日');
    expect(japaneseHoliday('2026-05-06')?.ja).toContain('振替休日');
    expect(japaneseHoliday('2026-09-22')).toEqual({ ja: '休日', en: "Citizen's Holiday" });
  });

  it('returns undefined on ordinary days and for non-date keys', () => {
    expect(japaneseHoliday('2026-12-01')).toBeUndefined();
    expect(japaneseHoliday('2026-12-29')).toBeUndefined();
    expect(japaneseHoliday('constructor')).toBeUndefined();
  });
});

describe('isYearEndHoliday', () => {
  it('covers 12/29 to 1/3 only', () => {
    for (const date of ['2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']) {
      expect(isYearEndHoliday(date)).toBe(true);
    }
    for (const date of ['2026-12-28', '2027-01-04', '2026-06-30', '2026-01-10']) {
      expect(isYearEndHoliday(date)).toBe(false);
    }
  });
});
