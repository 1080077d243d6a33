import { zodResolver } from '@hookform/resolvers/zod';
import { type StaffCancelBody, StaffCancelBodySchema, type StaffReservation } from '@kakanai/contracts';
import { ProblemMessage } from '@kakanai/ui';
import { useEffect, useId, useRef } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { keepFocusInside } from '../../app/dialog-focus.ts';
import { clockTime, longDate } from '../../app/office-time.ts';
import { useCancelReservation } from './queries.ts';

export interface CancelTarget {
  reservation: StaffReservation;
  serviceName: string;
}

interface CancelReservationDialogProps {
  officeId: string;
  date: string;
  timeZone: string;
  target: CancelTarget;
  /** Called once the dialog has closed; `cancelled` says whether the booking was cancelled. */
  onClose: (cancelled: boolean) => void;
}

/** Reasons staff give most; the text goes to the resident, so it is written to them. */
const QUICK_REASONS = ['office', 'request', 'duplicate', 'closure'] as const;

/**
 * Asks for the reason and cancels the booking for the office. A modal <dialog>: the page behind is
 * inert, Esc closes it, and Tab stays inside.
 */
export function CancelReservationDialog({
  officeId,
  date,
  timeZone,
  target,
  onClose,
}: CancelReservationDialogProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'cancelDialog' });
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelledRef = useRef(false);
  const ids = useId();
  const cancel = useCancelReservation(officeId, date);
  const {
    register,
    handleSubmit,
    setValue,
    setFocus,
    watch,
    formState: { errors, isSubmitted },
  } = useForm<StaffCancelBody>({
    resolver: zodResolver(StaffCancelBodySchema),
    defaultValues: { reason: '' },
  });
  const reason = watch('reason');
  const { reservation } = target;

  // The parent mounts this component to open the dialog, and unmounts it after `onClose`.
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    setFocus('reason');
  }, [setFocus]);

  const close = () => dialogRef.current?.close();

  const onSubmit = handleSubmit((body) =>
    cancel.mutate(
      { reservationId: reservation.id, body },
      {
        onSuccess: () => {
          cancelledRef.current = true;
          close();
        },
      },
    ),
  );

  const reasonError = errors.reason
    ? errors.reason.type === 'too_big'
      ? t('reasonTooLong')
      : t('reasonRequired')
    : undefined;

  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-lead`}
      onKeyDown={keepFocusInside}
      onClose={() => onClose(cancelledRef.current)}
      onCancel={(event) => {
        // Esc while the request is in flight would hide its outcome.
        if (cancel.isPending) event.preventDefault();
      }}
    >
      <form className="dialog__form" onSubmit={onSubmit} noValidate>
        <h2 id={`${ids}-title`} className="dialog__title">
          {t('title')}
        </h2>
        <dl className="dialog-summary">
          <div>
            <dt>{t('code')}</dt>
            <dd className="reservation-code">{reservation.code}</dd>
          </div>
          <div>
            <dt>{t('when')}</dt>
            <dd>
              {longDate(date, i18n.language)} {clockTime(reservation.start, timeZone)}–
              {clockTime(reservation.end, timeZone)}
            </dd>
          </div>
          <div>
            <dt>{t('service')}</dt>
            <dd>{target.serviceName}</dd>
          </div>
          <div>
            <dt>{t('name')}</dt>
            <dd>
              {reservation.name} <span className="person-kana">{reservation.nameKana}</span>
            </dd>
          </div>
        </dl>
        <p id={`${ids}-lead`} className="dialog__lead">
          {t('lead')}
        </p>
        <ProblemMessage error={cancel.error} />
        <div className="field">
          <label htmlFor={`${ids}-reason`}>
            {t('reason')} <span className="required">{t('required')}</span>
          </label>
          <textarea
            id={`${ids}-reason`}
            rows={3}
            maxLength={500}
            aria-required="true"
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={`${ids}-reason-hint${reasonError ? ` ${ids}-reason-error` : ''}`}
            {...register('reason')}
          />
          <p id={`${ids}-reason-hint`} className="field-hint">
            {t('reasonHint')}
          </p>
          {reasonError && (
            <p id={`${ids}-reason-error`} className="field-error">
              {reasonError}
            </p>
          )}
        </div>
        <fieldset className="quick-reasons">
          <legend className="quick-reasons__label">{t('quickReasons')}</legend>
          {QUICK_REASONS.map((key) => {
            const text = t(`presets.${key}`);
            return (
              <button
                key={key}
                type="button"
                className="chip"
                aria-pressed={reason === text}
                onClick={() => setValue('reason', text, { shouldDirty: true, shouldValidate: isSubmitted })}
              >
                {text}
              </button>
            );
          })}
        </fieldset>
        <div className="dialog__actions">
          <button type="button" onClick={close} disabled={cancel.isPending}>
            {t('keep')}
          </button>
          <button type="submit" className="danger primary" disabled={cancel.isPending}>
            {cancel.isPending ? t('confirming') : t('confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
