/** The 券面事項入力補助用暗証番号 is four digits. */
export const PIN_LENGTH = 4;

/** The PIN with one more digit typed; ignored when full or not a digit. */
export function typePinDigit(pin: string, digit: string): string {
  return pin.length < PIN_LENGTH && /^[0-9]$/.test(digit) ? pin + digit : pin;
}

/** The PIN with its last digit taken back. */
export function deletePinDigit(pin: string): string {
  return pin.slice(0, -1);
}

export function isPinComplete(pin: string): boolean {
  return pin.length === PIN_LENGTH;
}

/**
 * How worried the screen should be about the tries left: the card locks after the last one, and
 * unlocking it takes a trip to the city office with the card.
 */
export function triesWarning(triesLeft: number | undefined): 'none' | 'caution' | 'last' {
  if (triesLeft === undefined) return 'none';
  return triesLeft <= 1 ? 'last' : 'caution';
}
