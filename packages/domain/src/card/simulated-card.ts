// A マイナンバーカード in memory, for development, the demo and tests. It models the card's
// input-support AP (券面事項入力補助AP) closely enough that the adapter cannot tell it from a real
// card on the paths the adapter takes: the same commands, status words, PIN counter, access rules
// and file bytes.
//
// Its constants are written out here again, from the card's documentation, rather than imported
// from the adapter: a test of the adapter against a simulator that shares its mistakes would pass.
//
// EF 00 02 (基本4情報) is laid out as on real cards, as traces of real cards show it:
//
//   FF 20 L                        the record; L in its shortest form: one byte below 128,
//                                  81 xx up to 255, 82 xx xx above
//     DF 21 08 nn nn aa aa bb bb ss ss
//                                  offset table: where the DF 22, DF 23, DF 24 and DF 25 objects
//                                  start, two bytes big-endian each, counted from the file's
//                                  first byte (the FF of FF 20)
//     DF 22 L  name                UTF-8; family and given name separated by U+3000
//     DF 23 L  address             UTF-8; block numbers in full-width digits
//     DF 24 08 YYYYMMDD            birth date, ASCII
//     DF 25 01 sex                 ASCII ISO 5218 digit: '1' male, '2' female, '9' not applicable
//   FF FF …                        filler to the end of the EF, which is larger than the record
//
// A short record therefore starts FF 20 7D DF 21 08 00 0E …: the name's DF 22 sits at 0x0E, right
// after the 3-byte record header and the 11-byte table; a record of 256 bytes or more starts
// FF 20 82 01 xx and every offset moves two bytes on.

import { type CardTransport, decodeCommand, joinResponse, StatusWord } from './apdu.ts';
import { type BasicFourInfo, CardError } from './input-support-ap.ts';
import { encodeTlv } from './tlv.ts';
import { encodeUtf8 } from './utf8.ts';

/** How a simulated card starts out. */
export interface SimulatedCardOptions {
  /** The 券面事項入力補助用暗証番号, 4 digits; default '1234'. */
  pin?: string;
  /** PIN tries left, 0–3; default 3, and 0 means the PIN is blocked. */
  triesLeft?: number;
  /** Who the card belongs to; fields not given come from DEMO_CARD_PERSON. */
  person?: Partial<BasicFourInfo>;
  /** The most bytes READ BINARY returns at once, 1–256; default 0xFF. Small values force chunked reads. */
  maxChunk?: number;
}

/** The demo resident on a simulated card: さくら台市 is the demo city, and the text is written the way cards write it. */
export const DEMO_CARD_PERSON: BasicFourInfo = {
  name: '山田\u3000太郎',
  address: 'さくら台市中央一丁目１番１号',
  birthDate: '1985-04-01',
  sex: 'male',
};

const INPUT_SUPPORT_AP = [0xd3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08];
const EF_MY_NUMBER = 0x0001;
const EF_BASIC_FOUR = 0x0002;
const EF_PIN = 0x0011;
const MAX_TRIES = 3;
// The EF's allocated size is not published; records of a few hundred bytes fit, filler follows.
const EF_SIZE = 0x200;
const FILLER = 0xff;
// A number that cannot be anyone's: twelve zeros. It is here so that selecting EF 00 01 would
// succeed, which is what makes "the adapter never selects it" a real check.
const FAKE_MY_NUMBER = '000000000000';

const CLA = 0x00;
const INS_VERIFY = 0x20;
const INS_SELECT = 0xa4;
const INS_READ_BINARY = 0xb0;
const SELECT_BY_DF_NAME = 0x04;
const SELECT_EF_UNDER_DF = 0x02;
const NO_RESPONSE_DATA = 0x0c;
const PIN_REFERENCE = 0x80;
const SHORT_FILE_ID = 0x80;

type SimulatedEf = { kind: 'pin' } | { kind: 'binary'; contents: Uint8Array };

