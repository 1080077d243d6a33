import type { PublicStatus, StreamMessage } from '@kakanai/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useOffices } from '../../app/catalog.ts';
import { serverNow } from '../../app/server-clock.ts';
import { useLiveChannel } from '../../app/use-live-channel.ts';
import { Bilingual, useDisplayTranslations } from './bilingual.tsx';
import { CallingBoard } from './calling-board.tsx';
import { DisplayClock } from './display-clock.tsx';
import {
  callsNewestFirst,
  type HeardCall,
  heardCall,
  parsePublicStatus,
  publicStatusQueryKey,
  spelledOut,
  usePublicStatus,
} from './public-status.ts';
import { RecentCalls } from './recent-calls.tsx';
import { ServiceLoads } from './service-loads.tsx';
import { SoundButton } from './sound-button.tsx';
import { useSound } from './use-sound.ts';
import './lobby-display.css';

const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
/** How long the newest call flashes (or, with reduced motion, stays highlighted). */
const FRESH_MS = 6000;
/** A call replayed after a long reconnect is shown but not announced: the resident has moved on. */
const ANNOUNCE_WITHIN_MS = 60_000;

/**
 * The lobby display: a full-screen board for a TV, readable from across the hall. The numbers
 * called now and their windows (the newest flashing, with a chime and a spoken call in Japanese,
 * then English), the last calls, and per service how many wait and for about how long. Public data
 * only, no sign-in; live from the office's public stream.
 */
export function LobbyDisplayPage() {
  const { officeId = '' } = useParams();
  const tr = useDisplayTranslations();
  const { t: tCommon } = useTranslation('common');
  const offices = useOffices();
  const timeZone = offices.data?.offices.find((o) => o.id === officeId)?.timeZone ?? DEFAULT_TIME_ZONE;
  const sound = useSound();
  const queryClient = useQueryClient();

  const [fresh, setFresh] = useState<HeardCall | undefined>();
  const [lastHeard, setLastHeard] = useState<Map<string, number>>(() => new Map());
  const [recalls, setRecalls] = useState<Map<string, number>>(() => new Map());
  const [refused, setRefused] = useState<string | undefined>();

  const onEvent = (message: StreamMessage) => {
    const call = heardCall(message);
    if (!call) return;
    setFresh(call);
    // Only tickets still at a window matter: the board runs for days, the maps must not grow.
    const shown = queryClient.getQueryData<PublicStatus>(publicStatusQueryKey(officeId));
    const atWindows = new Set(shown?.calling.map((c) => c.ticketId));
    const keep = <T,>(map: Map<string, T>, value: T) =>
      new Map([...map].filter(([id]) => atWindows.has(id))).set(call.ticketId, value);
    setLastHeard((map) => keep(map, call.at));
    setRecalls((map) => keep(map, call.recall));
    if (serverNow() - call.at > ANNOUNCE_WITHIN_MS) return;
    const words = { number: call.number, spelled: spelledOut(call.number), window: call.windowNumber };
    sound.announce({ ja: tr.ja('speech', words), en: tr.en('speech', words) });
  };

  const live = useLiveChannel({
    channel: officeId ? `public:${officeId}` : undefined,
    queryKey: publicStatusQueryKey(officeId),
    parseSnapshot: parsePublicStatus,
    onEvent,
    onRefused: setRefused,
  });
  const status = usePublicStatus(officeId, live === 'live');

  // The flash lasts a few seconds; the tile then stays first, without the highlight.
  useEffect(() => {
    if (!fresh) return;
    const timer = setTimeout(() => setFresh(undefined), FRESH_MS);
    return () => clearTimeout(timer);
  }, [fresh]);

  const calls = useMemo(
    () => (status.data ? callsNewestFirst(status.data.calling, lastHeard) : []),
    [status.data, lastHeard],
  );
  const latest = fresh && calls[0]?.ticketId === fresh.ticketId ? fresh : undefined;

  if (refused || (status.isError && !status.data)) {
    const code = refused ?? (status.error as { code?: string } | null)?.code ?? 'internal_error';
    return (
      <div className="lobby lobby--message">
        <title>{tr.ja('title')}</title>
        <p className="lobby__message" role="alert">
          <span lang="ja">
            {tCommon(`problem.${code}`, {
              lng: 'ja',
              defaultValue: tCommon('problem.internal_error', { lng: 'ja' }),
            })}
          </span>
          <span lang="en">
            {tCommon(`problem.${code}`, {
              lng: 'en',
              defaultValue: tCommon('problem.internal_error', { lng: 'en' }),
            })}
          </span>
        </p>
      </div>
    );
  }

  const data = status.data;
  return (
    <div className="lobby">
      <title>{data ? `${tr.ja('title')} | ${data.officeName.ja}` : tr.ja('title')}</title>
      <header className="lobby__header">
        <h1 className="lobby__office">
          {data ? (
            <Bilingual ja={data.officeName.ja} en={data.officeName.en} stacked />
          ) : (
            <Bilingual ja={tr.ja('title')} en={tr.en('title')} stacked />
          )}
        </h1>
        <p className="lobby__title">
          <Bilingual ja={tr.ja('title')} en={tr.en('title')} stacked />
        </p>
        {data && !data.open && (
          <p className="lobby__closed">
            <Bilingual ja={tr.ja('closed')} en={tr.en('closed')} stacked />
          </p>
        )}
        {live !== 'live' && live !== 'connecting' && (
          <p className="lobby__offline">
            <Bilingual ja={tr.ja('reconnecting')} en={tr.en('reconnecting')} stacked />
          </p>
        )}
        <DisplayClock timeZone={timeZone} />
        <SoundButton
          state={sound.state}
          tr={tr}
          onEnable={() => void sound.enable()}
          onDisable={sound.disable}
        />
      </header>

      {!data ? (
        <p className="lobby__loading" role="status">
          <Bilingual ja={tr.ja('loading')} en={tr.en('loading')} stacked />
        </p>
      ) : (
        <main className="lobby__main">
          <CallingBoard calls={calls} fresh={latest} recalls={recalls} tr={tr} />
          <RecentCalls calls={data.recent} timeZone={timeZone} tr={tr} />
          <ServiceLoads services={data.services} tr={tr} />
        </main>
      )}

      {/* What is spoken, for screen readers too. */}
      <p className="visually-hidden" role="status">
        {fresh && (
          <>
            <span lang="ja">{tr.ja('announce', { number: fresh.number, window: fresh.windowNumber })}</span>{' '}
            <span lang="en">{tr.en('announce', { number: fresh.number, window: fresh.windowNumber })}</span>
          </>
        )}
      </p>
    </div>
  );
}
