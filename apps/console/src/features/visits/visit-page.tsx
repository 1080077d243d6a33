import type { LifeEvent, Procedure, Service, StreamMessage, Visit } from '@kakanai/contracts';
import { ProblemMessage } from '@kakanai/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMyOffices, useServices } from '../../app/catalog.ts';
import { PageTitle } from '../../app/page-title.tsx';
import { useServerNow } from '../../app/server-clock.ts';
import { useLiveChannel } from '../../app/use-live-channel.ts';
import { sessionQueryKey } from '../auth/session.ts';
import { LiveIndicator } from '../counter/live-indicator.tsx';
import { CardPanel } from './card-panel.tsx';
import { DraftCodePanel } from './draft-code-panel.tsx';
import { ProcedurePicker } from './procedure-picker.tsx';
import { useLifeEvents, useProcedures, useVisit, useVisitActions, visitQueryKey } from './queries.ts';
import { VisitEditor } from './visit-editor.tsx';
import { VisitHeader } from './visit-header.tsx';
import { isEditable, sameProcedures } from './visit-values.ts';
import './visits.css';

const DEFAULT_TIME_ZONE = 'Asia/Tokyo';
const CLOCK_TICK_MS = 30_000;
/** Stream events about visits that staff should hear about while they type. */
const ANNOUNCED = new Set(['visit.flagged', 'visit.card_read', 'visit.card_failed', 'visit.signed']);

/**
 * `/visits/:visitId`: one resident's application at the window. Staff read the ID card, load what
 * was pre-entered, pick the procedures, fill what is left, send it to the counter tablet, and
 * accept it once signed. Live from the office's stream: the tablet's reading, flags and signature
 * appear without a reload.
 */
export function VisitPage() {
  const { visitId = '' } = useParams();
  const { t } = useTranslation('console', { keyPrefix: 'visit' });
  const { t: tCommon } = useTranslation('common');
  const queryClient = useQueryClient();
  const [officeId, setOfficeId] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  // The snapshot carries the server's time: render again once it is known, for the elapsed time.
  const [, serverTimeKnown] = useReducer((n: number) => n + 1, 0);

  const live = useLiveChannel({
    channel: officeId ? `office:${officeId}` : undefined,
    queryKey: visitQueryKey(visitId),
    // The office channel's snapshot is the queue; the visit is refetched instead.
    parseSnapshot: () => {
      serverTimeKnown();
      return undefined;
    },
    onEvent: (message: StreamMessage) => {
      const data = message.data as { visitId?: string } | undefined;
      if (data?.visitId === visitId && ANNOUNCED.has(message.type)) {
        setAnnouncement(t(`live.${message.type.slice('visit.'.length)}`));
      }
    },
    onRefused: (reason) => {
      if (reason === 'unauthorized') queryClient.setQueryData(sessionQueryKey, null);
    },
  });
  const visit = useVisit(visitId, live === 'live');
  if (visit.data && visit.data.officeId !== officeId) setOfficeId(visit.data.officeId);

  const procedures = useProcedures();
  const lifeEvents = useLifeEvents();
  const services = useServices(visit.data?.officeId);
  const offices = useMyOffices();
  const office = offices.mine.find((o) => o.id === visit.data?.officeId);
  const now = useServerNow(CLOCK_TICK_MS);

  const error = visit.error ?? procedures.error;
  if (error) {
    return (
      <div className="visit-page">
        <PageTitle page={t('title')} />
        <h1>{t('title')}</h1>
        <ProblemMessage error={error} />
        <p>
          <Link to="/counter">{t('backToCounter')}</Link>
        </p>
      </div>
    );
  }
  if (!visit.data || !procedures.data) return <p role="status">{tCommon('loading')}</p>;

  return (
    <VisitScreen
      // A different visit is a different form: nothing typed for one may leak into the next.
      key={visit.data.id}
      visit={visit.data}
      procedures={procedures.data.procedures}
      services={services.data?.services ?? []}
      lifeEvents={lifeEvents.data?.lifeEvents ?? []}
      timeZone={office?.timeZone ?? DEFAULT_TIME_ZONE}
      now={now}
      live={<LiveIndicator status={live} />}
      announcement={announcement}
    />
  );
}

function VisitScreen({
  visit,
  procedures,
  services,
  lifeEvents,
  timeZone,
  now,
  live,
  announcement,
}: {
  visit: Visit;
  procedures: Procedure[];
  services: Service[];
  lifeEvents: LifeEvent[];
  timeZone: string;
  now: number;
  live: ReactNode;
  announcement: string;
}) {
  const { t } = useTranslation('console', { keyPrefix: 'visit' });
  const actions = useVisitActions(visit.id);
  const editable = isEditable(visit.status);
  const [procedureIds, setProcedureIds] = useState<string[]>(visit.procedureIds);
  const [savedProcedureIds, setSavedProcedureIds] = useState(visit.procedureIds);
  // The chosen procedures follow the server (a loaded draft) unless staff changed them here.
  if (visit.procedureIds !== savedProcedureIds) {
    setSavedProcedureIds(visit.procedureIds);
    if (sameProcedures(procedureIds, savedProcedureIds)) setProcedureIds(visit.procedureIds);
  }

  return (
    <div className="visit-page">
      <PageTitle page={visit.ticketNumber ? `${visit.ticketNumber} | ${t('title')}` : t('title')} />
      <div className="visit-topline">
        <Link to="/counter" className="visit-back">
          {t('backToCounter')}
        </Link>
        {live}
      </div>
      <VisitHeader visit={visit} timeZone={timeZone} now={now} />
      <p role="status" className="visit-announcement" data-testid="visit-announcement">
        {announcement}
      </p>
      <div className="visit-layout">
        <aside className="visit-side" aria-label={t('side.label')}>
          <CardPanel
            visit={visit}
            timeZone={timeZone}
            editable={editable}
            cardRequest={actions.cardRequest}
          />
          <DraftCodePanel draftCode={visit.draftCode} editable={editable} loadDraft={actions.loadDraft} />
          <ProcedurePicker
            procedures={procedures}
            services={services}
            lifeEvents={lifeEvents}
            selected={procedureIds}
            editable={editable}
            onChange={setProcedureIds}
          />
        </aside>
        <VisitEditor
          visit={visit}
          catalog={procedures}
          procedureIds={procedureIds}
          onProcedureIds={setProcedureIds}
          editable={editable}
          timeZone={timeZone}
          actions={actions}
        />
      </div>
    </div>
  );
}
