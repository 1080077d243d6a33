import type { Call } from '@kakanai/contracts';
import { Bilingual, type DisplayTranslations } from './bilingual.tsx';
import type { HeardCall } from './public-status.ts';

interface CallingBoardProps {
  /** Calls at windows now, newest first. */
  calls: Call[];
  /** The call just heard on the stream, while it is new: its tile flashes (or, with reduced motion, is highlighted). */
  fresh: HeardCall | undefined;
  /** The latest call heard of each ticket: a recalled number says so. */
  recalls: Map<string, number>;
  tr: DisplayTranslations;
}

/** How many calls fit beside the newest one: two rows of four. */
const MORE_TILES = 8;

/** The numbers called now and where to go: the newest large, the others beside it. */
export function CallingBoard({ calls, fresh, recalls, tr }: CallingBoardProps) {
  const [newest, ...others] = calls;
  return (
    <section className="calling" aria-labelledby="calling-title">
      <h2 id="calling-title" className="lobby-heading">
        <Bilingual ja={tr.ja('nowCalling')} en={tr.en('nowCalling')} />
      </h2>
      {!newest ? (
        <p className="calling__none">
          <Bilingual ja={tr.ja('noCalls')} en={tr.en('noCalls')} stacked />
        </p>
      ) : (
        <ol className="calling__tiles">
          <CallTile
            // A new key restarts the flash on each call and recall of the same number.
            key={fresh?.ticketId === newest.ticketId ? fresh.key : newest.ticketId}
            call={newest}
            hero
            isNew={fresh?.ticketId === newest.ticketId}
            recall={recalls.get(newest.ticketId) ?? 0}
            tr={tr}
          />
          {others.slice(0, MORE_TILES).map((call) => (
            <CallTile key={call.ticketId} call={call} recall={recalls.get(call.ticketId) ?? 0} tr={tr} />
          ))}
        </ol>
      )}
    </section>
  );
}

interface CallTileProps {
  call: Call;
  hero?: boolean;
  isNew?: boolean;
  recall: number;
  tr: DisplayTranslations;
}

function CallTile({ call, hero = false, isNew = false, recall, tr }: CallTileProps) {
  const window = call.window.number;
  return (
    <li className={`call-tile${hero ? ' call-tile--hero' : ''}${isNew ? ' call-tile--new' : ''}`}>
      <span className="call-tile__number ticket-number">{call.number}</span>
      <span className="call-tile__arrow" aria-hidden="true">
        →
      </span>
      <span className="call-tile__window">
        <Bilingual
          ja={tr.ja('window', { number: window })}
          en={tr.en('window', { number: window })}
          stacked
        />
      </span>
      {recall > 0 && (
        <span className="call-tile__recall">
          <Bilingual ja={tr.ja('recall')} en={tr.en('recall')} />
        </span>
      )}
      {hero && (
        <p className="call-tile__sentence">
          <span lang="ja">{tr.ja('announce', { number: call.number, window })}</span>
          <span lang="en">{tr.en('announce', { number: call.number, window })}</span>
        </p>
      )}
    </li>
  );
}
