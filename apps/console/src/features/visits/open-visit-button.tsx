import type { Ticket } from '@kakanai/contracts';
import { ProblemMessage } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCurrentVisit, useOpenVisit } from './queries.ts';
import './visits.css';

/**
 * From the counter to the visit screen: "start the application" for the number at the window,
 * or "continue" when a visit is already open there (after a reload, or back from the counter).
 */
export function OpenVisitButton({ windowId, ticket }: { windowId: string; ticket: Ticket | undefined }) {
  const { t } = useTranslation('console', { keyPrefix: 'visit.open' });
  const { t: tVisit } = useTranslation('console', { keyPrefix: 'visit' });
  const current = useCurrentVisit(windowId);
  const open = useOpenVisit();
  const navigate = useNavigate();
  // A visit left open for an earlier number is not this resident's: start theirs instead.
  const visit = current.data;
  const continuing =
    visit && (!ticket || !visit.ticketId || visit.ticketId === ticket.id) ? visit : undefined;

  if (continuing) {
    return (
      <div className="open-visit">
        <Link
          className="button primary open-visit__button"
          to={`/visits/${continuing.id}`}
          data-testid="continue-visit"
        >
          {t('continue')}
        </Link>
        <span className="open-visit__about muted">
          {t('about', {
            number: continuing.ticketNumber ?? '—',
            status: tVisit(`statusShort.${continuing.status}`),
          })}
        </span>
      </div>
    );
  }
  if (!ticket) return null;
  return (
    <div className="open-visit">
      <button
        type="button"
        className="primary open-visit__button"
        data-testid="start-visit"
        disabled={open.isPending || current.isPending}
        aria-busy={open.isPending}
        onClick={() =>
          open.mutate(
            { windowId, ticketId: ticket.id },
            { onSuccess: (opened) => navigate(`/visits/${opened.id}`) },
          )
        }
      >
        {t('start')}
      </button>
      <span className="open-visit__about muted">{t('startHint', { number: ticket.number })}</span>
      <ProblemMessage error={open.error} />
    </div>
  );
}
