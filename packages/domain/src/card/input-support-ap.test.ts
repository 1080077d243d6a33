import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { type CardTransport, decodeCommand, fromHex, joinResponse, splitResponse, toHex } from './apdu.ts';
import {
  type BasicFourInfo,
  CardError,
  parseBasicFourRecord,
  pinTriesLeft,
  readBasicFour,
} from './input-support-ap.ts';
import {
  DEMO_CARD_PERSON,
  encodeBasicFourRecord,
  type SimulatedCardOptions,
  SimulatedMyNumberCard,
} from './simulated-card.ts';
import { encodeUtf8 } from './utf8.ts';

const SELECT_AP = '00 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08';
const SELECT_PIN_EF = '00 A4 02 0C 02 00 11';
const SELECT_BASIC_FOUR_EF = '00 A4 02 0C 02 00 02';
const VERIFY_QUERY = '00 20 00 80';

// Every card a test reads through the adapter, so that afterEach can check none of them was
// asked for the 個人番号.
const cards: SimulatedMyNumberCard[] = [];

function newCard(options?: SimulatedCardOptions): SimulatedMyNumberCard {
  const card = new SimulatedMyNumberCard(options);
  cards.push(card);
  return card;
}

/** Whether a command would reach EF 00 01: a SELECT naming it, or a READ BINARY by short file id 1. */
function reachesMyNumber(command: Uint8Array): boolean {
  const decoded = decodeCommand(command);
  if (!decoded) return false;
  if (decoded.ins === 0xa4) {
    const data = decoded.data ?? new Uint8Array(0);
    return data.length >= 2 && data[data.length - 2] === 0x00 && data[data.length - 1] === 0x01;
  }
  return decoded.ins === 0xb0 && (decoded.p1 & 0x80) !== 0 && (decoded.p1 & 0x1f) === 0x01;
}

afterEach(() => {
  for (const card of cards.splice(0)) {
    expect(card.log.filter(reachesMyNumber).map(toHex)).toEqual([]);
  }
});

async function cardError(promise: Promise<unknown>): Promise<CardError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(CardError);
  return error as CardError;
}

function verifiesWithData(card: SimulatedMyNumberCard): number {
  return card.log.filter((command) => command[1] === 0x20 && command.length > 4).length;
}

