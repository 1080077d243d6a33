import type { Service, Ticket } from '@kakanai/contracts';
import { localized, ProblemMessage } from '@kakanai/ui';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { keepFocusInside } from '../../app/dialog-focus.ts';
import { useCounterActions } from './queries.ts';

interface TransferDialogProps {
  officeId: string;
  ticket: Ticket;
  /** The office's services, in its order. */
  services: Service[];
  /** Tickets waiting per service, so staff can tell the resident what to expect. */
  waitingByService: Map<string, number>;
  /** Called once the dialog has closed, with the service the ticket went to, if it went. */
  onClose: (transferredTo: Service | undefined) => void;
}

/**
 * ワンストップ: sends the resident on to another service with the same number; they wait in that
 * queue without taking a new ticket. A modal <dialog>: one button per service, Esc closes it.
 */
export function TransferDialog({
  officeId,
  ticket,
  services,
  waitingByService,
  onClose,
}: TransferDialogProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'counter.transfer' });
  const { t: tCounter } = useTranslation('console', { keyPrefix: 'counter' });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const transferredTo = useRef<Service | undefined>(undefined);
  const ids = useId();
  const { transfer } = useCounterActions(officeId);
  const pending = transfer.isPending;
  const targets = services.filter((service) => service.id !== ticket.serviceId);

  // The parent mounts this component to open the dialog, and unmounts it after `onClose`.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="dialog transfer-dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-lead`}
      onKeyDown={(event) => {
        keepFocusInside(event);
        // Staff know services by their ticket letter: E moves to 国保・年金; Enter sends.
        if (event.ctrlKey || event.altKey || event.metaKey || event.key.length !== 1) return;
        const target = targets.find(
          (service) => service.ticketPrefix.toLowerCase() === event.key.toLowerCase(),
        );
        if (!target) return;
        event.preventDefault();
        dialogRef.current?.querySelector<HTMLButtonElement>(`[data-service="${target.id}"]`)?.focus();
      }}
      onClose={() => onClose(transferredTo.current)}
      onCancel={(event) => {
        // Esc while the request is in flight would hide its outcome.
        if (pending) event.preventDefault();
      }}
    >
      <div className="dialog__form">
        <h2 id={`${ids}-title`} className="dialog__title">
          {t('title', { number: ticket.number })}
        </h2>
        <p id={`${ids}-lead`} className="dialog__lead">
          {t('lead', { number: ticket.number })}
        </p>
        <p className="dialog__hint muted">{t('keyHint')}</p>
        <ProblemMessage error={transfer.error} />
        <ul className="transfer-targets">
          {targets.map((service) => (
            <li key={service.id}>
              <button
                type="button"
                className="transfer-target"
                data-service={service.id}
                disabled={pending}
                onClick={() =>
                  transfer.mutate(
                    { ticketId: ticket.id, serviceId: service.id },
                    {
                      onSuccess: () => {
                        transferredTo.current = service;
                        dialogRef.current?.close();
                      },
                    },
                  )
                }
              >
                <span className="service-prefix" aria-hidden="true">
                  {service.ticketPrefix}
                </span>
                <span className="transfer-target__name">{localized(service.name, i18n.language)}</span>
                <span className="transfer-target__waiting">
                  {t('waiting', {
                    people: tCounter('people', { count: waitingByService.get(service.id) ?? 0 }),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog__actions">
          <button type="button" onClick={() => dialogRef.current?.close()} disabled={pending}>
            {t('cancel')}
          </button>
        </div>
      </div>
    </dialog>
  );
}
