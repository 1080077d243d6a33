// UTF-8 by hand: this package compiles without DOM or Node types, so TextEncoder and TextDecoder
// are not declared here, and the card's text is short enough that speed does not matter.

const REPLACEMENT = 0xfffd;

/** The UTF-8 bytes of `text`; a lone surrogate becomes U+FFFD, as TextEncoder does. */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    let code = char.codePointAt(0)!;
    if (code >= 0xd800 && code <= 0xdfff) code = REPLACEMENT;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000)
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 0x3f),
        0x80 | ((code >> 6) & 0x3f),
        0x80 | (code & 0x3f),
      );
    }
  }
  return Uint8Array.from(bytes);
}

/** The text of strict UTF-8, or undefined when the bytes are not (truncated, overlong, surrogates, past U+10FFFF). */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  // Refusing rather than substituting U+FFFD: a name read off an ID card must be what the card
  // holds, and a replacement character would hide that it is not.
  let text = '';
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i]!;
    const sequence = sequenceOf(lead);
    if (!sequence) return undefined;
    let code = lead & sequence.leadMask;
    for (let k = 1; k <= sequence.continuation; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return undefined;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < sequence.min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return undefined;
    text += String.fromCodePoint(code);
    i += sequence.continuation + 1;
  }
  return text;
}

interface Sequence {
  continuation: number;
  leadMask: number;
  /** The smallest code point this length may carry; anything below is an overlong form. */
  min: number;
}

function sequenceOf(lead: number): Sequence | undefined {
  if (lead < 0x80) return { continuation: 0, leadMask: 0x7f, min: 0 };
  if (lead >= 0xc2 && lead < 0xe0) return { continuation: 1, leadMask: 0x1f, min: 0x80 };
  if (lead >= 0xe0 && lead < 0xf0) return { continuation: 2, leadMask: 0x0f, min: 0x800 };
  if (lead >= 0xf0 && lead < 0xf5) return { continuation: 3, leadMask: 0x07, min: 0x10000 };
  return undefined;
}
