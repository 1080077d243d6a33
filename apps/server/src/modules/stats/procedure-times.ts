import type { ProcedureTimes } from '@kakanai/contracts';
import type { Db } from '@kakanai/db';
import { describeHistogram } from '@kakanai/domain';
import type { TicketSource } from './rollups.ts';

/**
 * Time per procedure from the visits table. One query groups the accepted applications of a range
 * by their list of procedures and one-minute bucket of their called → accepted time, so a year of
 * applications comes back as a few thousand rows whatever their number; each list is then counted
 * once in the total and once for each of its procedures. Grouping by the list as stored, rather
 * than unnesting it with json_each in SQL, keeps a year of a city's applications to one sort of
 * plain rows (about 2.5 times faster). See ProcedureStatsResponseSchema in
 * packages/contracts/src/stats.ts for what the figures mean.
 */

/** One-minute buckets kept per histogram; longer times share the last one (exact sum and max are kept). */
export const APPLICATION_BUCKETS = 480;

export interface ProcedureTimesFilter {
  officeId: string;
  /** Epoch ms: the first instant of the first business day, and the one after the last. */
  fromMs: number;
  toMs: number;
  /** The range's last business day: no application accepted by then was opened later. */
  to: string;
  windowId?: string;
  source?: TicketSource;
  /** Only procedures this service code handles (and applications with at least one of them). */
  serviceCode?: string;
}

interface BucketRow {
  procedureIds: string;
  bucket: number;
  count: number;
  totalSeconds: number;
  maxSeconds: number;
  preparationSeconds: number;
  signingSeconds: number;
  acceptanceSeconds: number;
}

interface Accumulated {
  histogram: number[];
  count: number;
  totalSeconds: number;
  maxSeconds: number;
  preparationSeconds: number;
  signingSeconds: number;
  acceptanceSeconds: number;
}

const perMinute = (seconds: number, count: number) => (count === 0 ? 0 : seconds / count / 60);

function accumulated(): Accumulated {
  return {
    histogram: [],
    count: 0,
    totalSeconds: 0,
    maxSeconds: Number.NEGATIVE_INFINITY,
    preparationSeconds: 0,
    signingSeconds: 0,
    acceptanceSeconds: 0,
  };
}

function add(a: Accumulated, row: BucketRow) {
  while (a.histogram.length <= row.bucket) a.histogram.push(0);
  a.histogram[row.bucket]! += row.count;
  a.count += row.count;
  a.totalSeconds += row.totalSeconds;
  a.maxSeconds = Math.max(a.maxSeconds, row.maxSeconds);
  a.preparationSeconds += row.preparationSeconds;
  a.signingSeconds += row.signingSeconds;
  a.acceptanceSeconds += row.acceptanceSeconds;
}

function toTimes(a: Accumulated): ProcedureTimes {
  if (a.count === 0) {
    return {
      applications: 0,
      minutes: { count: 0, mean: 0, p50: 0, p90: 0, max: 0 },
      steps: { preparationMean: 0, signingMean: 0, acceptanceMean: 0 },
    };
  }
  return {
    applications: a.count,
    minutes: describeHistogram(a.histogram, a.totalSeconds / 60, a.maxSeconds / 60),
    steps: {
      preparationMean: perMinute(a.preparationSeconds, a.count),
      signingMean: perMinute(a.signingSeconds, a.count),
      acceptanceMean: perMinute(a.acceptanceSeconds, a.count),
    },
  };
}

/** A stored list of procedure ids, each once; an unreadable list counts in the total only. */
function parseProcedureIds(json: string): string[] {
  try {
    const ids: unknown = JSON.parse(json);
    return Array.isArray(ids) ? [...new Set(ids.filter((id): id is string => typeof id === 'string'))] : [];
  } catch {
    return [];
  }
}

