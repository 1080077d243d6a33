import { isApiError } from '@kakanai/client';
import type { Procedure } from '@kakanai/contracts';
import { LoadingState, localized, PageHeading, ProblemWithRetry } from '@kakanai/ui';
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../app/document-title.ts';
import { useOffices } from '../catalog/catalog-queries.ts';
import { pickProcedures, useProcedures } from '../guide/procedure-queries.ts';
import { CardPinScreen } from './card-pin-screen.tsx';
import { ConfirmScreen } from './confirm-screen.tsx';
import { reviewForm, reviewValues, valueLabel } from './review-model.ts';
import { type ReviewNotice, ReviewScreen } from './review-screen.tsx';
import { SignScreen } from './sign-screen.tsx';
import { signaturePng } from './signature-pad.tsx';
import type { SignatureStroke } from './signature-strokes.ts';
import { AcceptedScreen, CorrectingScreen, SignedScreen, WelcomeScreen } from './status-screens.tsx';
import { TabletChrome } from './tablet-chrome.tsx';
import {
  type TabletVisit,
  tabletStateKey,
  useTabletDevice,
  useTabletSettings,
  useTabletState,
} from './tablet-device.ts';
import { tabletScreen } from './tablet-screen.ts';

const DEFAULT_LANGUAGE = 'ja';
const FALLBACK_ZONE = 'Asia/Tokyo';

/** `/counter-tablet`: the enrolled tablet on a window's counter, facing the resident. */
export function CounterTabletPage() {
  const { t } = useTranslation();
  const { token, bridgeUrl } = useTabletSettings();
  const device = useTabletDevice(token);
  useDocumentTitle(t('counterTablet.title'));

  const notEnrolled =
    !token ||
    isApiError(device.error, 'unauthorized') ||
    (device.data !== undefined &&
      (device.data.device.kind !== 'counter-tablet' || !device.data.device.windowId));
  if (notEnrolled) {
    return (
      <TabletChrome>
        <div className="tablet-screen tablet-message">
          <PageHeading>{t('counterTablet.notEnrolled.heading')}</PageHeading>
          <p className="tablet-lead">
            {t(token ? 'counterTablet.notEnrolled.invalid' : 'counterTablet.notEnrolled.body')}
          </p>
        </div>
      </TabletChrome>
    );
  }
  if (!device.data) {
    return (
      <TabletChrome>
        <div className="tablet-screen">
          {device.error ? (
            <ProblemWithRetry error={device.error} onRetry={() => void device.refetch()} />
          ) : (
            <LoadingState />
          )}
        </div>
      </TabletChrome>
    );
  }
  return (
    <CounterTablet
      token={token}
      officeId={device.data.device.officeId}
      windowId={device.data.device.windowId!}
      bridgeUrl={bridgeUrl}
    />
  );
}

/** Where the resident is in reading and signing one version of the forms. */
interface Flow {
  visitId: string;
  version: number;
  stage: 'review' | 'sign' | 'confirm' | 'flagged' | 'signed';
  strokes: SignatureStroke[];
  signature?: string;
  notice?: ReviewNotice;
}

