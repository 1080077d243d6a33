import type { Service, Ticket, TicketView } from '@kakanai/contracts';
import { localized, ProblemMessage } from '@kakanai/ui';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyOffices, useServices } from '../../app/catalog.ts';
import { PageTitle } from '../../app/page-title.tsx';
import { useServerNow } from '../../app/server-clock.ts';
import { shortServiceName } from '../../app/service-name.ts';
import { useLiveChannel } from '../../app/use-live-channel.ts';
import { sessionQueryKey } from '../auth/session.ts';
import { OpenVisitButton } from '../visits/open-visit-button.tsx';
import { currentVisitQueryKey } from '../visits/queries.ts';
import { useCounterChoice } from './counter-choice.ts';
import { type CounterCommand, type CounterFeedback, CurrentTicket } from './current-ticket.tsx';
import { LiveIndicator } from './live-indicator.tsx';
import { parseQueueSnapshot, queueQueryKey, useCounterActions, useQueue } from './queries.ts';
import { waitingForWindow } from './queue-model.ts';
import { TransferDialog } from './transfer-dialog.tsx';
import { useCounterShortcuts } from './use-counter-shortcuts.ts';
import { WaitingList } from './waiting-list.tsx';
import { WindowBar } from './window-bar.tsx';
import { WindowPicker } from './window-picker.tsx';
import { WindowsOverview } from './windows-overview.tsx';
import './counter.css';

const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
/** Waits are shown in whole minutes; a refresh twice a minute keeps them at most half a minute behind. */
const CLOCK_TICK_MS = 30_000;

/**
 * The counter: one window's work. Call the next number, recall, start, complete, mark a no-show,
 * or send the resident on to another service with the same number; see who waits and how the
 * other windows are doing. Live from the office's stream, and usable from the keyboard alone.
 */
