import { resolve } from 'node:path';
import { z } from 'zod';

const flag = z
  .enum(['1', '0', 'true', 'false', 'yes', 'no', ''])
  .transform((value) => value === '1' || value === 'true' || value === 'yes');

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATABASE_PATH: z.string().default('./data/kakanai.sqlite'),
  DEMO_DATA: flag.default(false),
  PUBLIC_BASE_URL: z.url().optional(),
  CARD_BRIDGE_ORIGINS: z
    .string()
    .default('http://127.0.0.1:47111,http://localhost:47111')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ protocol: /^https?$/ }))),
  TRUST_PROXY: flag.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  BOOKING_RATE_LIMIT: positiveInt(20),
  LOOKUP_RATE_LIMIT: positiveInt(60),
  LOGIN_RATE_LIMIT: positiveInt(10),
  MAX_ACTIVE_RESERVATIONS_PER_CONTACT: positiveInt(3),
  CHECK_IN_EARLY_MINUTES: z.coerce.number().int().nonnegative().default(30),
  CHECK_IN_LATE_MINUTES: z.coerce.number().int().nonnegative().default(15),
  MAX_RECALLS: positiveInt(3),
  WALK_IN_CAP_MINUTES: positiveInt(30),
  DRAFT_VALID_DAYS: positiveInt(14),
  VISIT_RETENTION_DAYS: positiveInt(30),
  SERVICE_LEVEL_TARGET_MINUTES: positiveInt(15),
  SERVICE_LEVEL_TARGET_SHARE: z.coerce.number().gt(0).max(1).default(0.8),
  VISIT_BASELINE_MINUTES: positiveInt(60),
  CLOCK_START: z.iso.datetime({ offset: true }).optional(),
});

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  demoData: boolean;
  /** Where residents reach the server; links in QR codes and .ics files point here. */
  publicBaseUrl: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  /** Behind a reverse proxy, take the client address from X-Forwarded-For (for rate limits). */
  trustProxy: boolean;
  /** Session cookies get `Secure` when the public URL is HTTPS. */
  secureCookies: boolean;
  rateLimits: { bookingsPerMinute: number; lookupsPerMinute: number; loginsPerMinute: number };
  maxActiveReservationsPerContact: number;
  queue: {
    checkInWindow: { earlyMinutes: number; lateMinutes: number };
    maxRecalls: number;
    walkInCapMinutes: number;
  };
  /** How long a resident's pre-entered draft is kept (its personal data is deleted after). */
  draftValidDays: number;
  /** How long a visit's personal data (values, signatures) is kept after it was opened; its times stay for statistics. */
  visitRetentionDays: number;
  stats: {
    /** The service level counts residents called within this many minutes. */
    serviceLevelTargetMinutes: number;
    /** The share (0–1) of residents to call within the target; the forecast sizes windows for it. */
    serviceLevelTargetShare: number;
    /** The time a visit took before 書かない窓口 (issue → done), to compare against: the city aims to halve it. */
    visitBaselineMinutes: number;
  };
  /** Where counter tablets and consoles reach the card bridge: allowed by the pages' Content-Security-Policy. */
  cardBridgeOrigins: string[];
  /** Demos and browser tests only: the clock starts at this instant and runs on in real time. */
  clockStart: string | undefined;
}

/** Reads the configuration from the environment, once, at start-up. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const publicBaseUrl = (
    e.PUBLIC_BASE_URL ?? `http://${e.HOST === '0.0.0.0' ? 'localhost' : e.HOST}:${e.PORT}`
  ).replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH === ':memory:' ? e.DATABASE_PATH : resolve(e.DATABASE_PATH),
    demoData: e.DEMO_DATA,
    publicBaseUrl,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    secureCookies: publicBaseUrl.startsWith('https://'),
    cardBridgeOrigins: e.CARD_BRIDGE_ORIGINS.map((origin) => new URL(origin).origin),
    rateLimits: {
      bookingsPerMinute: e.BOOKING_RATE_LIMIT,
      lookupsPerMinute: e.LOOKUP_RATE_LIMIT,
      loginsPerMinute: e.LOGIN_RATE_LIMIT,
    },
    maxActiveReservationsPerContact: e.MAX_ACTIVE_RESERVATIONS_PER_CONTACT,
    queue: {
      checkInWindow: { earlyMinutes: e.CHECK_IN_EARLY_MINUTES, lateMinutes: e.CHECK_IN_LATE_MINUTES },
      maxRecalls: e.MAX_RECALLS,
      walkInCapMinutes: e.WALK_IN_CAP_MINUTES,
    },
    draftValidDays: e.DRAFT_VALID_DAYS,
    visitRetentionDays: e.VISIT_RETENTION_DAYS,
    stats: {
      serviceLevelTargetMinutes: e.SERVICE_LEVEL_TARGET_MINUTES,
      serviceLevelTargetShare: e.SERVICE_LEVEL_TARGET_SHARE,
      visitBaselineMinutes: e.VISIT_BASELINE_MINUTES,
    },
    clockStart: e.CLOCK_START,
  };
}

/** The configuration tests start from: everything as in production, nothing read from the environment. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return { ...loadConfig({}), databasePath: ':memory:', logLevel: 'silent', ...overrides };
}
