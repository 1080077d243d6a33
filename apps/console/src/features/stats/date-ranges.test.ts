import { describe, expect, it } from 'vitest';
import { checkedRange, daysIn, presetRange } from './date-ranges.ts';

describe('presetRange', () => {
  it('counts back from today, today included', () => {
    expect(presetRange('today', '2026-11-24')).toEqual({ from: '2026-11-24', to: '2026-11-24' });
    expect(presetRange('last7', '2026-11-24')).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(daysIn(presetRange('last30', '2026-11-24'))).toBe(30);
    expect(daysIn(presetRange('lastYear', '2026-11-24'))).toBe(365);
  });

  it('knows where months start and end, across a year and in a leap February', () => {
    expect(presetRange('thisMonth', '2026-11-24')).toEqual({ from: '2026-11-01', to: '2026-11-24' });
    expect(presetRange('lastMonth', '2027-01-05')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(presetRange('lastMonth', '2028-03-01')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
  });
});

describe('checkedRange', () => {
  it('takes ranges the server answers and refuses the rest', () => {
    expect(checkedRange('2026-11-01', '2026-11-30')).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(checkedRange('2026-11-30', '2026-11-01')).toBeUndefined();
    expect(checkedRange('2026-11-01', 'tomorrow')).toBeUndefined();
    expect(checkedRange('2024-01-01', '2026-01-01')).toBeUndefined();
    expect(checkedRange(null, '2026-01-01')).toBeUndefined();
  });
});
