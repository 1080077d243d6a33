import { ProblemMessage } from '@kakanai/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** "Cancel this booking?" as a modal dialog; the safe choice has focus when it opens. */
export function CancelDialog({
  open,
  visit,
  what,
  pending,
  error,
  onConfirm,
  onClose,
}: {
  open: boolean;
  /** The date and time being cancelled, in words. */
  visit: string;
  /** The service and office. */
  what: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      keep.current?.focus();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);
  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="cancel-dialog-title" onClose={onClose}>
      <h2 id="cancel-dialog-title">{t('manage.cancel.dialogTitle')}</h2>
      <p>
        <strong>{visit}</strong>
        <br />
        {what}
      </p>
      <p>{t('manage.cancel.dialogBody')}</p>
      <ProblemMessage error={error} />
      <div className="dialog-actions">
        <button type="button" className="danger primary" disabled={pending} onClick={onConfirm}>
          {pending ? t('manage.cancel.cancelling') : t('manage.cancel.confirm')}
        </button>
        <button type="button" ref={keep} onClick={onClose}>
          {t('manage.cancel.keep')}
        </button>
      </div>
    </dialog>
  );
}
