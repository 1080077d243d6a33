import { parseArgs } from 'node:util';
import type { BasicFourInfo, SimulatedCardOptions } from '@kakanai/domain';

/** The port the console looks for the bridge on. */
export const DEFAULT_PORT = 47111;

/** The demo's own origins: the console as `pnpm start` serves it. */
export const DEFAULT_ALLOWED_ORIGINS = ['http://127.0.0.1:3000', 'http://localhost:3000'];

/** The bridge's command line, understood. */
export interface BridgeOptions {
  help: boolean;
  port: number;
  allowOrigins: string[];
  simulate: boolean;
  /** The simulated card; only with --simulate. */
  card: SimulatedCardOptions;
}

/** A command line the bridge cannot run with; the message says what to fix. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What `--help` prints. */
export const USAGE = `Usage: node --import tsx apps/card-bridge/src/main.ts [options]

Serves the My Number card reader to the counter console on http://127.0.0.1:<port>.

  --simulate                 serve a simulated card instead of a PC/SC reader
  --port <n>                 port on 127.0.0.1 (default ${DEFAULT_PORT}; 0 picks a free one)
  --allow-origin <origin>    an origin whose pages may call the bridge; repeat for more
                             (default ${DEFAULT_ALLOWED_ORIGINS.join(' and ')})
  --help                     show this

The simulated card (only with --simulate; the defaults are the demo resident):
  --pin <4 digits>           its PIN (default 1234)
  --tries-left <0-3>         PIN tries left (default 3; 0 is a blocked card)
  --name <text>              氏名, family and given name separated by a full-width space
  --address <text>           住所
  --birth-date <YYYY-MM-DD>  生年月日
  --sex <male|female|unspecified>`;

const CARD_FLAGS = ['pin', 'tries-left', 'name', 'address', 'birth-date', 'sex'] as const;

/** Reads the bridge's arguments; throws UsageError for anything it cannot run with. */
export function parseBridgeArgs(args: string[]): BridgeOptions {
  let values: ReturnType<typeof parse>['values'];
  try {
    ({ values } = parse(args));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const simulate = values.simulate ?? false;
  const cardFlag = CARD_FLAGS.find((flag) => values[flag] !== undefined);
  if (cardFlag && !simulate) {
    throw new UsageError(`--${cardFlag} describes the simulated card: add --simulate`);
  }

  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port is 0–65535');

  const allowOrigins = values['allow-origin'] ?? DEFAULT_ALLOWED_ORIGINS;
  for (const origin of allowOrigins) {
    // Browsers send the Origin header in exactly this form, so anything else would never match.
    if (!isOrigin(origin)) {
      throw new UsageError(`--allow-origin ${origin} is not an origin like http://127.0.0.1:3000`);
    }
  }

  const card: SimulatedCardOptions = {};
  if (values.pin !== undefined) {
    if (!/^[0-9]{4}$/.test(values.pin)) throw new UsageError('--pin is 4 digits');
    card.pin = values.pin;
  }
  if (values['tries-left'] !== undefined) {
    const triesLeft = Number(values['tries-left']);
    if (!Number.isInteger(triesLeft) || triesLeft < 0 || triesLeft > 3) {
      throw new UsageError('--tries-left is 0–3');
    }
    card.triesLeft = triesLeft;
  }
  const person: Partial<BasicFourInfo> = {};
  if (values.name !== undefined) person.name = values.name;
  if (values.address !== undefined) person.address = values.address;
  if (values['birth-date'] !== undefined) {
    if (!/^[0-9]{4}-[0-9]{2}-[0-9]{2}$/.test(values['birth-date'])) {
      throw new UsageError('--birth-date is YYYY-MM-DD');
    }
    person.birthDate = values['birth-date'];
  }
  if (values.sex !== undefined) {
    if (values.sex !== 'male' && values.sex !== 'female' && values.sex !== 'unspecified') {
      throw new UsageError('--sex is male, female or unspecified');
    }
    person.sex = values.sex;
  }
  if (Object.keys(person).length > 0) card.person = person;

  return { help: values.help ?? false, port, allowOrigins, simulate, card };
}

function parse(args: string[]) {
  return parseArgs({
    args,
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean' },
      simulate: { type: 'boolean' },
      port: { type: 'string' },
      'allow-origin': { type: 'string', multiple: true },
      pin: { type: 'string' },
      'tries-left': { type: 'string' },
      name: { type: 'string' },
      address: { type: 'string' },
      'birth-date': { type: 'string' },
      sex: { type: 'string' },
    },
  });
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}
