import type { ProcedureTimes } from '@kakanai/contracts';
import type { Db } from '@kakanai/db';
import { describeHistogram } from '@kakanai/domain';
import type { TicketSource } from './rollups.ts';

/**
 * Time per procedure from the visits table: one query groups the accepted applications of a range
 * by procedure and one-minute bucket of their called → accepted time, so a year of applications
 * comes back as a few thousand rows whatever their number. See ProcedureStatsResponseSchema in
 * packages/contracts/src/stats.ts for what the figures mean.
 */

/** One-minute buckets kept per histogram; longer times share the last one (exact sum and max are kept). */
export const APPLICATION_BUCKETS = 480;

/** The key of the total among the query's rows: no procedure id is empty. */
const TOTAL = '';

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
  procedureId: string;
  sortOrder: number | null;
  bucket: number;
  count: number;
  totalSeconds: number;
  maxSeconds: number;
  preparationSeconds: number;
  signingSeconds: number;
  acceptanceSeconds: number;
}

interface Accumulated {
  sortOrder: number;
  histogram: number[];
  count: number;
  totalSeconds: number;
  maxSeconds: number;
  preparationSeconds: number;
  signingSeconds: number;
  acceptanceSeconds: number;
}

const perMinute = (seconds: number, count: number) => (count === 0 ? 0 : seconds / count / 60);

function toTimes(a: Accumulated | undefined): ProcedureTimes {
  if (!a) {
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

export function createProcedureTimes(db: Db) {
  // Steps missing from a row (never sent, never signed) take the next one's time, so they count as
  // 0 and the three steps always add up to the whole. Times are whole seconds, as for the summary.
  const byBucket = db.$client.prepare<
    {
      officeId: string;
      fromMs: number;
      toMs: number;
      to: string;
      windowId: string | null;
      source: string | null;
      serviceCode: string | null;
      lastBucket: number;
    },
    BucketRow
  >(
    `WITH accepted AS MATERIALIZED (
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
     ),
     pairs AS (
       SELECT p.value AS procedureId, pr.sort_order AS sortOrder, a.*
       FROM accepted a, json_each(a.procedureIds) p LEFT JOIN procedures pr ON pr.id = p.value
       WHERE :serviceCode IS NULL OR pr.service_code = :serviceCode
     ),
     totals AS (
       SELECT '${TOTAL}' AS procedureId, NULL AS sortOrder, a.* FROM accepted a
       WHERE :serviceCode IS NULL OR EXISTS (
         SELECT 1 FROM json_each(a.procedureIds) p JOIN procedures pr ON pr.id = p.value
         WHERE pr.service_code = :serviceCode)
     )
     SELECT procedureId, min(sortOrder) AS sortOrder, min(max(total / 60, 0), :lastBucket) AS bucket,
       count(*) AS count, sum(total) AS totalSeconds, max(total) AS maxSeconds,
       sum(preparation) AS preparationSeconds, sum(signing) AS signingSeconds, sum(acceptance) AS acceptanceSeconds
     FROM (SELECT * FROM pairs UNION ALL SELECT * FROM totals)
     GROUP BY procedureId, bucket`,
  );

  return {
    /** The total over every application once, and each procedure's figures in catalog order. */
    figures(filter: ProcedureTimesFilter): {
      total: ProcedureTimes;
      byProcedure: (ProcedureTimes & { procedureId: string })[];
    } {
      const rows = byBucket.all({
        officeId: filter.officeId,
        fromMs: filter.fromMs,
        toMs: filter.toMs,
        to: filter.to,
        windowId: filter.windowId ?? null,
        source: filter.source ?? null,
        serviceCode: filter.serviceCode ?? null,
        lastBucket: APPLICATION_BUCKETS - 1,
      });
      const byKey = new Map<string, Accumulated>();
      for (const row of rows) {
        let a = byKey.get(row.procedureId);
        if (!a) {
          a = {
            // Procedures no longer in the catalog come last.
            sortOrder: row.sortOrder ?? Number.MAX_SAFE_INTEGER,
            histogram: [],
            count: 0,
            totalSeconds: 0,
            maxSeconds: 0,
            preparationSeconds: 0,
            signingSeconds: 0,
            acceptanceSeconds: 0,
          };
          byKey.set(row.procedureId, a);
        }
        for (let bucket = a.histogram.length; bucket < row.bucket; bucket += 1) a.histogram.push(0);
        a.histogram[row.bucket] = (a.histogram[row.bucket] ?? 0) + row.count;
        a.count += row.count;
        a.totalSeconds += row.totalSeconds;
        a.maxSeconds = Math.max(a.maxSeconds, row.maxSeconds);
        a.preparationSeconds += row.preparationSeconds;
        a.signingSeconds += row.signingSeconds;
        a.acceptanceSeconds += row.acceptanceSeconds;
      }
      const total = toTimes(byKey.get(TOTAL));
      byKey.delete(TOTAL);
      const byProcedure = [...byKey.entries()]
        .sort(([idA, a], [idB, b]) => a.sortOrder - b.sortOrder || idA.localeCompare(idB))
        .map(([procedureId, a]) => ({ procedureId, ...toTimes(a) }));
      return { total, byProcedure };
    },
  };
}