export function CounterPage() {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'counter' });
  const { t: tCommon } = useTranslation('common');
  const queryClient = useQueryClient();
  const offices = useMyOffices();
  const [choice, setChoice] = useCounterChoice();
  const office = offices.mine.find((o) => o.id === choice.officeId) ?? offices.mine[0];
  const officeId = office?.id;
  const timeZone = office?.timeZone ?? DEFAULT_TIME_ZONE;

  const live = useLiveChannel({
    channel: officeId ? `office:${officeId}` : undefined,
    queryKey: queueQueryKey(officeId ?? ''),
    parseSnapshot: parseQueueSnapshot,
    // The window's open visit (start or continue the application) changes with visits and tickets.
    onEvent: (message) => {
      if (message.type.startsWith('visit.') && choice.windowId) {
        void queryClient.invalidateQueries({ queryKey: currentVisitQueryKey(choice.windowId) });
      }
    },
    // Signed out elsewhere, or the session expired: the sign-in screen, then back here.
    onRefused: (reason) => {
      if (reason === 'unauthorized') queryClient.setQueryData(sessionQueryKey, null);
    },
  });
  const queue = useQueue(officeId, live === 'live');
  const services = useServices(officeId);
  const serviceList = services.data?.services ?? [];
  const serviceById = useMemo(
    () => new Map<string, Service>(services.data?.services.map((s) => [s.id, s]) ?? []),
    [services.data],
  );
  const now = useServerNow(CLOCK_TICK_MS);

  const snapshot = queue.data;
  const window = snapshot?.windows.find((w) => w.id === choice.windowId);
  const current = window?.current;
  const waiting = useMemo(
    () => (snapshot && window ? waitingForWindow(snapshot, window, now) : []),
    [snapshot, window, now],
  );
  const waitingByService = useMemo(() => {
    const counts = new Map<string, number>();
    for (const ticket of snapshot?.waiting ?? []) {
      counts.set(ticket.serviceId, (counts.get(ticket.serviceId) ?? 0) + 1);
    }
    return counts;
  }, [snapshot]);

  const actions = useCounterActions(officeId ?? '');
  const [feedback, setFeedback] = useState<CounterFeedback>({});
  // The ticket being sent on: kept here, as the queue drops it from the window once it has gone.
  const [transferring, setTransferring] = useState<Ticket | null>(null);
  const busy =
    actions.callNext.isPending ||
    actions.ticketAction.isPending ||
    actions.completeAndCallNext.isPending ||
    actions.setWindowStatus.isPending;

  const allowed = new Set<CounterCommand>();
  if (window?.status === 'open' && !current) allowed.add('callNext');
  if (current?.status === 'called') for (const c of ['recall', 'start', 'noShow'] as const) allowed.add(c);
  if (current) for (const c of ['complete', 'transfer'] as const) allowed.add(c);
  if (current && window?.status === 'open') allowed.add('completeAndCallNext');

  const failed = (error: unknown) => setFeedback({ error });
  const calledMessage = (view: TicketView | undefined) =>
    view ? t('feedback.called', { number: view.ticket.number }) : t('feedback.nobodyWaiting');

  const run = (command: CounterCommand) => {
    if (!window || busy || transferring) return;
    if (!allowed.has(command)) {
      // Only a key can ask for a disabled action: say why nothing happened.
      if (command === 'callNext' || (command === 'completeAndCallNext' && current)) {
        failed({ code: window.status !== 'open' ? 'window_not_open' : 'window_busy' });
      }
      return;
    }
    setFeedback({});
    if (command === 'callNext') {
      actions.callNext.mutate(window.id, {
        onSuccess: (view) => setFeedback({ message: calledMessage(view) }),
        onError: failed,
      });
      return;
    }
    if (!current) return;
    const number = current.number;
    switch (command) {
      case 'transfer':
        setTransferring(current);
        return;
      case 'completeAndCallNext':
        actions.completeAndCallNext.mutate(
          { ticketId: current.id, windowId: window.id },
          {
            onSuccess: (view) =>
              setFeedback({ message: `${t('feedback.complete', { number })} ${calledMessage(view)}` }),
            onError: failed,
          },
        );
        return;
      default: {
        const action = command === 'noShow' ? 'no-show' : command;
        actions.ticketAction.mutate(
          { ticketId: current.id, action },
          {
            onSuccess: (view) =>
              setFeedback({
                message:
                  command === 'recall' && view.ticket.status === 'no_show'
                    ? t('feedback.recallLimit', { number })
                    : t(`feedback.${command}`, { number, count: view.ticket.recalls }),
              }),
            onError: failed,
          },
        );
      }
    }
  };
  useCounterShortcuts(run);

  const chooseWindow = (change: { officeId: string; windowId?: string }) => {
    setFeedback({});
    setChoice(change);
  };

  if (offices.isPending) return <p role="status">{tCommon('loading')}</p>;
  if (offices.isError) return <ProblemMessage error={offices.error} />;
  if (!office || !officeId) {
    return (
      <>
        <PageTitle page={t('title')} />
        <h1>{t('title')}</h1>
        <p className="notice">{t('noOffices')}</p>
      </>
    );
  }

  const windowName = window ? localized(window.name, i18n.language) : undefined;
  return (
    <div className="counter">
      <PageTitle page={windowName ? `${windowName} | ${t('title')}` : t('title')} />
      <div className="page-head counter-head">
        <h1>{t('title')}</h1>
        <WindowPicker
          offices={offices.mine}
          officeId={officeId}
          windows={snapshot?.windows ?? []}
          windowId={window?.id}
          services={serviceById}
          onChange={chooseWindow}
        />
        <LiveIndicator status={live} />
      </div>

      {queue.isPending ? (
        <p className="muted" role="status">
          {tCommon('loading')}
        </p>
      ) : queue.isError ? (
        <div>
          <ProblemMessage error={queue.error} />
          <button type="button" onClick={() => void queue.refetch()}>
            {tCommon('retry')}
          </button>
        </div>
      ) : !window ? (
        <section className="choose-window" aria-labelledby="choose-window-title">
          <h2 id="choose-window-title">{t('choose.title')}</h2>
          <p className="muted">{t('choose.lead')}</p>
          <ul className="choose-window__list">
            {queue.data.windows.map((w) => (
              <li key={w.id}>
                <button type="button" onClick={() => chooseWindow({ officeId, windowId: w.id })}>
                  <span className="choose-window__name">{localized(w.name, i18n.language)}</span>
                  <span className="choose-window__services">
                    {w.serviceIds
                      .map((id) => serviceById.get(id))
                      .map((s) => (s ? shortServiceName(s.name, i18n.language) : ''))
                      .join('・')}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <>
          <WindowBar
            window={window}
            services={window.serviceIds.map((id) => serviceById.get(id)).filter((s): s is Service => !!s)}
            pending={actions.setWindowStatus.isPending}
            onStatus={(status) => {
              setFeedback({});
              actions.setWindowStatus.mutate(
                { windowId: window.id, status },
                {
                  onSuccess: () => setFeedback({ message: t(`feedback.window.${status}`) }),
                  onError: failed,
                },
              );
            }}
          />
          <div className="counter-grid">
            <CurrentTicket
              ticket={current}
              service={current ? serviceById.get(current.serviceId) : undefined}
              waitingCount={waiting.length}
              windowOpen={window.status === 'open'}
              timeZone={timeZone}
              now={now}
              busy={busy}
              allowed={allowed}
              onCommand={run}
              feedback={feedback}
              visitAction={<OpenVisitButton windowId={window.id} ticket={current} />}
            />
            <div className="counter-side">
              <WaitingList tickets={waiting} services={serviceById} timeZone={timeZone} now={now} />
              <WindowsOverview
                windows={queue.data.windows.filter((w) => w.id !== window.id)}
                served={queue.data.served}
              />
            </div>
          </div>
          {transferring && (
            <TransferDialog
              officeId={officeId}
              ticket={transferring}
              services={serviceList}
              waitingByService={waitingByService}
              onClose={(service) => {
                setTransferring(null);
                if (service) {
                  setFeedback({
                    message: t('feedback.transferred', {
                      number: transferring.number,
                      service: localized(service.name, i18n.language),
                    }),
                  });
                }
              }}
            />
          )}
        </>
      )}
    </div>
  );
}
