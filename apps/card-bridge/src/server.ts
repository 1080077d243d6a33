// The bridge's HTTP side: two routes on 127.0.0.1 for the counter console in the browser.
//
// A web page can reach localhost, so the bridge must decide which pages may use it. It answers
// only requests whose Origin is on the allow-list (or that carry none, which browsers always
// send cross-origin, so those come from programs on this PC), only requests addressed to its
// own host name (against DNS rebinding), and reads only JSON bodies (which forces a CORS
// preflight, so a foreign page cannot even spend one of the resident's PIN tries).

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CardError, type CardErrorCode, pinTriesLeft, readBasicFour } from '@kakanai/domain';
import type { CardReader } from './card-reader.ts';

/** What the bridge serves and whom it serves. */
export interface BridgeServerOptions {
  reader: CardReader;
  /** Exact origins, like 'http://127.0.0.1:3000', whose pages may call the bridge. */
  allowedOrigins: readonly string[];
  /** Receives one line per request: method, route, status and time, and nothing the resident said or the card gave. */
  log?: (line: string) => void;
}

/** A bridge that is listening. */
export interface RunningBridge {
  url: string;
  port: number;
  close(): Promise<void>;
}

type BridgeProblemCode =
  | CardErrorCode
  | 'validation_failed'
  | 'malformed_json'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'origin_not_allowed'
  | 'host_not_allowed'
  | 'not_found'
  | 'method_not_allowed'
  | 'reader_unavailable'
  | 'internal_error';

const STATUS: Record<BridgeProblemCode, number> = {
  pin_format: 400,
  validation_failed: 400,
  malformed_json: 400,
  pin_wrong: 403,
  origin_not_allowed: 403,
  host_not_allowed: 403,
  not_found: 404,
  method_not_allowed: 405,
  no_card: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  not_a_my_number_card: 422,
  pin_blocked: 423,
  internal_error: 500,
  // The card or the reader failed, not the request: a gateway's error, not the client's.
  read_failed: 502,
  reader_unavailable: 503,
};

// Titles are for developers; the console translates `code` for staff and residents.
const TITLES: Partial<Record<BridgeProblemCode, string>> = {
  pin_format: 'The PIN is four digits',
  pin_wrong: 'The PIN is wrong',
  pin_blocked: 'The PIN is blocked; the card must be reset at the city office',
  no_card: 'No card on the reader',
  not_a_my_number_card: 'The card is not a My Number card',
  read_failed: 'The card could not be read; try again',
  reader_unavailable: 'No card reader is available',
};

const ROUTES = { '/status': 'GET', '/read': 'POST' } as const;
type Route = keyof typeof ROUTES;
const MAX_BODY = 1024;

/** The bridge's HTTP server, not yet listening. */
export function createBridgeServer(options: BridgeServerOptions): Server {
  const log = options.log ?? (() => undefined);
  const allowedOrigins = new Set(options.allowedOrigins);
  const server = createServer((request, response) => {
    const started = performance.now();
    const path = (request.url ?? '').split('?')[0] ?? '';
    // Unknown paths are logged as '-': a path is whatever the client typed, PIN included.
    const route = Object.hasOwn(ROUTES, path) ? (path as Route) : undefined;
    response.on('finish', () => {
      const ms = Math.round(performance.now() - started);
      log(`${request.method ?? '-'} ${route ?? '-'} ${response.statusCode} ${ms}ms`);
    });
    const port = (server.address() as AddressInfo).port;
    handle(request, response, { ...options, allowedOrigins, route, port }).catch((error: unknown) => {
      log(`internal error: ${error instanceof Error ? error.name : typeof error}`);
      if (!response.headersSent) sendProblem(response, 'internal_error');
      else response.destroy();
    });
  });
  return server;
}