/** The bytes of EF 00 02 for `person`, laid out as the card lays them out (see this file's header), without the filler. */
export function encodeBasicFourRecord(person: BasicFourInfo): Uint8Array {
  const birth = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(person.birthDate);
  if (!birth) throw new RangeError('birthDate is YYYY-MM-DD');
  const sexCode = { male: '1', female: '2', unspecified: '9' }[person.sex];
  if (!sexCode) throw new RangeError("sex is 'male', 'female' or 'unspecified'");
  const items = [
    encodeTlv(0xdf22, encodeUtf8(person.name)),
    encodeTlv(0xdf23, encodeUtf8(person.address)),
    encodeTlv(0xdf24, ascii(`${birth[1]}${birth[2]}${birth[3]}`)),
    encodeTlv(0xdf25, ascii(sexCode)),
  ];
  const tableLength = 3 + 2 * items.length;
  const valueLength = tableLength + items.reduce((sum, item) => sum + item.length, 0);
  // The table counts from the start of the file, so it depends on how long the record's own
  // header is, which depends on the record's length: 3 bytes below 128, 4 below 256, 5 above.
  const headerLength = valueLength < 0x80 ? 3 : valueLength < 0x100 ? 4 : 5;
  const offsets: number[] = [];
  let at = headerLength + tableLength;
  for (const item of items) {
    offsets.push(at >> 8, at & 0xff);
    at += item.length;
  }
  const record = encodeTlv(0xff20, concat([encodeTlv(0xdf21, Uint8Array.from(offsets)), ...items]));
  if (record.length !== at) throw new Error('record header length miscounted');
  return record;
}

/** A card that answers like the real one: wrong PINs count down and block at 0, reads are chunked, lengths use the long form, and it logs every command it receives. */
export class SimulatedMyNumberCard implements CardTransport {
  /** Every command the card received, oldest first, as copies. */
  readonly log: Uint8Array[] = [];
  readonly #pin: Uint8Array;
  readonly #maxChunk: number;
  readonly #files: ReadonlyMap<number, SimulatedEf>;
  #triesLeft: number;
  #present = true;
  #apSelected = false;
  #currentEf: number | undefined;
  #pinVerified = false;

