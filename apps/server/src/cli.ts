import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { RoleSchema } from '@kakanai/contracts';
import { closeDatabase, openDatabase, schema } from '@kakanai/db';
import { eq } from 'drizzle-orm';
import { systemClock } from './clock.ts';
import { loadConfig } from './config.ts';
import { DEMO_PASSWORD, seedDemo } from './modules/admin/service.ts';
import { createAuthService, type DeviceKind } from './modules/auth/service.ts';
import { CatalogImportError, createProcedureCatalog, parseProcedure } from './modules/catalog/procedures.ts';
import { createCatalogService } from './modules/catalog/service.ts';
import { simulateHistory } from './modules/stats/simulator.ts';

const USAGE = `Usage: pnpm kakanai <command>

  migrate                                   apply pending database migrations
  seed-demo                                 seed the demo city さくら台市 into an empty database
  user add --username U --role R --office O [--office O2] [--name N] [--password P]
                                            add a staff account (role: staff, manager, admin);
                                            asks for the password when --password is not given
  device add --office O --kind K --name N [--window W]
                                            enrol a kiosk, counter-tablet (with the --window it
                                            stands at) or display and print its token (shown once)
  procedure import FILE.json [FILE2.json …] add or update procedures and their forms; each file
                                            is checked first and nothing is saved if one is wrong
  life-events import FILE.json              replace the life-event guide (手続きナビ)
  simulate --days N [--seed S] [--office O] [--visits-per-day V]
                                            fill the N days before today with simulated counter
                                            history (seeded: the same seed gives the same history;
                                            days that already have tickets are left alone) and
                                            roll them up for the manager dashboard; V is the
                                            city-wide level on an ordinary weekday (default: what
                                            the offices' windows serve comfortably)

The database is DATABASE_PATH (default ./data/kakanai.sqlite).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

/** Reads a password from the terminal without echoing it. */
async function promptPassword(question: string): Promise<string> {
  const muted = new Writable({ write: (_chunk, _encoding, done) => done() });
  process.stdout.write(question);
  const rl = createInterface({ input: process.stdin, output: muted, terminal: process.stdin.isTTY });
  const answer = await new Promise<string>((resolve) => rl.question('', resolve));
  rl.close();
  process.stdout.write('\n');
  return answer;
}

const [command, sub, ...rest] = process.argv.slice(2);
const config = loadConfig();
const db = openDatabase({ path: config.databasePath });
const auth = createAuthService(db);
const now = systemClock.now();

try {
  if (command === 'migrate') {
    // openDatabase has applied the migrations.
    process.stdout.write(`Database is up to date: ${config.databasePath}\n`);
  } else if (command === 'seed-demo') {
    const seeded = await seedDemo(db, auth, now);
    process.stdout.write(
      seeded
        ? `Seeded さくら台市. Staff sign in as staff, manager or admin with password "${DEMO_PASSWORD}".\n`
        : 'The database already has offices; nothing seeded.\n',
    );
  } else if (command === 'user' && sub === 'add') {
    const { values } = parseArgs({
      args: rest,
      options: {
        username: { type: 'string' },
        role: { type: 'string' },
        office: { type: 'string', multiple: true },
        name: { type: 'string' },
        password: { type: 'string' },
      },
    });
    if (!values.username) fail('--username is required');
    const role = RoleSchema.safeParse(values.role);
    if (!role.success) fail('--role must be staff, manager or admin');
    if (!values.office?.length) fail('--office is required');
    let password = values.password;
    if (password === undefined) {
      password = await promptPassword('Password (10 characters or more): ');
      if (password !== (await promptPassword('Again: '))) fail('The passwords differ.');
    }
    await auth.createUser(
      {
        username: values.username,
        displayName: values.name,
        role: role.data,
        officeIds: values.office,
        password,
      },
      now,
    );
    process.stdout.write(`Added ${role.data} ${values.username} for ${values.office.join(', ')}.\n`);
  } else if (command === 'device' && sub === 'add') {
    const { values } = parseArgs({
      args: rest,
      options: {
        office: { type: 'string' },
        kind: { type: 'string' },
        name: { type: 'string' },
        window: { type: 'string' },
      },
    });
    const kinds: DeviceKind[] = ['kiosk', 'counter-tablet', 'display'];
    if (!values.office || !values.name) fail('--office and --name are required');
    if (!kinds.includes(values.kind as DeviceKind)) fail('--kind must be kiosk, counter-tablet or display');
    if (values.kind === 'counter-tablet') {
      // A counter tablet shows the applications of one window: which one is part of enrolling it.
      const window = values.window
        ? db.select().from(schema.windows).where(eq(schema.windows.id, values.window)).get()
        : undefined;
      if (!window || window.officeId !== values.office)
        fail(`--window must name a window of office ${values.office} for a counter tablet`);
    }
    const device = auth.createDevice(
      {
        officeId: values.office,
        kind: values.kind as DeviceKind,
        name: values.name,
        windowId: values.window,
      },
      now,
    );
    process.stdout.write(
      `Enrolled ${values.kind} "${values.name}" (${device.id}).\nToken (shown once): ${device.token}\n`,
    );
  } else if (command === 'procedure' && sub === 'import') {
    if (rest.length === 0) fail('Name one or more JSON files.');
    const catalog = createProcedureCatalog(db);
    // Check every file before saving any, so a batch either lands whole or not at all.
    const parsed = rest.map((file) => ({ file, json: JSON.parse(readFileSync(file, 'utf8')) as unknown }));
    for (const { file, json } of parsed) parseProcedure(json, file);
    for (const { file, json } of parsed) {
      const { procedure, created } = catalog.importProcedure(json, now, file);
      process.stdout.write(
        `${created ? 'Added' : 'Updated'} ${procedure.id} (${procedure.name.ja}, version ${procedure.definition.version}).\n`,
      );
    }
  } else if (command === 'life-events' && sub === 'import') {
    if (rest.length !== 1) fail('Name one JSON file.');
    const events = createProcedureCatalog(db).importLifeEvents(
      JSON.parse(readFileSync(rest[0]!, 'utf8')),
      now,
      rest[0],
    );
    process.stdout.write(`Imported ${events.length} life events.\n`);
  } else if (command === 'simulate') {
    const { values } = parseArgs({
      args: [sub, ...rest].filter((arg): arg is string => arg !== undefined),
      options: {
        days: { type: 'string' },
        seed: { type: 'string' },
        office: { type: 'string', multiple: true },
        'visits-per-day': { type: 'string' },
      },
    });
    const days = Number(values.days);
    const seed = values.seed === undefined ? 42 : Number(values.seed);
    const visitsPerDay =
      values['visits-per-day'] === undefined ? undefined : Number(values['visits-per-day']);
    if (!Number.isInteger(days) || days < 1 || days > 3660)
      fail('--days must be a whole number from 1 to 3660');
    if (!Number.isInteger(seed)) fail('--seed must be a whole number');
    if (visitsPerDay !== undefined && !(visitsPerDay > 0)) fail('--visits-per-day must be a positive number');
    const catalog = createCatalogService(db);
    const offices = catalog.listOffices().map((o) => o.id);
    for (const office of values.office ?? []) {
      if (!offices.includes(office)) fail(`No office "${office}"; the offices are ${offices.join(', ')}.`);
    }
    const started = performance.now();
    let lastReport = started;
    const result = simulateHistory(db, catalog, {
      days,
      now,
      seed,
      officeIds: values.office,
      visitsPerDay,
      onDay(officeId, date) {
        if (performance.now() - lastReport < 2000) return;
        lastReport = performance.now();
        process.stdout.write(`  … ${officeId} ${date}\n`);
      },
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Simulated ${result.tickets} visits (${result.segments} queue visits) on ${result.officeDays} office-days in ${seconds} s` +
        `${result.skippedDays > 0 ? `; left ${result.skippedDays} office-days that already had tickets` : ''}.\n`,
    );
  } else {
    fail(command ? `Unknown command: ${[command, sub].filter(Boolean).join(' ')}` : 'No command given.');
  }
} catch (error) {
  // A catalog problem lists every field to fix; other errors say what went wrong in one line.
  if (error instanceof CatalogImportError || error instanceof SyntaxError)
    process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  closeDatabase(db);
}
