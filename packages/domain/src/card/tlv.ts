// BER-TLV as the My Number card writes it (X.690 tags and lengths). Tags are read as one number
// made of all their bytes, so the card's FF 20 is 0xFF20. ISO 7816-4 calls a first tag byte of FF
// invalid, but X.690 reads it as a private, constructed tag with a high tag number, and that is
// what the card uses for its records — so this reader accepts it.

/** Where a BER-TLV object's value starts and how long it is. */
export interface TlvHeader {
  tag: number;
  constructed: boolean;
  /** Bytes of tag and length together; the value starts this far after the object. */
  headerLength: number;
  /** Bytes of the value. */
  length: number;
}

/** One BER-TLV object read out of a byte string. */
export interface Tlv {
  tag: number;
  constructed: boolean;
  value: Uint8Array;
  /** The offset just after the object, where the next one starts. */
  end: number;
}

/** Bytes that are not the BER-TLV they claim to be. */
export class TlvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TlvError';
  }
}

// Three tag bytes and 83 xx xx xx cover every object on the card; longer forms would only mean
// corrupt data, and refusing them keeps lengths within what READ BINARY can address.
const MAX_TAG_BYTES = 3;
const MAX_LENGTH_BYTES = 3;
const HIGH_TAG_NUMBER = 0x1f;
const CONSTRUCTED = 0x20;
const MORE_TAG_BYTES = 0x80;
const LONG_LENGTH = 0x80;

/** The header of the object at `offset`, or undefined when `bytes` ends inside it; throws TlvError when malformed. */
export function readTlvHeader(bytes: Uint8Array, offset = 0): TlvHeader | undefined {
  let position = offset;
  const first = bytes[position++];
  if (first === undefined) return undefined;
  let tag = first;
  if ((first & HIGH_TAG_NUMBER) === HIGH_TAG_NUMBER) {
    let next: number | undefined;
    do {
      next = bytes[position++];
      if (next === undefined) return undefined;
      if (position - offset > MAX_TAG_BYTES) throw new TlvError('tag longer than three bytes');
      tag = tag * 0x100 + next;
    } while (next & MORE_TAG_BYTES);
  }
  const lengthByte = bytes[position++];
  if (lengthByte === undefined) return undefined;
  let length = lengthByte;
  if (lengthByte & LONG_LENGTH) {
    const count = lengthByte & ~LONG_LENGTH;
    if (count === 0) throw new TlvError('indefinite length');
    if (count > MAX_LENGTH_BYTES) throw new TlvError('length field longer than 83 xx xx xx');
    if (position + count > bytes.length) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 0x100 + bytes[position++]!;
  }
  return { tag, constructed: (first & CONSTRUCTED) !== 0, headerLength: position - offset, length };
}

/** The object at `offset`; throws TlvError when it is malformed or runs past the end of `bytes`. */
export function readTlv(bytes: Uint8Array, offset = 0): Tlv {
  const header = readTlvHeader(bytes, offset);
  const start = offset + (header?.headerLength ?? 0);
  if (!header || start + header.length > bytes.length) throw new TlvError('object runs past the end');
  return {
    tag: header.tag,
    constructed: header.constructed,
    value: bytes.subarray(start, start + header.length),
    end: start + header.length,
  };
}

/** The length field for `length` bytes in its shortest form: one byte below 128, then 81 xx, 82 xx xx, 83 xx xx xx. */
export function encodeTlvLength(length: number): Uint8Array {
  if (!Number.isInteger(length) || length < 0 || length > 0xffffff) {
    throw new RangeError('lengths are 0 to 2^24 - 1');
  }
  if (length < LONG_LENGTH) return Uint8Array.of(length);
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 0x100)) bytes.unshift(rest & 0xff);
  return Uint8Array.of(LONG_LENGTH | bytes.length, ...bytes);
}

/** Encodes one object: `tag` as its bytes (0xDF22 → DF 22), then the shortest length, then `value`. */
export function encodeTlv(tag: number, value: Uint8Array): Uint8Array {
  if (!Number.isInteger(tag) || tag < 0 || tag > 0xffffff) {
    throw new RangeError('tags are one to three bytes');
  }
  const tagBytes: number[] = [];
  for (let rest = tag; tagBytes.length === 0 || rest > 0; rest = Math.floor(rest / 0x100)) {
    tagBytes.unshift(rest & 0xff);
  }
  const length = encodeTlvLength(value.length);
  const bytes = new Uint8Array(tagBytes.length + length.length + value.length);
  bytes.set(tagBytes);
  bytes.set(length, tagBytes.length);
  bytes.set(value, tagBytes.length + length.length);
  return bytes;
}
