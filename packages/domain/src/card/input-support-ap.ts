// The マイナンバーカード's 券面事項入力補助AP (input-support application): after its 4-digit PIN it
// gives the 基本4情報 — name, address, birth date and sex — as text, so staff never type them.
// The same application also holds the 個人番号 (EF 00 01), which this system must never read:
// this adapter can select only the EFs in ALLOWED_EF, and that list has no entry for it.

import {
  type CardTransport,
  encodeCommand,
  Instruction,
  type ResponseApdu,
  StatusWord,
  splitResponse,
  triesLeftFromStatus,
} from './apdu.ts';
import { readTlv, readTlvHeader, TlvError } from './tlv.ts';
import { decodeUtf8 } from './utf8.ts';

/** The 基本4情報 as the card holds them; text is kept exactly as the card gives it. */
export interface BasicFourInfo {
  /** 氏名; the card separates family and given name with an ideographic space (U+3000). */
  name: string;
  /** 住所; the card writes block numbers in full-width digits. */
  address: string;
  /** 生年月日 as YYYY-MM-DD, Gregorian; kept as the card gives it, so an unknown month or day stays 00. */
  birthDate: string;
  sex: 'male' | 'female' | 'unspecified';
}

/** Why reading a card failed, stable for clients to translate. */
export type CardErrorCode =
  | 'no_card'
  | 'not_a_my_number_card'
  | 'pin_wrong'
  | 'pin_blocked'
  | 'pin_format'
  | 'read_failed';

/** A card failure with a stable code; PIN failures also tell how many tries are left. */
export class CardError extends Error {
  code: CardErrorCode;
  triesLeft?: number;

