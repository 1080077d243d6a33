import type { Call } from '@kakanai/contracts';
import { clockTime } from '../../app/office-time.ts';
import { Bilingual, type DisplayTranslations } from './bilingual.tsx';

/** How many past calls the side list shows. */
const RECENT = 8;

/** The day's last calls, newest first, for whoever looked away: number, window, time. */
export function RecentCalls({
  calls,
  timeZone,
  tr,
}: {
  calls: Call[];
  timeZone: string;
  tr: DisplayTranslations;
}) {
  return (
    <section className="recent" aria-labelledby="recent-title">
      <h2 id="recent-title" className="lobby-heading">
        <Bilingual ja={tr.ja('recent')} en={tr.en('recent')} />
      </h2>
      {calls.length === 0 ? (
        <p className="recent__none">
          <Bilingual ja={tr.ja('noRecent')} en={tr.en('noRecent')} stacked />
        </p>
      ) : (
        <ol className="recent__list">
          {calls.slice(0, RECENT).map((call) => (
            <li key={`${call.ticketId}-${call.calledAt}`} className="recent__item">
              <span className="recent__number ticket-number">{call.number}</span>
              <span className="recent__window">
                <span lang="ja">{tr.ja('window', { number: call.window.number })}</span>{' '}
                <span lang="en">{tr.en('window', { number: call.window.number })}</span>
              </span>
              <time className="recent__time" dateTime={call.calledAt}>
                {clockTime(call.calledAt, timeZone)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
