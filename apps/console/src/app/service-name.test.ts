import { describe, expect, it } from 'vitest';
import { shortServiceName } from './service-name.ts';

describe('shortServiceName', () => {
  it('drops the explanation in brackets, in either language', () => {
    const name = {
      ja: '戸籍（出生・婚姻・離婚・死亡）',
      en: 'Family register (birth, marriage, divorce, death)',
    };
    expect(shortServiceName(name, 'ja')).toBe('戸籍');
    expect(shortServiceName(name, 'en')).toBe('Family register');
    expect(shortServiceName({ ja: '証明書発行', en: 'Certificates' }, 'ja')).toBe('証明書発行');
  });
});
