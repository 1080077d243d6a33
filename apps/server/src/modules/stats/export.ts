import { Readable } from 'node:stream';
import { type SummaryResponse, TICKET_EXPORT_COLUMNS } from '@kakanai/contracts';
import { addDays, formatOffsetIso } from '@kakanai/domain';
import { BOM, csvField, csvLine, EOL } from '../../csv.ts';
import {
  type SegmentRecord,
  type StatsFilter,
  serviceSeconds,
  visitOutcome,
  waitSeconds,
} from './rollups.ts';

const line = csvLine;
const round = (value: number, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * The dashboard's figures as one CSV of blocks separated by blank lines: the request, the
 * headline figures, then per service, per day and per hour. Minutes to two decimals, shares 0–1.
 */
export function figuresCsv(summary: SummaryResponse, serviceNames: Map<string, string>): string {
  const s = summary;
  const out: string[] = [BOM];
  out.push(line(['office_id', 'from', 'to', 'service_id', 'window_id', 'source']));
  out.push(line([s.officeId, s.from, s.to, s.serviceId, s.windowId, s.source]), EOL);

  out.push(line(['figure', 'value']));
  const figures: [string, number][] = [
    ['visits', s.visits],
    ['served', s.served],
    ['no_shows', s.noShows],
    ['not_served', s.notServed],
    ['in_progress', s.inProgress],
    ['transfers', s.transfers],
    ['wait_mean_minutes', round(s.waitMinutes.mean)],
    ['wait_p50_minutes', s.waitMinutes.p50],
    ['wait_p90_minutes', s.waitMinutes.p90],
    ['wait_max_minutes', round(s.waitMinutes.max)],
    ['service_mean_minutes', round(s.serviceMinutes.mean)],
    ['service_p50_minutes', s.serviceMinutes.p50],
    ['service_p90_minutes', s.serviceMinutes.p90],
    ['service_level_target_minutes', s.serviceLevel.targetMinutes],
    ['service_level', round(s.serviceLevel.share, 4)],
    ['service_level_target_share', s.serviceLevel.targetShare],
    ['visit_mean_minutes', round(s.visitMinutes.mean)],
    ['visit_p50_minutes', s.visitMinutes.p50],
    ['visit_p90_minutes', s.visitMinutes.p90],
    ['visit_baseline_minutes', s.visitMinutes.baselineMinutes],
    ['visit_ratio_to_baseline', round(s.visitMinutes.ratioToBaseline, 4)],
    ['booked_visits', s.booked.visits],
    ['booked_share', round(s.booked.share, 4)],
    ['booked_no_shows', s.booked.noShows],
    ['booked_no_show_rate', round(s.booked.noShowRate, 4)],
    ['estimate_mean_absolute_error_minutes', round(s.estimateAccuracy.meanAbsoluteErrorMinutes)],
    ['estimate_share_within_tolerance', round(s.estimateAccuracy.shareWithinTolerance, 4)],
    ['estimate_tolerance_minutes', s.estimateAccuracy.toleranceMinutes],
  ];
  for (const figure of figures) out.push(line(figure));
  out.push(EOL);

  out.push(
    line([
      'service_id',
      'service_name',
      'visits',
      'served',
      'no_shows',
      'transfers',
      'arrivals',
      'wait_mean_minutes',
      'wait_p50_minutes',
      'wait_p90_minutes',
      'wait_max_minutes',
      'service_mean_minutes',
      'service_level',
    ]),
  );
  for (const b of s.byService) {
    out.push(
      line([
        b.serviceId,
        serviceNames.get(b.serviceId) ?? '',
        b.visits,
        b.served,
        b.noShows,
        b.transfers,
        b.arrivals,
        round(b.waitMinutes.mean),
        b.waitMinutes.p50,
        b.waitMinutes.p90,
        round(b.waitMinutes.max),
        round(b.serviceMinutes.mean),
        round(b.serviceLevel, 4),
      ]),
    );
  }
  out.push(EOL);

  out.push(line(['date', 'visits', 'wait_mean_minutes', 'service_level']));
  for (const d of s.daily) out.push(line([d.date, d.visits, round(d.waitMean), round(d.serviceLevel, 4)]));
  out.push(EOL);

  out.push(line(['hour', 'arrivals', 'wait_mean_minutes']));
  for (const h of s.byHour) out.push(line([h.hour, h.arrivals, round(h.waitMean)]));
  out.push(EOL);

  out.push(line(['wait_from_minutes', 'wait_to_minutes', 'queue_visits']));
  for (const w of s.waitDistribution) out.push(line([w.fromMinutes, w.toMinutes, w.count]));
  return out.join('');
}

/**
 * ISO 8601 with the zone's offset, like formatOffsetIso, for a month of rows: the text up to the
 * minute and the offset are worked out once per minute (zones' offsets are whole minutes, so the
 * seconds are the same everywhere), which takes the ticket export from seconds to milliseconds.
 */
function isoFormatter(timeZone: string): (instant: number | null) => string {
  const minutes = new Map<number, [string, string]>();
  return (instant) => {
    if (instant === null) return '';
    const minute = Math.floor(instant / 60_000);
    let parts = minutes.get(minute);
    if (!parts) {
      const text = formatOffsetIso(new Date(minute * 60_000), timeZone);
      parts = [text.slice(0, 16), text.slice(19)];
      minutes.set(minute, parts);
    }
    const second = Math.floor(instant / 1000) - minute * 60;
    return `${parts[0]}:${second < 10 ? '0' : ''}${second}${parts[1]}`;
  };
}

/**
 * The anonymous ticket rows (see TICKET_EXPORT_COLUMNS for what a row is), streamed a business day
 * at a time so a year's export neither sits in memory whole nor holds the database between days.
 */
export function ticketRowsCsv(
  filter: StatsFilter,
  timeZone: string,
  segmentsOfDay: (businessDay: string) => SegmentRecord[],
): Readable {
  const iso = isoFormatter(timeZone);
  const matches = (segment: SegmentRecord) =>
    (filter.serviceId === undefined || segment.serviceId === filter.serviceId) &&
    (filter.windowId === undefined || segment.windowId === filter.windowId);

  const office = csvField(filter.officeId);
  // An office has a few dozen services and windows: each id is made safe once.
  const ids = new Map<string, string>();
  const id = (value: string) => {
    let safe = ids.get(value);
    if (safe === undefined) {
      safe = csvField(value);
      ids.set(value, safe);
    }
    return safe;
  };

  function dayCsv(businessDay: string): string {
    const segments = segmentsOfDay(businessDay);
    let out = '';
    for (let start = 0; start < segments.length; ) {
      let end = start + 1;
      while (end < segments.length && segments[end]!.ticketId === segments[start]!.ticketId) end += 1;
      const first = segments[start]!;
      let included = filter.source === undefined || first.source === filter.source;
      if (included && (filter.serviceId !== undefined || filter.windowId !== undefined)) {
        included = false;
        for (let i = start; i < end && !included; i += 1) included = matches(segments[i]!);
      }
      if (included) {
        const outcome = visitOutcome(first.ticketStatus) ?? '';
        const issuedAt = iso(first.issuedAt);
        for (let i = start; i < end; i += 1) {
          const segment = segments[i]!;
          // Dates, times, sources, outcomes and numbers never need quoting; ids are checked.
          out +=
            `${csvField(segment.ticketId)},${office},${id(segment.serviceId)},${businessDay},${segment.source},` +
            `${issuedAt},${iso(segment.calledAt)},${iso(segment.startedAt)},${iso(segment.endedAt)},${outcome},` +
            `${id(segment.windowId ?? '')},${waitSeconds(segment) ?? ''},${serviceSeconds(segment) ?? ''}${EOL}`;
        }
      }
      start = end;
    }
    return out;
  }

  function* chunks() {
    yield BOM + line(TICKET_EXPORT_COLUMNS);
    for (let day = filter.from; day <= filter.to; day = addDays(day, 1)) {
      const csv = dayCsv(day);
      if (csv) yield csv;
    }
  }
  return Readable.from(chunks(), { objectMode: false });
}
