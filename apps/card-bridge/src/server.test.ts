import { request as httpRequest } from 'node:http';
import { DEMO_CARD_PERSON, SimulatedMyNumberCard } from '@kakanai/domain';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CardReader, simulatedReader, unavailableReader } from './card-reader.ts';
import { openPcscReader } from './pcsc-reader.ts';
import { type RunningBridge, startBridge } from './server.ts';

const CONSOLE = 'http://127.0.0.1:3000';
// Once a counter PC installs the optional package, its "not installed" explanation cannot be tested.
const pcscliteInstalled = await import('pcsclite' as string).then(
  () => true,
  () => false,
);

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

function send(
  bridge: RunningBridge,
  method: string,
  path: string,
  options: { body?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers = { Host: `127.0.0.1:${bridge.port}`, Origin: CONSOLE, ...options.headers };
    const outgoing = httpRequest(
      { host: '127.0.0.1', port: bridge.port, method, path, headers, agent: false },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => {
          text += chunk;
        });
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: text ? JSON.parse(text) : undefined,
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

function postRead(bridge: RunningBridge, pin: unknown, headers: Record<string, string> = {}) {
  return send(bridge, 'POST', '/read', {
    body: JSON.stringify({ pin }),
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

/** Whether a command would reach the 個人番号: a SELECT of EF 00 01, or a READ BINARY by short file id 1. */
function reachesMyNumber(command: Uint8Array): boolean {
  if (command[1] === 0xa4) return command.at(-2) === 0x00 && command.at(-1) === 0x01;
  return command[1] === 0xb0 && ((command[2] ?? 0) & 0x9f) === 0x81;
}

describe('the card bridge with a simulated card', () => {
  let card: SimulatedMyNumberCard;
  let sent: Uint8Array[];
  let logLines: string[];
  let bridge: RunningBridge;

  beforeEach(async () => {
    card = new SimulatedMyNumberCard();
    // The bridge empties the card's own log after each session, so keep a copy of every command.
    // Each answer also waits a turn of the event loop, as a real reader's does, so that
    // concurrent requests could interleave if the bridge let them.
    sent = [];
    const transmit = card.transmit.bind(card);
    vi.spyOn(card, 'transmit').mockImplementation(async (command) => {
      sent.push(command.slice());
      await new Promise((resolve) => setImmediate(resolve));
      return transmit(command);
    });
    logLines = [];
    bridge = await startBridge({
      reader: simulatedReader(card),
      port: 0,
      allowedOrigins: [CONSOLE],
      log: (line) => logLines.push(line),
    });
  });

  afterEach(async () => {
    await bridge.close();
    expect(sent.filter(reachesMyNumber)).toEqual([]);
    for (const line of logLines)
      expect(line).toMatch(/^(GET|POST|OPTIONS|PUT) (\/status|\/read|-) \d{3} \d+ms$/);
  });

  it('reports the reader, the card and the tries left', async () => {
    const reply = await send(bridge, 'GET', '/status');
    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ reader: 'simulated', card: true, pinTriesLeft: 3 });
    expect(reply.headers['access-control-allow-origin']).toBe(CONSOLE);
    expect(reply.headers['cache-control']).toBe('no-store');
  });

  it('reads the card with the right PIN, and keeps neither the PIN nor the data in its log', async () => {
    const reply = await postRead(bridge, '1234');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(reply.body).toEqual(DEMO_CARD_PERSON);
    expect(card.log).toEqual([]);
    expect(logLines).toEqual([expect.stringMatching(/^POST \/read 200 /)]);
    expect(logLines.join('\n')).not.toMatch(/1234|山田|さくら台|1985/);
  });

  it('says how many tries are left after a wrong PIN, and blocks after three', async () => {
    const first = await postRead(bridge, '0000');
    expect(first.status).toBe(403);
    expect(first.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(first.body).toMatchObject({ status: 403, code: 'pin_wrong', triesLeft: 2 });
    expect((await send(bridge, 'GET', '/status')).body).toMatchObject({ pinTriesLeft: 2 });

    expect((await postRead(bridge, '1111')).body).toMatchObject({ code: 'pin_wrong', triesLeft: 1 });
    const third = await postRead(bridge, '2222');
    expect(third.status).toBe(423);
    expect(third.body).toMatchObject({ code: 'pin_blocked', triesLeft: 0 });
    expect((await postRead(bridge, '1234')).body).toMatchObject({ code: 'pin_blocked' });
    expect(logLines.join('\n')).not.toMatch(/0000|1111|2222|1234/);
  });

  it('refuses a malformed PIN or body without touching the card', async () => {
    expect((await postRead(bridge, '12a4')).body).toMatchObject({ status: 400, code: 'pin_format' });
    expect((await postRead(bridge, 1234)).body).toMatchObject({ status: 400, code: 'validation_failed' });
    const notJson = await send(bridge, 'POST', '/read', {
      body: '{"pin":"1234"',
      headers: { 'Content-Type': 'application/json' },
    });
    expect(notJson.body).toMatchObject({ status: 400, code: 'malformed_json' });
    const plainText = await send(bridge, 'POST', '/read', {
      body: '{"pin":"1234"}',
      headers: { 'Content-Type': 'text/plain' },
    });
    expect(plainText.body).toMatchObject({ status: 415, code: 'unsupported_media_type' });
    const huge = await send(bridge, 'POST', '/read', {
      body: JSON.stringify({ pin: '1234', padding: 'x'.repeat(5000) }),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(huge.body).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(sent).toEqual([]);
  });

  it('answers the preflight of an allowed origin', async () => {
    const reply = await send(bridge, 'OPTIONS', '/read', {
      headers: {
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type',
        'Access-Control-Request-Private-Network': 'true',
      },
    });
    expect(reply.status).toBe(204);
    expect(reply.headers).toMatchObject({
      'access-control-allow-origin': CONSOLE,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'Content-Type',
      'access-control-allow-private-network': 'true',
    });
  });

  it('refuses other origins and other host names before the card hears anything', async () => {
    const evil = { Origin: 'https://evil.example' };
    const preflight = await send(bridge, 'OPTIONS', '/read', { headers: evil });
    expect(preflight.status).toBe(403);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    const readReply = await postRead(bridge, '0000', evil);
    expect(readReply.body).toMatchObject({ status: 403, code: 'origin_not_allowed' });
    expect((await send(bridge, 'GET', '/status', { headers: evil })).status).toBe(403);
    // DNS rebinding: a foreign name that resolves to 127.0.0.1 makes the page "same-origin".
    const rebound = await postRead(bridge, '0000', { Host: `evil.example:${bridge.port}`, Origin: '' });
    expect(rebound.body).toMatchObject({ status: 403, code: 'host_not_allowed' });
    expect(sent).toEqual([]);
    expect((await send(bridge, 'GET', '/status')).body).toMatchObject({ pinTriesLeft: 3 });
  });

  it('serves only its two routes, and logs an unknown path without repeating it', async () => {
    expect((await send(bridge, 'GET', '/read')).body).toMatchObject({
      status: 405,
      code: 'method_not_allowed',
    });
    expect((await send(bridge, 'PUT', '/status')).status).toBe(405);
    expect((await send(bridge, 'GET', '/read/1234')).body).toMatchObject({ status: 404, code: 'not_found' });
    expect(logLines.at(-1)).toMatch(/^GET - 404 /);
  });

  it('says when the card is off the reader', async () => {
    card.remove();
    expect((await send(bridge, 'GET', '/status')).body).toEqual({ reader: 'simulated', card: false });
    const reply = await postRead(bridge, '1234');
    expect(reply.status).toBe(409);
    expect(reply.body).toMatchObject({ code: 'no_card' });
  });

  it('reads one card for one request at a time', async () => {
    const replies = await Promise.all([
      postRead(bridge, '1234'),
      postRead(bridge, '0000'),
      postRead(bridge, '1234'),
    ]);
    // Interleaved, one read's SELECT would undo another's VERIFY and both would fail.
    expect(replies.map(({ status }) => status).sort()).toEqual([200, 200, 403]);
  });
});

describe('the card bridge without a reader', () => {
  let bridge: RunningBridge;
  let reader: CardReader;

  afterEach(async () => {
    await bridge.close();
    await reader.close();
  });

  it('says the reader is unavailable', async () => {
    reader = unavailableReader('no PC/SC card reader is connected');
    bridge = await startBridge({ reader, port: 0, allowedOrigins: [CONSOLE] });
    expect((await send(bridge, 'GET', '/status')).body).toEqual({ reader: 'none', card: false });
    const reply = await postRead(bridge, '1234');
    expect(reply.status).toBe(503);
    expect(reply.body).toMatchObject({ code: 'reader_unavailable' });
  });

  it.skipIf(pcscliteInstalled)('explains that PC/SC needs the optional pcsclite package', async () => {
    reader = await openPcscReader(() => undefined);
    expect(reader.kind).toBe('none');
    expect(reader.unavailableReason).toMatch(/pcsclite.*not installed.*--simulate/);
    bridge = await startBridge({ reader, port: 0, allowedOrigins: [CONSOLE] });
    expect((await send(bridge, 'GET', '/status')).body).toEqual({ reader: 'none', card: false });
  });
});
