import { describe, expect, it } from 'vitest';
import { isJapanesePhone, isPlausibleEmail, normalizeEmail, normalizePhone } from './contact.ts';

describe('e-mail', () => {
  it('normalizes by trimming and lower-casing', () => {
    expect(normalizeEmail('  Yamada.Taro@Example.JP ')).toBe('yamada.taro@example.jp');
  });

  it('accepts plausible addresses', () => {
    expect(isPlausibleEmail('yamada.taro@example.jp')).toBe(true);
    expect(isPlausibleEmail('a+b@mail.city.iwaki.lg.jp')).toBe(true);
  });

  it('refuses implausible ones', () => {
    expect(isPlausibleEmail('')).toBe(false);
    expect(isPlausibleEmail('yamada')).toBe(false);
    expect(isPlausibleEmail('@example.jp')).toBe(false);
    expect(isPlausibleEmail('yamada@localhost')).toBe(false);
    expect(isPlausibleEmail('yamada@.jp')).toBe(false);
    expect(isPlausibleEmail('yamada@example.')).toBe(false);
    expect(isPlausibleEmail('ya@ma@example.jp')).toBe(false);
    expect(isPlausibleEmail('yamada taro@example.jp')).toBe(false);
    expect(isPlausibleEmail(`${'a'.repeat(244)}@example.jp`)).toBe(false);
    expect(isPlausibleEmail(`${'a'.repeat(243)}@example.jp`)).toBe(true);
  });
});

describe('phone', () => {
  it('normalizes full-width digits and separators', () => {
    expect(normalizePhone('０９０－１２３４－５６７８')).toBe('09012345678');
    expect(normalizePhone('(03) 1234 5678')).toBe('0312345678');
    expect(normalizePhone('090ー1234ー5678')).toBe('09012345678');
  });

  it('turns +81 into the domestic 0', () => {
    expect(normalizePhone('+81 90-1234-5678')).toBe('09012345678');
    expect(normalizePhone('+81 (0)3-1234-5678')).toBe('0312345678');
    expect(normalizePhone('＋８１９０１２３４５６７８')).toBe('09012345678');
  });

  it('accepts 10 or 11 digits starting with 0', () => {
    expect(isJapanesePhone('03-1234-5678')).toBe(true);
    expect(isJapanesePhone('090-1234-5678')).toBe(true);
    expect(isJapanesePhone('0120-123-456')).toBe(true);
    expect(isJapanesePhone('+81 90 1234 5678')).toBe(true);
  });

  it('refuses other numbers', () => {
    expect(isJapanesePhone('')).toBe(false);
    expect(isJapanesePhone('1234-5678')).toBe(false);
    expect(isJapanesePhone('090-1234-56789')).toBe(false);
    expect(isJapanesePhone('+1 212 555 0100')).toBe(false);
    expect(isJapanesePhone('090-1234-567a')).toBe(false);
  });
});