  constructor(options: SimulatedCardOptions = {}) {
    const pin = options.pin ?? '1234';
    if (!/^[0-9]{4}$/.test(pin)) throw new RangeError('pin is 4 ASCII digits');
    const triesLeft = options.triesLeft ?? MAX_TRIES;
    if (!Number.isInteger(triesLeft) || triesLeft < 0 || triesLeft > MAX_TRIES) {
      throw new RangeError('triesLeft is 0–3');
    }
    const maxChunk = options.maxChunk ?? 0xff;
    if (!Number.isInteger(maxChunk) || maxChunk < 1 || maxChunk > 0x100) {
      throw new RangeError('maxChunk is 1–256');
    }
    this.#pin = ascii(pin);
    this.#triesLeft = triesLeft;
    this.#maxChunk = maxChunk;
    const record = encodeBasicFourRecord({ ...DEMO_CARD_PERSON, ...options.person });
    if (record.length > 0x7fff) throw new RangeError('person data too long for one EF');
    this.#files = new Map<number, SimulatedEf>([
      [EF_MY_NUMBER, { kind: 'binary', contents: padded(encodeTlv(0xff10, ascii(FAKE_MY_NUMBER)), 0x20) }],
      [EF_BASIC_FOUR, { kind: 'binary', contents: padded(record, EF_SIZE) }],
      [EF_PIN, { kind: 'pin' }],
    ]);
  }

  /** Whether the card is on the reader. */
  get present(): boolean {
    return this.#present;
  }

  /** Takes the card off the reader: commands then fail with CardError 'no_card'. */
  remove(): void {
    this.#present = false;
  }

  /** Puts the card back: like any power-up this forgets the selection and the verified PIN, but not the try counter. */
  insert(): void {
    this.#present = true;
    this.#apSelected = false;
    this.#currentEf = undefined;
    this.#pinVerified = false;
  }

  async transmit(command: Uint8Array): Promise<Uint8Array> {
    if (!this.#present) throw new CardError('no_card', 'No card on the reader');
    // A copy, as a card gets its own: the caller may wipe its buffer (the PIN) afterwards.
    this.log.push(command.slice());
    return this.#answer(command);
  }

  #answer(bytes: Uint8Array): Uint8Array {
    const command = decodeCommand(bytes);
    if (!command) return status(StatusWord.wrongLength);
    if (command.cla !== CLA) return status(StatusWord.classNotSupported);
    switch (command.ins) {
      case INS_SELECT:
        return this.#select(command.p1, command.p2, command.data, command.le);
      case INS_VERIFY:
        return this.#verify(command.p1, command.p2, command.data, command.le);
      case INS_READ_BINARY:
        return this.#readBinary(command.p1, command.p2, command.data, command.le);
      default:
        return status(StatusWord.instructionNotSupported);
    }
  }

  #select(p1: number, p2: number, data: Uint8Array | undefined, le: number | undefined): Uint8Array {
    if (p2 !== NO_RESPONSE_DATA || le !== undefined) return status(StatusWord.incorrectP1P2);
    if (!data) return status(StatusWord.wrongLength);
    if (p1 === SELECT_BY_DF_NAME) {
      if (!sameBytes(data, INPUT_SUPPORT_AP)) return status(StatusWord.fileNotFound);
      // Selecting the application resets its security status, as on the card.
      this.#apSelected = true;
      this.#currentEf = undefined;
      this.#pinVerified = false;
      return status(StatusWord.ok);
    }
    if (p1 === SELECT_EF_UNDER_DF) {
      if (data.length !== 2) return status(StatusWord.wrongLength);
      const id = (data[0]! << 8) | data[1]!;
      if (!this.#apSelected || !this.#files.has(id)) return status(StatusWord.fileNotFound);
      this.#currentEf = id;
      return status(StatusWord.ok);
    }
    return status(StatusWord.incorrectP1P2);
  }

  #verify(p1: number, p2: number, data: Uint8Array | undefined, le: number | undefined): Uint8Array {
    if (p1 !== 0x00 || p2 !== PIN_REFERENCE) return status(StatusWord.incorrectP1P2);
    if (le !== undefined) return status(StatusWord.wrongLength);
    if (this.#currentEf === undefined || this.#files.get(this.#currentEf)?.kind !== 'pin') {
      return status(StatusWord.referenceDataNotFound);
    }
    if (!data) {
      // The query: it reports the counter and never spends a try.
      if (this.#pinVerified) return status(StatusWord.ok);
      return status(0x63c0 | this.#triesLeft);
    }
    if (this.#triesLeft === 0) return status(StatusWord.authenticationBlocked);
    if (sameBytes(data, this.#pin)) {
      this.#triesLeft = MAX_TRIES;
      this.#pinVerified = true;
      return status(StatusWord.ok);
    }
    this.#triesLeft--;
    this.#pinVerified = false;
    return status(0x63c0 | this.#triesLeft);
  }

  #readBinary(p1: number, p2: number, data: Uint8Array | undefined, le: number | undefined): Uint8Array {
    if (data || le === undefined) return status(StatusWord.wrongLength);
    let offset = (p1 << 8) | p2;
    if (p1 & SHORT_FILE_ID) {
      // Reading by short file id selects the EF implicitly. Whether the real card allows it is
      // not documented; the simulator does, so a test also catches this way to the 個人番号.
      if (p1 & 0x60) return status(StatusWord.incorrectP1P2);
      const id = p1 & 0x1f;
      if (!this.#apSelected || !this.#files.has(id)) return status(StatusWord.fileNotFound);
      this.#currentEf = id;
      offset = p2;
    }
    if (this.#currentEf === undefined) return status(StatusWord.noCurrentEf);
    const file = this.#files.get(this.#currentEf);
    if (file?.kind !== 'binary') return status(StatusWord.incompatibleFileStructure);
    // On the card the PIN opens both the 基本4情報 and the 個人番号.
    if (!this.#pinVerified) return status(StatusWord.securityStatusNotSatisfied);
    if (offset >= file.contents.length) return status(StatusWord.wrongP1P2);
    const available = file.contents.length - offset;
    const count = Math.min(le, this.#maxChunk, available);
    const chunk = file.contents.slice(offset, offset + count);
    // Asking past the end gets what there is and a warning; a small maxChunk just gets less.
    return joinResponse(chunk, le > available ? StatusWord.endOfFile : StatusWord.ok);
  }
}

function status(sw: number): Uint8Array {
  return joinResponse(new Uint8Array(0), sw);
}

function ascii(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

function padded(contents: Uint8Array, size: number): Uint8Array {
  const file = new Uint8Array(Math.max(size, contents.length)).fill(FILLER);
  file.set(contents);
  return file;
}

function sameBytes(a: Uint8Array, b: ArrayLike<number>): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function concat(parts: Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}