function CounterTablet({
  token,
  officeId,
  windowId,
  bridgeUrl,
}: {
  token: string;
  officeId: string;
  windowId: string;
  bridgeUrl: string;
}) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const { state, live } = useTabletState(token, windowId);
  const offices = useOffices();
  const procedures = useProcedures();
  const office = offices.data?.offices.find((o) => o.id === officeId);
  const windowName = state.data ? localized(state.data.window.name, i18n.language) : undefined;
  const visit = state.data?.visit;
  const [dismissed, setDismissed] = useState<string | undefined>();
  const screen = tabletScreen(visit, dismissed);

  // An accepted visit leaves the window's open visits at once: a signed visit that leaves was
  // accepted, and the resident is thanked for a few seconds before the welcome.
  const [seen, setSeen] = useState<{ id: string; status: string } | undefined>();
  const [finished, setFinished] = useState<string | undefined>();
  if (seen?.id !== visit?.id || seen?.status !== visit?.status) {
    if (seen?.status === 'signed' && seen.id !== visit?.id) setFinished(seen.id);
    setSeen(visit ? { id: visit.id, status: visit.status } : undefined);
  }

  // A new version of the forms starts the reading over; the resident is told why they read again.
  const [flow, setFlow] = useState<Flow | undefined>();
  if (visit && (flow?.visitId !== visit.id || flow.version !== visit.version)) {
    const sameVisit = flow?.visitId === visit.id;
    const notice: ReviewNotice | undefined = !sameVisit
      ? undefined
      : flow.stage === 'flagged'
        ? 'corrected'
        : (flow.notice ?? 'changed');
    setFlow({ visitId: visit.id, version: visit.version, stage: 'review', strokes: [], notice });
  }
  const update = (change: Partial<Flow>) =>
    setFlow((current) => (current ? { ...current, ...change } : current));

  // Each resident starts in the language staff noted for them, and is thanked in the one they
  // chose; the next one starts in Japanese.
  const residentVisit = screen === 'welcome' ? undefined : visit;
  const resident = residentVisit?.id ?? (finished ? `finished:${finished}` : undefined);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new resident (or none) resets the language
  useEffect(() => {
    if (resident?.startsWith('finished:')) return;
    const language = residentVisit?.lang ?? DEFAULT_LANGUAGE;
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [resident]);

  const chosen = useMemo(
    () => pickProcedures(procedures.data?.procedures, visit?.procedureIds ?? []),
    [procedures.data, visit?.procedureIds],
  );
  const refresh = () => void queryClient.invalidateQueries({ queryKey: tabletStateKey(token) });

  let content: ReactNode;
  if (!state.data) {
    content = (
      <div className="tablet-screen">
        {state.error ? (
          <ProblemWithRetry error={state.error} onRetry={() => void state.refetch()} />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  } else if (finished && (!visit || screen === 'welcome' || screen === 'preparing')) {
    content = <AcceptedScreen key={finished} onDone={() => setFinished(undefined)} />;
  } else if (!visit || screen === 'welcome' || screen === 'preparing') {
    content = (
      <WelcomeScreen
        windowName={windowName}
        preparing={screen === 'preparing'}
        card={screen === 'preparing' ? visit?.card.result : undefined}
      />
    );
  } else if (screen === 'card') {
    content = <CardPinScreen key={visit.id} visitId={visit.id} bridgeUrl={bridgeUrl} />;
  } else if (screen === 'signed' || (screen === 'review' && flow?.stage === 'signed')) {
    content = <SignedScreen />;
  } else if (screen === 'accepted') {
    content = <AcceptedScreen key={visit.id} onDone={() => setDismissed(visit.id)} />;
  } else if (procedures.isPending || procedures.error) {
    content = (
      <div className="tablet-screen">
        {procedures.error ? (
          <ProblemWithRetry error={procedures.error} onRetry={() => void procedures.refetch()} />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  } else if (screen === 'correcting' || flow?.stage === 'flagged') {
    content = <CorrectingScreen flaggedLabels={flaggedLabels(visit, chosen, i18n.language)} />;
  } else if (flow?.stage === 'sign') {
    content = (
      <SignScreen
        strokes={flow.strokes}
        onChange={(strokes) => update({ strokes })}
        onBack={() => update({ stage: 'review', notice: undefined })}
        onNext={() => update({ stage: 'confirm', signature: signaturePng(flow.strokes) })}
      />
    );
  } else if (flow?.stage === 'confirm' && flow.signature) {
    content = (
      <ConfirmScreen
        visit={visit}
        procedures={chosen}
        signature={flow.signature}
        onBack={() => update({ stage: 'sign' })}
        onSigned={() => update({ stage: 'signed', strokes: [], signature: undefined })}
        onChangedMeanwhile={() => {
          update({ stage: 'review', strokes: [], signature: undefined, notice: 'changed' });
          refresh();
        }}
      />
    );
  } else {
    content = (
      <ReviewScreen
        key={`${visit.id}:${visit.version}`}
        visit={visit}
        procedures={chosen}
        timeZone={office?.timeZone ?? FALLBACK_ZONE}
        notice={flow?.notice}
        onFlagged={() => {
          update({ stage: 'flagged' });
          refresh();
        }}
        onSign={() => update({ stage: 'sign', notice: undefined })}
      />
    );
  }

  return (
    <TabletChrome
      officeName={office ? localized(office.name, i18n.language) : undefined}
      windowName={windowName ?? t('counterTablet.role')}
      live={live}
    >
      {content}
    </TabletChrome>
  );
}

/** The labels of the values flagged and not yet corrected (never their values), in reading order. */
function flaggedLabels(visit: TabletVisit, procedures: Procedure[], language: string): string[] {
  const flagged = new Set(visit.flags.filter((flag) => !flag.resolvedAt).map((flag) => flag.path));
  if (flagged.size === 0) return [];
  const items = reviewValues(procedures.map((p) => reviewForm(p, visit.person, visit.answers)));
  const labels = items
    .filter((item) => item.paths.some((path) => flagged.has(path)))
    .map((item) => valueLabel(item, language));
  return [...new Set(labels)];
}
