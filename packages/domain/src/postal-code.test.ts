import { describe, expect, it } from 'vitest';
import { formatJapanesePhone, isPostalCode, normalizePostalCode } from './postal-code.ts';

describe('normalizePostalCode', () => {
  it('accepts the ways residents write a postal code', () => {
    for (const input of [
      '1000001',
      '100-0001',
      '１００－０００１',
      '〒100-0001',
      ' 〒 100ー0001 ',
      '100 0001',
    ]) {
      expect(normalizePostalCode(input), input).toBe('100-0001');
    }
  });

  it('refuses what is not 7 digits', () => {
    for (const input of ['', '100-001', '10000011', '1-000001', '100--0001', 'abc-defg', '100-0001a']) {
      expect(normalizePostalCode(input), input).toBeUndefined();
      expect(isPostalCode(input)).toBe(false);
    }
    expect(isPostalCode('970-8686')).toBe(true);
  });
});

describe('formatJapanesePhone', () => {
  it('groups numbers the way they are usually written', () => {
    expect(formatJapanesePhone('0312345678')).toBe('03-1234-5678');
    expect(formatJapanesePhone('0612345678')).toBe('06-1234-5678');
    expect(formatJapanesePhone('09012345678')).toBe('090-1234-5678');
    expect(formatJapanesePhone('05012345678')).toBe('050-1234-5678');
    expect(formatJapanesePhone('0451234567')).toBe('045-123-4567');
    expect(formatJapanesePhone('0120123456')).toBe('0120-123-456');
    expect(formatJapanesePhone('0570123456')).toBe('0570-123-456');
    expect(formatJapanesePhone('08001234567')).toBe('0800-123-4567');
  });

  it('leaves what is not a Japanese number as it was', () => {
    expect(formatJapanesePhone('110')).toBe('110');
    expect(formatJapanesePhone('')).toBe('');
  });
});