/** Starts the bridge on 127.0.0.1 at `port` (0 picks a free one). */
export async function startBridge(options: BridgeServerOptions & { port: number }): Promise<RunningBridge> {
  const server = createBridgeServer(options);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

interface RequestContext {
  reader: CardReader;
  allowedOrigins: ReadonlySet<string>;
  route: Route | undefined;
  port: number;
}

async function handle(request: IncomingMessage, response: ServerResponse, context: RequestContext) {
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Vary', 'Origin');

  const host = request.headers.host;
  if (host !== `127.0.0.1:${context.port}` && host !== `localhost:${context.port}`) {
    return sendProblem(response, 'host_not_allowed');
  }
  const origin = request.headers.origin;
  if (origin !== undefined) {
    if (!context.allowedOrigins.has(origin)) return sendProblem(response, 'origin_not_allowed');
    response.setHeader('Access-Control-Allow-Origin', origin);
  }

  const { route } = context;
  if (!route) return sendProblem(response, 'not_found');
  if (request.method === 'OPTIONS') return answerPreflight(request, response, route);
  if (request.method !== ROUTES[route]) {
    response.setHeader('Allow', `${ROUTES[route]}, OPTIONS`);
    return sendProblem(response, 'method_not_allowed');
  }
  if (route === '/status') return sendJson(response, 200, await status(context.reader));
  return read(request, response, context.reader);
}

function answerPreflight(request: IncomingMessage, response: ServerResponse, route: Route) {
  response.setHeader('Access-Control-Allow-Methods', ROUTES[route]);
  response.setHeader('Access-Control-Allow-Headers', 'Content-Type');
  response.setHeader('Access-Control-Max-Age', '600');
  // Chrome asks before a public page reaches localhost (Private Network Access); the console may
  // be served from the city's server while the bridge runs on the counter PC.
  if (request.headers['access-control-request-private-network'] === 'true') {
    response.setHeader('Access-Control-Allow-Private-Network', 'true');
  }
  response.writeHead(204).end();
}

async function status(reader: CardReader) {
  if (reader.kind === 'none') return { reader: reader.kind, card: false };
  if (!(await reader.cardPresent())) return { reader: reader.kind, card: false };
  try {
    return { reader: reader.kind, card: true, pinTriesLeft: await reader.withCard(pinTriesLeft) };
  } catch (error) {
    if (!(error instanceof CardError)) throw error;
    // A card that is not a My Number card is still a card; only the count is unknown.
    return { reader: reader.kind, card: error.code !== 'no_card' };
  }
}

async function read(request: IncomingMessage, response: ServerResponse, reader: CardReader) {
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'application/json') return sendProblem(response, 'unsupported_media_type');
  const body = await readBody(request);
  if (body === undefined) return sendProblem(response, 'payload_too_large');
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    // Never logged: the parser's message quotes the body, and the body holds the PIN.
    return sendProblem(response, 'malformed_json');
  }
  const pin = (parsed as { pin?: unknown } | null)?.pin;
  if (typeof pin !== 'string')
    return sendProblem(response, 'validation_failed', { detail: 'pin is a string' });
  if (reader.kind === 'none') return sendProblem(response, 'reader_unavailable');
  try {
    const { name, address, birthDate, sex } = await reader.withCard((transport) =>
      readBasicFour(transport, pin),
    );
    return sendJson(response, 200, { name, address, birthDate, sex });
  } catch (error) {
    if (!(error instanceof CardError)) throw error;
    return sendProblem(
      response,
      error.code,
      error.triesLeft === undefined ? {} : { triesLeft: error.triesLeft },
    );
  }
}

async function readBody(request: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    // Keep draining so the connection stays usable, but stop keeping what is past the limit.
    if (size <= MAX_BODY) chunks.push(chunk);
  }
  if (size > MAX_BODY) return undefined;
  const body = Buffer.concat(chunks);
  const text = body.toString('utf8');
  body.fill(0);
  return text;
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify(body));
}

function sendProblem(response: ServerResponse, code: BridgeProblemCode, extra: Record<string, unknown> = {}) {
  const status = STATUS[code];
  const problem = {
    type: `https://kakanai.example/problems/${code}`,
    title: TITLES[code] ?? code.replaceAll('_', ' '),
    status,
    code,
    ...extra,
  };
  response
    .writeHead(status, { 'Content-Type': 'application/problem+json; charset=utf-8' })
    .end(JSON.stringify(problem));
}