  constructor(code: CardErrorCode, message?: string, options?: { triesLeft?: number; cause?: unknown }) {
    // Messages are for developers and never carry what the card or the resident said.
    super(message ?? code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CardError';
    this.code = code;
    if (options?.triesLeft !== undefined) this.triesLeft = options.triesLeft;
  }
}

// D3 92 10 00 31 00 01 01 04 08, as J-LIS registered it and jpki/myna and AokiApp/jsapdu select it.
const INPUT_SUPPORT_AP = Uint8Array.of(0xd3, 0x92, 0x10, 0x00, 0x31, 0x00, 0x01, 0x01, 0x04, 0x08);

// The only EFs this adapter may select, by name so that no caller can pass an id. The 個人番号
// (00 01) is deliberately missing; so are 照合番号A/B, which would also open it.
const ALLOWED_EF = {
  pin: 0x0011,
  basicFour: 0x0002,
} as const;
type AllowedEf = keyof typeof ALLOWED_EF;

const TAG = {
  basicFour: 0xff20,
  offsetTable: 0xdf21,
  name: 0xdf22,
  address: 0xdf23,
  birthDate: 0xdf24,
  sex: 0xdf25,
} as const;

const PIN_REFERENCE = 0x80; // P2 of VERIFY: the key of the currently selected PIN EF
const PIN_MAX_TRIES = 3;
const SELECT_BY_DF_NAME = 0x04;
const SELECT_EF_UNDER_DF = 0x02;
const NO_RESPONSE_DATA = 0x0c;
// Enough for a two-byte tag and a length up to 83 xx xx xx; read first to learn the record's size.
const HEADER_PROBE = 6;
const MAX_LE = 0xff;
// READ BINARY has 15 bits of offset: P1's top bit switches to short-file-id addressing.
const MAX_RECORD = 0x8000;
// A misbehaving reader could answer 61xx forever; real responses need at most a couple of rounds.
const MAX_RESPONSE_ROUNDS = 16;

/** How many PIN tries are left, without spending one. */
export async function pinTriesLeft(transport: CardTransport): Promise<number> {
  await selectInputSupportAp(transport);
  await selectEf(transport, 'pin');
  return queryTriesLeft(transport);
}

/** Selects the input-support AP, verifies the 4-digit PIN and reads the basic four: name, address, birth date, sex. The PIN is used for one VERIFY and never kept. */
export async function readBasicFour(transport: CardTransport, pin: string): Promise<BasicFourInfo> {
  // Checked before anything is sent: a malformed PIN must not cost the resident a try.
  const pinBytes = pinToBytes(pin);
  try {
    await selectInputSupportAp(transport);
    await selectEf(transport, 'pin');
    // Asking first means a blocked card never sees the PIN, and a card that is not blocked
    // answers the same as it would have anyway.
    const triesLeft = await queryTriesLeft(transport);
    if (triesLeft === 0) throw new CardError('pin_blocked', 'The PIN is blocked', { triesLeft: 0 });
    await verifyPin(transport, pinBytes);
  } finally {
    pinBytes.fill(0);
  }
  await selectEf(transport, 'basicFour');
  return parseBasicFourRecord(await readRecord(transport));
}

/** The basic four from the bytes of EF 00 02 (an FF 20 record); throws CardError 'read_failed' when they are not one. */
export function parseBasicFourRecord(record: Uint8Array): BasicFourInfo {
  const items = new Map<number, Uint8Array>();
  try {
    const outer = readTlv(record);
    if (outer.tag !== TAG.basicFour) {
      throw new CardError('read_failed', 'The file is not a basic-four record');
    }
    let offset = 0;
    while (offset < outer.value.length) {
      // Past the last item a card may pad with filler; no item's tag starts with either byte.
      const first = outer.value[offset];
      if (first === 0x00 || first === 0xff) break;
      const item = readTlv(outer.value, offset);
      if (items.has(item.tag)) throw new CardError('read_failed', 'An item appears twice in the record');
      items.set(item.tag, item.value);
      offset = item.end;
    }
  } catch (error) {
    if (error instanceof TlvError) throw new CardError('read_failed', 'The record is not valid BER-TLV');
    throw error;
  }
  // The offset table (DF 21) only repeats where each item starts; walking the TLV finds them
  // without trusting it, and its exact base has only been seen on short records.
  return {
    name: text(items.get(TAG.name), 'name'),
    address: text(items.get(TAG.address), 'address'),
    birthDate: birthDate(items.get(TAG.birthDate)),
    sex: sex(items.get(TAG.sex)),
  };
}

function pinToBytes(pin: string): Uint8Array {
  // Tablet keyboards in Japanese mode type full-width digits; they mean the same PIN.
  const digits = pin.replace(/[０-９]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
  if (!/^[0-9]{4}$/.test(digits)) throw new CardError('pin_format', 'The PIN is four digits');
  return Uint8Array.from(digits, (digit) => digit.charCodeAt(0));
}

async function selectInputSupportAp(transport: CardTransport): Promise<void> {
  const command = encodeCommand({
    cla: 0x00,
    ins: Instruction.select,
    p1: SELECT_BY_DF_NAME,
    p2: NO_RESPONSE_DATA,
    data: INPUT_SUPPORT_AP,
  });
  const { sw } = await exchange(transport, command);
  if (sw === StatusWord.ok) return;
  // A card without the application (another IC card, a 住基カード, a transit card) answers one of
  // these; anything else is a card that has it but failed.
  if (
    sw === StatusWord.fileNotFound ||
    sw === StatusWord.functionNotSupported ||
    sw === StatusWord.incorrectP1P2 ||
    sw === StatusWord.wrongP1P2 ||
    sw === StatusWord.instructionNotSupported ||
    sw === StatusWord.classNotSupported
  ) {
    throw new CardError('not_a_my_number_card', 'The card has no input-support application');
  }
  throw unexpected('SELECT AP', sw);
}

async function selectEf(transport: CardTransport, ef: AllowedEf): Promise<void> {
  // Guards the allow-list against casts from untyped callers ('toString' is a key of every object).
  if (!Object.hasOwn(ALLOWED_EF, ef)) throw new CardError('read_failed', 'That file may not be selected');
  const id = ALLOWED_EF[ef];
  const command = encodeCommand({
    cla: 0x00,
    ins: Instruction.select,
    p1: SELECT_EF_UNDER_DF,
    p2: NO_RESPONSE_DATA,
    data: Uint8Array.of(id >> 8, id & 0xff),
  });
  const { sw } = await exchange(transport, command);
  if (sw === StatusWord.ok) return;
  if (sw === StatusWord.fileNotFound) {
    throw new CardError('not_a_my_number_card', 'The application lacks an expected file');
  }
  throw unexpected('SELECT EF', sw);
}

async function queryTriesLeft(transport: CardTransport): Promise<number> {
  // VERIFY without data asks for the counter; it never counts as a try.
  const command = encodeCommand({ cla: 0x00, ins: Instruction.verify, p1: 0x00, p2: PIN_REFERENCE });
  const { sw } = await exchange(transport, command);
  const triesLeft = triesLeftFromStatus(sw);
  if (triesLeft !== undefined) return triesLeft;
  if (sw === StatusWord.authenticationBlocked || sw === StatusWord.referenceDataNotUsable) return 0;
  // 90 00 means the PIN is already verified in this session, and a verified PIN's counter is full.
  if (sw === StatusWord.ok) return PIN_MAX_TRIES;
  throw unexpected('VERIFY (query)', sw);
}

async function verifyPin(transport: CardTransport, pinBytes: Uint8Array): Promise<void> {
  const command = encodeCommand({
    cla: 0x00,
    ins: Instruction.verify,
    p1: 0x00,
    p2: PIN_REFERENCE,
    data: pinBytes,
  });
  let sw: number;
  try {
    ({ sw } = await exchange(transport, command));
  } finally {
    command.fill(0);
  }
  if (sw === StatusWord.ok) return;
  const triesLeft = triesLeftFromStatus(sw);
  if (
    triesLeft === 0 ||
    sw === StatusWord.authenticationBlocked ||
    sw === StatusWord.referenceDataNotUsable
  ) {
    throw new CardError('pin_blocked', 'The PIN is blocked', { triesLeft: 0 });
  }
  if (triesLeft !== undefined) throw new CardError('pin_wrong', 'The PIN is wrong', { triesLeft });
  throw unexpected('VERIFY', sw);
}

async function readRecord(transport: CardTransport): Promise<Uint8Array> {
  // The EF is larger than the record and padded, so read the header, then exactly the record.
  let record: Uint8Array = new Uint8Array(0);
  let size: number | undefined;
  while (size === undefined || record.length < size) {
    const le = size === undefined ? HEADER_PROBE : Math.min(size - record.length, MAX_LE);
    const command = encodeCommand({
      cla: 0x00,
      ins: Instruction.readBinary,
      p1: record.length >> 8,
      p2: record.length & 0xff,
      le,
    });
    const { data, sw } = await exchange(transport, command);
    if (sw !== StatusWord.ok && sw !== StatusWord.endOfFile) throw unexpected('READ BINARY', sw);
    // A card may answer fewer bytes than asked; an empty answer would loop forever.
    if (data.length === 0) throw new CardError('read_failed', 'The file ended before the record did');
    record = concat(record, data);
    if (size === undefined) {
      const header = readHeader(record);
      if (header) size = header.headerLength + header.length;
    }
    if (size !== undefined && size > MAX_RECORD) throw new CardError('read_failed', 'The record is too long');
    if (sw === StatusWord.endOfFile && record.length < (size ?? Number.POSITIVE_INFINITY)) {
      throw new CardError('read_failed', 'The file ended before the record did');
    }
  }
  return record.subarray(0, size);
}

function readHeader(bytes: Uint8Array) {
  try {
    return readTlvHeader(bytes);
  } catch {
    throw new CardError('read_failed', 'The record does not start with a valid BER-TLV header');
  }
}

async function exchange(transport: CardTransport, command: Uint8Array): Promise<ResponseApdu> {
  let response = await transmit(transport, command);
  // Readers speaking T=0 may leave two things to the application: 6C xx (repeat with Le = xx)
  // and 61 xx (xx more bytes wait for GET RESPONSE).
  if (response.sw >> 8 === 0x6c && command.length === 5) {
    const repeated = command.slice();
    repeated[4] = response.sw & 0xff;
    response = await transmit(transport, repeated);
  }
  let data = response.data;
  for (let round = 0; response.sw >> 8 === 0x61; round++) {
    if (round === MAX_RESPONSE_ROUNDS) throw new CardError('read_failed', 'The card kept answering 61 xx');
    const le = response.sw & 0xff || 0x100;
    response = await transmit(
      transport,
      encodeCommand({ cla: 0x00, ins: Instruction.getResponse, p1: 0, p2: 0, le }),
    );
    data = concat(data, response.data);
  }
  return { data, sw: response.sw };
}

async function transmit(transport: CardTransport, command: Uint8Array): Promise<ResponseApdu> {
  let response: Uint8Array;
  try {
    response = await transport.transmit(command);
  } catch (error) {
    if (error instanceof CardError) throw error;
    throw new CardError('read_failed', 'The reader could not exchange a command', { cause: error });
  }
  if (response.length < 2) throw new CardError('read_failed', 'The card answered without a status word');
  return splitResponse(response);
}

function text(value: Uint8Array | undefined, what: string): string {
  const decoded = value && decodeUtf8(value);
  if (decoded === undefined) throw new CardError('read_failed', `The ${what} is missing or not UTF-8`);
  return decoded;
}

function birthDate(value: Uint8Array | undefined): string {
  const digits = value ? String.fromCharCode(...value) : '';
  if (!/^[0-9]{8}$/.test(digits)) throw new CardError('read_failed', 'The birth date is not YYYYMMDD');
  return `${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6)}`;
}

function sex(value: Uint8Array | undefined): BasicFourInfo['sex'] {
  // ISO 5218 codes 1 male and 2 female; 0 (not known), 9 (not applicable) and any other digit
  // read as 'unspecified' rather than failing, so a code not seen yet still reads. A non-digit
  // means the record is damaged.
  const code = value?.length === 1 ? String.fromCharCode(value[0]!) : '';
  if (code === '1') return 'male';
  if (code === '2') return 'female';
  if (/^[0-9]$/.test(code)) return 'unspecified';
  throw new CardError('read_failed', 'The sex is not a one-digit code');
}

function unexpected(step: string, sw: number): CardError {
  return new CardError('read_failed', `${step} answered ${sw.toString(16).toUpperCase().padStart(4, '0')}`);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const joined = new Uint8Array(a.length + b.length);
  joined.set(a);
  joined.set(b, a.length);
  return joined;
}
