import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type LifeEvent, LifeEventSchema, type Procedure, ProcedureSchema } from '@kakanai/contracts';
import { type Db, schema, writeTransaction } from '@kakanai/db';
import { normalizePostalCode, validateDefinition } from '@kakanai/domain';
import { asc, eq, sql } from 'drizzle-orm';
import { DomainError } from '../../domain-error.ts';

const { procedures, lifeEvents } = schema;

/** A JSON file's problems, each naming where: what an admin needs to fix it. */
export class CatalogImportError extends Error {
  readonly problems: string[];

  constructor(what: string, problems: string[]) {
    super(`${what} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogImportError';
    this.problems = problems;
  }
}

function zodProblems(error: { issues: { path: PropertyKey[]; message: string }[] }): string[] {
  return error.issues.map((i) => `${i.path.map(String).join('.') || '(top)'}: ${i.message}`);
}

/** Checks a procedure JSON: the meta-schema first, then what it can't say (ids, conditions, options). */
export function parseProcedure(json: unknown, source = 'procedure'): Procedure {
  const parsed = ProcedureSchema.safeParse(json);
  if (!parsed.success) throw new CatalogImportError(source, zodProblems(parsed.error));
  const problems = validateDefinition(parsed.data.definition).map(
    (p) => `definition.${p.path}: ${p.message}`,
  );
  if (problems.length > 0) throw new CatalogImportError(`${source} (${parsed.data.id})`, problems);
  return parsed.data;
}

/** Checks the life-event guide against the procedures it may name. */
export function parseLifeEvents(
  json: unknown,
  knownProcedures: ReadonlySet<string>,
  source = 'life events',
): LifeEvent[] {
  const parsed = LifeEventSchema.array().safeParse((json as { lifeEvents?: unknown })?.lifeEvents ?? json);
  if (!parsed.success) throw new CatalogImportError(source, zodProblems(parsed.error));
  const problems: string[] = [];
  for (const [i, event] of parsed.data.entries()) {
    for (const [j, rule] of event.rules.entries()) {
      for (const id of rule.procedures) {
        if (!knownProcedures.has(id))
          problems.push(`[${i}](${event.id}).rules[${j}]: unknown procedure "${id}"`);
      }
    }
  }
  if (problems.length > 0) throw new CatalogImportError(source, problems);
  return parsed.data;
}

const PREFECTURES = [
  '',
  '北海道',
  '青森県',
  '岩手県',
  '宮城県',
  '秋田県',
  '山形県',
  '福島県',
  '茨城県',
  '栃木県',
  '群馬県',
  '埼玉県',
  '千葉県',
  '東京都',
  '神奈川県',
  '新潟県',
  '富山県',
  '石川県',
  '福井県',
  '山梨県',
  '長野県',
  '岐阜県',
  '静岡県',
  '愛知県',
  '三重県',
  '滋賀県',
  '京都府',
  '大阪府',
  '兵庫県',
  '奈良県',
  '和歌山県',
  '鳥取県',
  '島根県',
  '岡山県',
  '広島県',
  '山口県',
  '徳島県',
  '香川県',
  '愛媛県',
  '高知県',
  '福岡県',
  '佐賀県',
  '長崎県',
  '熊本県',
  '大分県',
  '宮崎県',
  '鹿児島県',
  '沖縄県',
];

// The offline postal data of the japan-postal-code package: one JSONP file per 3-digit prefix.
const postalDataDir = join(
  dirname(createRequire(import.meta.url).resolve('japan-postal-code/package.json')),
  'zipdata',
);

export function createProcedureCatalog(db: Db) {
  const byId = db
    .select()
    .from(procedures)
    .where(eq(procedures.id, sql.placeholder('id')))
    .prepare();
  const postalFiles = new Map<string, Record<string, [number, string, string, string?]>>();

  function postalFile(prefix: string) {
    let data = postalFiles.get(prefix);
    if (!data) {
      try {
        const text = readFileSync(join(postalDataDir, `zip-${prefix}.js`), 'utf8');
        data = JSON.parse(text.slice(text.indexOf('(') + 1, text.lastIndexOf(')')));
      } catch {
        data = {};
      }
      postalFiles.set(prefix, data!);
    }
    return data!;
  }

  return {
    list(): Procedure[] {
      return db
        .select()
        .from(procedures)
        .orderBy(asc(procedures.sortOrder), asc(procedures.id))
        .all()
        .map((row) => row.data as unknown as Procedure);
    },

    get(id: string): Procedure {
      const row = byId.get({ id });
      if (!row) throw new DomainError('procedure_not_found', id);
      return row.data as unknown as Procedure;
    },

    lifeEvents(): LifeEvent[] {
      return db
        .select()
        .from(lifeEvents)
        .orderBy(asc(lifeEvents.sortOrder))
        .all()
        .map((row) => row.data as unknown as LifeEvent);
    },

    /** Adds or replaces a procedure after validating it; returns whether it was new. */
    importProcedure(json: unknown, now: Date, source?: string): { procedure: Procedure; created: boolean } {
      const procedure = parseProcedure(json, source);
      return writeTransaction(db, (tx) => {
        const existing = tx
          .select({ id: procedures.id })
          .from(procedures)
          .where(eq(procedures.id, procedure.id))
          .get();
        const count = tx.select({ n: sql<number>`count(*)` }).from(procedures).get()?.n ?? 0;
        const values = {
          id: procedure.id,
          serviceCode: procedure.serviceCode,
          version: procedure.definition.version,
          data: procedure as unknown as Record<string, unknown>,
          updatedAt: now,
        };
        tx.insert(procedures)
          .values({ ...values, sortOrder: count })
          .onConflictDoUpdate({ target: procedures.id, set: values })
          .run();
        return { procedure, created: !existing };
      });
    },

    /** Replaces the whole guide after checking every procedure it names exists. */
    importLifeEvents(json: unknown, now: Date, source?: string): LifeEvent[] {
      const known = new Set(
        db
          .select({ id: procedures.id })
          .from(procedures)
          .all()
          .map((p) => p.id),
      );
      const events = parseLifeEvents(json, known, source);
      writeTransaction(db, (tx) => {
        tx.delete(lifeEvents).run();
        tx.insert(lifeEvents)
          .values(
            events.map((e, i) => ({
              id: e.id,
              data: e as unknown as Record<string, unknown>,
              sortOrder: i,
              updatedAt: now,
            })),
          )
          .run();
      });
      return events;
    },

    /** Addresses for a postal code, from offline data (no network). */
    postalLookup(input: string) {
      const code = normalizePostalCode(input);
      if (!code) throw new DomainError('validation_failed', 'a postal code has 7 digits');
      const digits = code.replace('-', '');
      const entry = postalFile(digits.slice(0, 3))[digits];
      if (!entry) return [];
      const [prefecture, city, town] = entry;
      return [{ postalCode: code, prefecture: PREFECTURES[prefecture] ?? '', city, town }];
    },
  };
}

export type ProcedureCatalog = ReturnType<typeof createProcedureCatalog>;

/** The demo city's catalog shipped in db/catalog: every procedure file, then the guide. */
export function importCatalogFolder(catalog: ProcedureCatalog, folder: string, now: Date) {
  const dir = join(folder, 'procedures');
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  for (const file of files) {
    catalog.importProcedure(JSON.parse(readFileSync(join(dir, file), 'utf8')), now, file);
  }
  const events = catalog.importLifeEvents(
    JSON.parse(readFileSync(join(folder, 'life-events.json'), 'utf8')),
    now,
    'life-events.json',
  );
  return { procedures: files.length, lifeEvents: events.length };
}
