import { describe, expect, it } from 'vitest';
import { bridgeUrlOf, DEFAULT_BRIDGE_URL, readCard } from './card-bridge.ts';

const PERSON = {
  name: '山田 太郎',
  address: '東京都さくら台市本町1-1',
  birthDate: '1985-04-01',
  sex: 'male',
};

function bridge(status: number, body: unknown) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const doFetch = (async (url: string, init?: RequestInit) => {
    calls.push({ url, init });
    const type = status === 200 ? 'application/json' : 'application/problem+json';
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });
  }) as typeof fetch;
  return { calls, doFetch };
}

const problem = (status: number, code: string, extra: object = {}) => ({
  status,
  code,
  title: code,
  ...extra,
});

describe('readCard', () => {
  it('sends the PIN to the bridge alone, as JSON, and returns the card data', async () => {
    const { calls, doFetch } = bridge(200, PERSON);
    await expect(readCard('http://127.0.0.1:47111', '1234', doFetch)).resolves.toEqual({
      outcome: 'read',
      person: PERSON,
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.url).toBe('http://127.0.0.1:47111/read');
    expect(calls[0]!.init?.method).toBe('POST');
    expect(JSON.parse(String(calls[0]!.init?.body))).toEqual({ pin: '1234' });
    expect(calls[0]!.init?.credentials).toBe('omit');
  });

  it('lets the resident try again after a wrong PIN, with the tries left', async () => {
    const { doFetch } = bridge(403, problem(403, 'pin_wrong', { triesLeft: 2 }));
    await expect(readCard(DEFAULT_BRIDGE_URL, '0000', doFetch)).resolves.toEqual({
      outcome: 'pin_wrong',
      triesLeft: 2,
    });
  });

  it('treats the wrong PIN that used up the last try as a locked card', async () => {
    const { doFetch } = bridge(403, problem(403, 'pin_wrong', { triesLeft: 0 }));
    await expect(readCard(DEFAULT_BRIDGE_URL, '0000', doFetch)).resolves.toEqual({
      outcome: 'failed',
      failure: 'pin_blocked',
    });
  });

  it('passes the card failures staff need to know about', async () => {
    for (const [status, code] of [
      [423, 'pin_blocked'],
      [409, 'no_card'],
      [422, 'not_a_my_number_card'],
      [502, 'read_failed'],
      [503, 'reader_unavailable'],
    ] as const) {
      const { doFetch } = bridge(status, problem(status, code));
      await expect(readCard(DEFAULT_BRIDGE_URL, '1234', doFetch)).resolves.toEqual({
        outcome: 'failed',
        failure: code,
      });
    }
  });

  it('counts a bridge that refuses this page, or that is not there, as no reader', async () => {
    const refused = bridge(403, problem(403, 'origin_not_allowed'));
    await expect(readCard(DEFAULT_BRIDGE_URL, '1234', refused.doFetch)).resolves.toEqual({
      outcome: 'failed',
      failure: 'reader_unavailable',
    });
    const unreachable = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    await expect(readCard(DEFAULT_BRIDGE_URL, '1234', unreachable)).resolves.toEqual({
      outcome: 'failed',
      failure: 'reader_unavailable',
    });
  });

  it('reports card data that does not fit the contract as a failed reading', async () => {
    const { doFetch } = bridge(200, { ...PERSON, birthDate: '昭和60年' });
    await expect(readCard(DEFAULT_BRIDGE_URL, '1234', doFetch)).resolves.toEqual({
      outcome: 'failed',
      failure: 'read_failed',
    });
  });

  it('asks for four digits again when the bridge says the PIN is malformed', async () => {
    const { doFetch } = bridge(400, problem(400, 'pin_format'));
    await expect(readCard(DEFAULT_BRIDGE_URL, '12a4', doFetch)).resolves.toEqual({ outcome: 'pin_format' });
  });
});

describe('bridgeUrlOf', () => {
  it('takes the bridge address from the enrolment link, without a trailing slash', () => {
    expect(bridgeUrlOf('http://192.168.10.4:47111/')).toBe('http://192.168.10.4:47111');
    expect(bridgeUrlOf(undefined)).toBe(DEFAULT_BRIDGE_URL);
  });

  it('falls back to the default for what is not an http address', () => {
    expect(bridgeUrlOf('javascript:alert(1)')).toBe(DEFAULT_BRIDGE_URL);
    expect(bridgeUrlOf('not a url')).toBe(DEFAULT_BRIDGE_URL);
  });
});