describe('readBasicFour', () => {
  it('reads the four items with the right PIN', async () => {
    const card = newCard();
    await expect(readBasicFour(card, '1234')).resolves.toEqual({
      name: '山田\u3000太郎',
      address: 'さくら台市中央一丁目１番１号',
      birthDate: '1985-04-01',
      sex: 'male',
    });
  });

  it('sends the documented commands, in order', async () => {
    const card = newCard();
    await readBasicFour(card, '1234');
    const sent = card.log.map(toHex);
    expect(sent.slice(0, 5)).toEqual([
      SELECT_AP,
      SELECT_PIN_EF,
      VERIFY_QUERY,
      '00 20 00 80 04 31 32 33 34',
      SELECT_BASIC_FOUR_EF,
    ]);
    // Then the record header, then the rest of the record from where the header read stopped.
    expect(sent[5]).toBe('00 B0 00 00 06');
    const recordLength = encodeBasicFourRecord(DEMO_CARD_PERSON).length;
    expect(sent.slice(6)).toEqual([`00 B0 00 06 ${toHex(Uint8Array.of(recordLength - 6))}`]);
  });

  it('reports a wrong PIN with the tries left, and a right one afterwards resets the count', async () => {
    const card = newCard();
    const error = await cardError(readBasicFour(card, '9999'));
    expect(error.code).toBe('pin_wrong');
    expect(error.triesLeft).toBe(2);
    await expect(pinTriesLeft(card)).resolves.toBe(2);

    await expect(readBasicFour(card, '1234')).resolves.toMatchObject({ name: '山田\u3000太郎' });
    await expect(pinTriesLeft(card)).resolves.toBe(3);
  });

  it('blocks the PIN after three wrong tries, and then refuses the right one without sending it', async () => {
    const card = newCard();
    const first = await cardError(readBasicFour(card, '0000'));
    const second = await cardError(readBasicFour(card, '1111'));
    const third = await cardError(readBasicFour(card, '2222'));
    expect([first, second, third].map(({ code, triesLeft }) => ({ code, triesLeft }))).toEqual([
      { code: 'pin_wrong', triesLeft: 2 },
      { code: 'pin_wrong', triesLeft: 1 },
      { code: 'pin_blocked', triesLeft: 0 },
    ]);

    const verifiesBefore = verifiesWithData(card);
    const afterwards = await cardError(readBasicFour(card, '1234'));
    expect(afterwards.code).toBe('pin_blocked');
    expect(afterwards.triesLeft).toBe(0);
    expect(verifiesWithData(card)).toBe(verifiesBefore);
    await expect(pinTriesLeft(card)).resolves.toBe(0);
  });

  it('refuses a card that starts out blocked', async () => {
    const card = newCard({ triesLeft: 0 });
    expect((await cardError(readBasicFour(card, '1234'))).code).toBe('pin_blocked');
    expect(verifiesWithData(card)).toBe(0);
  });

  it('checks the PIN format before sending any command', async () => {
    const card = newCard();
    for (const pin of ['12a4', '123', '12345', '', ' 1234', '１２３', '12.4', '١٢٣٤']) {
      const error = await cardError(readBasicFour(card, pin));
      expect(error.code, pin).toBe('pin_format');
    }
    expect(card.log).toEqual([]);
  });

  it('takes a PIN typed in full-width digits as the same PIN', async () => {
    const card = newCard();
    await expect(readBasicFour(card, '１２３４')).resolves.toMatchObject({ sex: 'male' });
    expect(card.log.map(toHex)).toContain('00 20 00 80 04 31 32 33 34');
  });

  it('reads a record longer than 255 bytes in small chunks', async () => {
    const person: BasicFourInfo = {
      name: '長谷川\u3000寿限無寿限無五劫の擦り切れ',
      address: `さくら台市中央一丁目１番１号${'さくら台マンション'.repeat(10)}１０１号室`,
      birthDate: '1990-12-31',
      sex: 'female',
    };
    const record = encodeBasicFourRecord(person);
    expect(record.length).toBeGreaterThan(0x100);
    expect(toHex(record.subarray(0, 3))).toBe('FF 20 82');

    const card = newCard({ person, maxChunk: 7 });
    await expect(readBasicFour(card, '1234')).resolves.toEqual(person);
    const reads = card.log.filter((command) => command[1] === 0xb0);
    expect(reads.length).toBeGreaterThanOrEqual(Math.ceil(record.length / 7));
    // Each read continues where the card's last answer stopped.
    const offsets = reads.map((command) => (command[2]! << 8) | command[3]!);
    expect(offsets).toEqual(offsets.map((_, i) => (i === 0 ? 0 : 6 + (i - 1) * 7)));
  });

  it('reads a record of 128–255 bytes, whose length is 81 xx', async () => {
    const person = { ...DEMO_CARD_PERSON, address: `${DEMO_CARD_PERSON.address}${'さくら台'.repeat(6)}` };
    const record = encodeBasicFourRecord(person);
    expect(toHex(record.subarray(0, 3))).toBe('FF 20 81');
    await expect(readBasicFour(newCard({ person, maxChunk: 1 }), '1234')).resolves.toEqual(person);
  });

  it('keeps uncommon kanji, including one outside the BMP, exactly as the card holds them', async () => {
    const person = { ...DEMO_CARD_PERSON, name: '𠮷野\u3000髙橋', address: '山﨑町１丁目２番地の３' };
    expect(toHex(encodeUtf8('𠮷'))).toBe('F0 A0 AE B7');
    await expect(readBasicFour(newCard({ person, maxChunk: 5 }), '1234')).resolves.toEqual(person);
  });

  it('maps the sex codes', async () => {
    for (const sex of ['male', 'female', 'unspecified'] as const) {
      const person = { ...DEMO_CARD_PERSON, sex };
      await expect(readBasicFour(newCard({ person }), '1234')).resolves.toMatchObject({ sex });
    }
  });

  it('says so when there is no card', async () => {
    const card = newCard();
    card.remove();
    expect((await cardError(readBasicFour(card, '1234'))).code).toBe('no_card');
    expect((await cardError(pinTriesLeft(card))).code).toBe('no_card');
    expect(card.log).toEqual([]);
  });

  it('says so when the card is taken off the reader halfway', async () => {
    const card = newCard({ maxChunk: 8 });
    const snatched: CardTransport = {
      transmit: (command) => {
        if (command[1] === 0xb0 && command[2] === 0 && command[3]! > 0) card.remove();
        return card.transmit(command);
      },
    };
    expect((await cardError(readBasicFour(snatched, '1234'))).code).toBe('no_card');
  });

  it('tells a card without the application from a failing one', async () => {
    const otherCard: CardTransport = { transmit: async () => fromHex('6A 82') };
    expect((await cardError(readBasicFour(otherCard, '1234'))).code).toBe('not_a_my_number_card');
    expect((await cardError(pinTriesLeft(otherCard))).code).toBe('not_a_my_number_card');

    const brokenReader: CardTransport = {
      transmit: async () => {
        throw new Error('SCardTransmit failed');
      },
    };
    expect((await cardError(readBasicFour(brokenReader, '1234'))).code).toBe('read_failed');
    const mute: CardTransport = { transmit: async () => new Uint8Array(0) };
    expect((await cardError(pinTriesLeft(mute))).code).toBe('read_failed');
  });

  it('fails a read whose record is cut short', async () => {
    const card = newCard();
    const truncating: CardTransport = {
      // Answers every read at the record's end with "end of file": the record claims more than there is.
      transmit: async (command) => {
        const response = splitResponse(await card.transmit(command));
        if (command[1] !== 0xb0 || (command[2] === 0 && command[3] === 0))
          return joinResponse(response.data, response.sw);
        return joinResponse(response.data.subarray(0, 1), 0x6282);
      },
    };
    expect((await cardError(readBasicFour(truncating, '1234'))).code).toBe('read_failed');
  });

  it('collects responses that a T=0 reader splits with 61 xx, and repeats a read answered 6C xx', async () => {
    const card = newCard();
    let pending: Uint8Array | undefined;
    let pendingSw = 0;
    const t0: CardTransport = {
      transmit: async (command) => {
        if (command[1] === 0xc0) {
          const rest = pending!;
          pending = undefined;
          return joinResponse(rest, pendingSw);
        }
        // The first read of the header asks for 6 bytes; answer "only 4 now, repeat with Le 04".
        if (toHex(command) === '00 B0 00 00 06') return fromHex('6C 04');
        const { data, sw } = splitResponse(await card.transmit(command));
        if (command[1] !== 0xb0 || data.length < 2) return joinResponse(data, sw);
        const half = data.length >> 1;
        pending = data.slice(half);
        pendingSw = sw;
        return joinResponse(data.slice(0, half), 0x6100 | pending.length);
      },
    };
    await expect(readBasicFour(t0, '1234')).resolves.toEqual(DEMO_CARD_PERSON);
  });

  it('returns exactly the person on the card, whatever the text and the chunk size', async () => {
    const kanji = fc.integer({ min: 0x4e00, max: 0x9fff }).map((code) => String.fromCodePoint(code));
    const astral = fc.integer({ min: 0x20000, max: 0x2a6df }).map((code) => String.fromCodePoint(code));
    const other = fc.constantFrom('\u3000', 'ー', 'の', '１', '－', '髙', '﨑', 'ヶ', 'A', '1', '-');
    const text = fc
      .string({ unit: fc.oneof(kanji, astral, other), minLength: 1, maxLength: 100 })
      .filter((value) => encodeUtf8(value).length <= 300);
    const person = fc.record({
      name: text,
      address: text,
      birthDate: fc
        .tuple(
          fc.integer({ min: 1900, max: 2100 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
        )
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
      sex: fc.constantFrom('male', 'female', 'unspecified') as fc.Arbitrary<BasicFourInfo['sex']>,
    });
    await fc.assert(
      fc.asyncProperty(person, fc.integer({ min: 1, max: 255 }), async (person, maxChunk) => {
        const card = newCard({ person, maxChunk });
        expect(await readBasicFour(card, '1234')).toEqual(person);
      }),
    );
  });
});

describe('pinTriesLeft', () => {
  it('reports the tries left without spending one', async () => {
    const card = newCard({ triesLeft: 2 });
    for (let i = 0; i < 5; i++) await expect(pinTriesLeft(card)).resolves.toBe(2);
    expect(verifiesWithData(card)).toBe(0);
    expect(card.log.slice(0, 3).map(toHex)).toEqual([SELECT_AP, SELECT_PIN_EF, VERIFY_QUERY]);
  });
});

describe('parseBasicFourRecord', () => {
  it('reads a record written out byte by byte as the card lays it out', () => {
    // 山田　花子 / 東京都千代田区１ / 19700101 / female, with the table counting from the file's start.
    const record = fromHex(`
      FF 20 47
      DF 21 08 00 0E 00 20 00 3B 00 46
      DF 22 0F E5 B1 B1 E7 94 B0 E3 80 80 E8 8A B1 E5 AD 90
      DF 23 18 E6 9D B1 E4 BA AC E9 83 BD E5 8D 83 E4 BB A3 E7 94 B0 E5 8C BA EF BC 91
      DF 24 08 31 39 37 30 30 31 30 31
      DF 25 01 32`);
    expect(parseBasicFourRecord(record)).toEqual({
      name: '山田\u3000花子',
      address: '東京都千代田区１',
      birthDate: '1970-01-01',
      sex: 'female',
    });
    expect(encodeBasicFourRecord(parseBasicFourRecord(record))).toEqual(record);
  });

  it('stops at filler inside the record and ignores what follows the record', () => {
    const record = encodeBasicFourRecord(DEMO_CARD_PERSON);
    const withFiller = fromHex(
      `FF 20 81 ${toHex(Uint8Array.of(record.length - 3 + 4))} ${toHex(record.subarray(3))} FF FF FF FF 00 00`,
    );
    expect(parseBasicFourRecord(withFiller)).toEqual(DEMO_CARD_PERSON);
  });

  it('fails what is not a basic-four record', () => {
    const record = encodeBasicFourRecord(DEMO_CARD_PERSON);
    const cases = {
      'wrong outer tag': Uint8Array.of(0xff, 0x10, ...record.subarray(2)),
      truncated: record.subarray(0, record.length - 1),
      'name not UTF-8': fromHex(
        'FF 20 13 DF 22 02 C3 28 DF 23 01 41 DF 24 08 31 39 37 30 30 31 30 31 DF 25 01 31',
      ),
      'birth date not digits': fromHex(
        'FF 20 14 DF 22 01 41 DF 23 01 41 DF 24 08 31 39 37 30 2D 30 31 30 DF 25 01 31',
      ),
      'sex missing': fromHex('FF 20 11 DF 22 01 41 DF 23 01 41 DF 24 08 31 39 37 30 30 31 30 31'),
      'sex not a digit': fromHex(
        'FF 20 14 DF 22 01 41 DF 23 01 41 DF 24 08 31 39 37 30 30 31 30 31 DF 25 01 4D',
      ),
      'item twice': fromHex(
        'FF 20 18 DF 22 01 41 DF 22 01 42 DF 23 01 41 DF 24 08 31 39 37 30 30 31 30 31 DF 25 01 31',
      ),
    };
    for (const [what, bytes] of Object.entries(cases)) {
      expect(() => parseBasicFourRecord(bytes), what).toThrow(CardError);
    }
  });
});

describe('SimulatedMyNumberCard', () => {
  it('would hand out its 個人番号 file to anyone who selected it, so the adapter never doing so means something', async () => {
    // Not through newCard: this card is meant to be asked for EF 00 01.
    const card = new SimulatedMyNumberCard();
    const send = async (hex: string) => toHex(await card.transmit(fromHex(hex)));
    expect(await send(SELECT_AP)).toBe('90 00');
    expect(await send('00 A4 02 0C 02 00 01')).toBe('90 00');
    expect(await send('00 B0 00 00 0F')).toBe('69 82');
    expect(await send(SELECT_PIN_EF)).toBe('90 00');
    expect(await send('00 20 00 80 04 31 32 33 34')).toBe('90 00');
    expect(await send('00 A4 02 0C 02 00 01')).toBe('90 00');
    expect(await send('00 B0 00 00 0F')).toBe('FF 10 0C 30 30 30 30 30 30 30 30 30 30 30 30 90 00');
    expect(await send('00 B0 81 00 03')).toBe('FF 10 0C 90 00');
    expect(card.log.filter(reachesMyNumber)).toHaveLength(3);
  });

  it('answers like the card to what the adapter never sends', async () => {
    const card = new SimulatedMyNumberCard({ maxChunk: 16 });
    const send = async (hex: string) => toHex(await card.transmit(fromHex(hex)));
    expect(await send('00 A4 04 0C 0A D3 92 F0 00 26 01 00 00 00 01')).toBe('6A 82');
    expect(await send(SELECT_BASIC_FOUR_EF)).toBe('6A 82');
    expect(await send('80 A4 04 0C 0A D3 92 10 00 31 00 01 01 04 08')).toBe('6E 00');
    expect(await send('00 84 00 00 08')).toBe('6D 00');
    expect(await send(SELECT_AP)).toBe('90 00');
    expect(await send('00 B0 00 00 10')).toBe('69 86');
    expect(await send(SELECT_BASIC_FOUR_EF)).toBe('90 00');
    expect(await send(VERIFY_QUERY)).toBe('6A 88');
    expect(await send('00 B0 00 00 10')).toBe('69 82');
    expect(await send(SELECT_PIN_EF)).toBe('90 00');
    expect(await send('00 B0 00 00 10')).toBe('69 81');
    expect(await send('00 20 00 80 04 31 32 33 34')).toBe('90 00');
    expect(await send(VERIFY_QUERY)).toBe('90 00');
    expect(await send(SELECT_BASIC_FOUR_EF)).toBe('90 00');
    // Asking for 255 bytes returns at most maxChunk; past the end comes 6B 00; the tail warns 62 82.
    expect(splitResponse(await card.transmit(fromHex('00 B0 00 00 FF'))).data).toHaveLength(16);
    expect(await send('00 B0 02 00 01')).toBe('6B 00');
    expect((await send('00 B0 01 FF 02')).endsWith('62 82')).toBe(true);
    // Re-selecting the application forgets the verified PIN.
    expect(await send(SELECT_AP)).toBe('90 00');
    expect(await send(SELECT_BASIC_FOUR_EF)).toBe('90 00');
    expect(await send('00 B0 00 00 10')).toBe('69 82');
  });

  it('forgets the verified PIN but not the counter when the card is taken off and put back', async () => {
    const card = newCard();
    await cardError(readBasicFour(card, '0000'));
    card.remove();
    expect(card.present).toBe(false);
    card.insert();
    await expect(pinTriesLeft(card)).resolves.toBe(2);
  });

  it('refuses options the card could not have', () => {
    expect(() => new SimulatedMyNumberCard({ pin: '12345' })).toThrow(RangeError);
    expect(() => new SimulatedMyNumberCard({ triesLeft: 4 })).toThrow(RangeError);
    expect(() => new SimulatedMyNumberCard({ maxChunk: 0 })).toThrow(RangeError);
    expect(() => new SimulatedMyNumberCard({ person: { birthDate: '1985/04/01' } })).toThrow(RangeError);
  });
});