export function createProcedureTimes(db: Db) {
  const client = db.$client;
  const catalog = client.prepare<[], { id: string; serviceCode: string; sortOrder: number }>(
    'SELECT id, service_code AS serviceCode, sort_order AS sortOrder FROM procedures',
  );
  // Steps missing from a row (never sent, never signed) take the next one's time, so they count as
  // 0 and the three steps always add up to the whole. Times are whole seconds, as for the summary.
  // business_day <= :to lets the office-and-day index narrow the rows: a visit is accepted on or
  // after the day it was opened.
  const byBucket = client.prepare<
    {
      officeId: string;
      fromMs: number;
      toMs: number;
      to: string;
      windowId: string | null;
      source: string | null;
      lastBucket: number;
    },
    BucketRow
  >(
    `SELECT procedureIds, min(max(total / 60, 0), :lastBucket) AS bucket, count(*) AS count,
       sum(total) AS totalSeconds, max(total) AS maxSeconds, sum(preparation) AS preparationSeconds,
       sum(signing) AS signingSeconds, sum(acceptance) AS acceptanceSeconds
     FROM (
       SELECT v.procedure_ids AS procedureIds,
         (v.accepted_at - coalesce(v.called_at, v.opened_at)) / 1000 AS total,
         (coalesce(v.sent_at, v.signed_at, v.accepted_at) - coalesce(v.called_at, v.opened_at)) / 1000 AS preparation,
         (coalesce(v.signed_at, v.accepted_at) - coalesce(v.sent_at, v.signed_at, v.accepted_at)) / 1000 AS signing,
         (v.accepted_at - coalesce(v.signed_at, v.accepted_at)) / 1000 AS acceptance
       FROM visits v
       WHERE v.office_id = :officeId AND v.business_day <= :to
         AND v.status IN ('accepted', 'exported')
         AND v.accepted_at >= :fromMs AND v.accepted_at < :toMs
         AND (:windowId IS NULL OR v.window_id = :windowId)
         AND (:source IS NULL OR :source = coalesce(
           (SELECT t.source FROM tickets t WHERE t.id = v.ticket_id),
           CASE WHEN v.reservation_id IS NULL THEN 'walk_in' ELSE 'reservation' END))
     )
     GROUP BY procedureIds, bucket`,
  );

  return {
    /** The total over every application once, and each procedure's figures in catalog order. */
    figures(filter: ProcedureTimesFilter): {
      total: ProcedureTimes;
      byProcedure: (ProcedureTimes & { procedureId: string })[];
    } {
      const procedures = new Map(catalog.all().map((p) => [p.id, p]));
      const counts = (id: string) =>
        filter.serviceCode === undefined || procedures.get(id)?.serviceCode === filter.serviceCode;
      const rows = byBucket.all({
        officeId: filter.officeId,
        fromMs: filter.fromMs,
        toMs: filter.toMs,
        to: filter.to,
        windowId: filter.windowId ?? null,
        source: filter.source ?? null,
        lastBucket: APPLICATION_BUCKETS - 1,
      });

      const total = accumulated();
      const byProcedure = new Map<string, Accumulated>();
      // A few dozen distinct lists of procedures: each is parsed and filtered once.
      const lists = new Map<string, string[]>();
      for (const row of rows) {
        let ids = lists.get(row.procedureIds);
        if (!ids) {
          ids = parseProcedureIds(row.procedureIds).filter(counts);
          lists.set(row.procedureIds, ids);
        }
        if (filter.serviceCode !== undefined && ids.length === 0) continue;
        add(total, row);
        for (const id of ids) {
          let a = byProcedure.get(id);
          if (!a) {
            a = accumulated();
            byProcedure.set(id, a);
          }
          add(a, row);
        }
      }
      // Catalog order; procedures no longer in the catalog come last.
      const order = (id: string) => procedures.get(id)?.sortOrder ?? Number.MAX_SAFE_INTEGER;
      return {
        total: toTimes(total),
        byProcedure: [...byProcedure.entries()]
          .sort(([a], [b]) => order(a) - order(b) || a.localeCompare(b))
          .map(([procedureId, a]) => ({ procedureId, ...toTimes(a) })),
      };
    },
  };
}
