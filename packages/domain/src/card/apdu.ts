// ISO/IEC 7816-4 command and response APDUs, short form only: every command the input-support AP
// needs fits in 255 data bytes, and the card's READ BINARY answers at most 256 bytes at a time.

/** Something that exchanges APDUs with a card, such as a PC/SC reader or the simulated card. */
export interface CardTransport {
  /** Sends one command APDU and resolves to the response, data || SW1 SW2; rejects with CardError 'no_card' when no card is on the reader. */
  transmit(command: Uint8Array): Promise<Uint8Array>;
}

/** Status words (SW1 SW2 read as one number) that the input-support AP and its simulator answer with. */
export const StatusWord = {
  ok: 0x9000,
  endOfFile: 0x6282,
  wrongLength: 0x6700,
  incompatibleFileStructure: 0x6981,
  securityStatusNotSatisfied: 0x6982,
  authenticationBlocked: 0x6983,
  referenceDataNotUsable: 0x6984,
  noCurrentEf: 0x6986,
  functionNotSupported: 0x6a81,
  fileNotFound: 0x6a82,
  incorrectP1P2: 0x6a86,
  referenceDataNotFound: 0x6a88,
  wrongP1P2: 0x6b00,
  instructionNotSupported: 0x6d00,
  classNotSupported: 0x6e00,
} as const;

/** Instruction bytes of the commands this package sends or simulates. */
export const Instruction = {
  verify: 0x20,
  select: 0xa4,
  readBinary: 0xb0,
  getResponse: 0xc0,
} as const;

/** The parts of a command APDU; `le` is the number of response bytes expected, 1–256. */
export interface CommandApdu {
  cla: number;
  ins: number;
  p1: number;
  p2: number;
  data?: Uint8Array;
  le?: number;
}

/** A response APDU split into its data and its status word. */
export interface ResponseApdu {
  data: Uint8Array;
  sw: number;
}

const MAX_SHORT_DATA = 0xff;
const MAX_SHORT_LE = 0x100;

/** Encodes a short command APDU (cases 1–4); Le 256 is written as 00, as ISO 7816-4 says. */
export function encodeCommand(command: CommandApdu): Uint8Array {
  const { cla, ins, p1, p2, data, le } = command;
  for (const byte of [cla, ins, p1, p2]) {
    if (!Number.isInteger(byte) || byte < 0 || byte > 0xff) throw new RangeError('header bytes are 0–255');
  }
  if (data && (data.length === 0 || data.length > MAX_SHORT_DATA)) {
    throw new RangeError('short APDUs carry 1–255 data bytes');
  }
  if (le !== undefined && (!Number.isInteger(le) || le < 1 || le > MAX_SHORT_LE)) {
    throw new RangeError('short APDUs expect 1–256 response bytes');
  }
  const bytes: number[] = [cla, ins, p1, p2];
  if (data) bytes.push(data.length, ...data);
  if (le !== undefined) bytes.push(le & 0xff);
  return Uint8Array.from(bytes);
}

/** Decodes a short command APDU, as a card does; undefined when the bytes are not one (extended lengths included). */
export function decodeCommand(bytes: Uint8Array): CommandApdu | undefined {
  if (bytes.length < 4) return undefined;
  const header = { cla: bytes[0]!, ins: bytes[1]!, p1: bytes[2]!, p2: bytes[3]! };
  if (bytes.length === 4) return header;
  const fifth = bytes[4]!;
  if (bytes.length === 5) return { ...header, le: fifth === 0 ? MAX_SHORT_LE : fifth };
  // Lc 00 followed by more bytes would be an extended-length APDU, which neither side uses.
  if (fifth === 0) return undefined;
  const data = bytes.slice(5, 5 + fifth);
  if (bytes.length === 5 + fifth) return { ...header, data };
  if (bytes.length === 6 + fifth) {
    const le = bytes[5 + fifth]!;
    return { ...header, data, le: le === 0 ? MAX_SHORT_LE : le };
  }
  return undefined;
}

/** Splits a response into data and status word; throws RangeError when it is shorter than a status word. */
export function splitResponse(response: Uint8Array): ResponseApdu {
  if (response.length < 2) throw new RangeError('a response ends with two status bytes');
  const end = response.length - 2;
  return { data: response.slice(0, end), sw: (response[end]! << 8) | response[end + 1]! };
}

/** Appends a status word to response data, as a card sends it. */
export function joinResponse(data: Uint8Array, sw: number): Uint8Array {
  const response = new Uint8Array(data.length + 2);
  response.set(data);
  response[data.length] = sw >> 8;
  response[data.length + 1] = sw & 0xff;
  return response;
}

/** The tries left that a 63 Cx status word reports, or undefined for any other status word. */
export function triesLeftFromStatus(sw: number): number | undefined {
  return (sw & 0xfff0) === 0x63c0 ? sw & 0x0f : undefined;
}

/** Bytes as spaced upper-case hex, '00 A4 04 0C', the way APDU traces are written. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
}

/** Bytes from hex written with or without spaces, '00 A4 04 0C' or '00a4040c'. */
export function fromHex(hex: string): Uint8Array {
  const digits = hex.replace(/\s+/g, '');
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(digits)) throw new RangeError('not an even run of hex digits');
  return Uint8Array.from(digits.match(/../g) ?? [], (pair) => Number.parseInt(pair, 16));
}
