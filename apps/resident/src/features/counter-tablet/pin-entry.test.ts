import { describe, expect, it } from 'vitest';
import { deletePinDigit, isPinComplete, triesWarning, typePinDigit } from './pin-entry.ts';

describe('PIN entry', () => {
  it('takes four digits and no more', () => {
    let pin = '';
    for (const key of ['1', '2', '3', '4', '5']) pin = typePinDigit(pin, key);
    expect(pin).toBe('1234');
    expect(isPinComplete(pin)).toBe(true);
  });

  it('ignores what is not a digit', () => {
    expect(typePinDigit('12', 'a')).toBe('12');
    expect(typePinDigit('12', '１')).toBe('12');
    expect(typePinDigit('12', '12')).toBe('12');
  });

  it('takes back the last digit, and nothing from an empty PIN', () => {
    expect(deletePinDigit('123')).toBe('12');
    expect(deletePinDigit('')).toBe('');
    expect(isPinComplete('123')).toBe(false);
  });

  it('warns harder as the tries run out', () => {
    expect(triesWarning(undefined)).toBe('none');
    expect(triesWarning(2)).toBe('caution');
    expect(triesWarning(1)).toBe('last');
  });
});
