import type { Procedure } from '@kakanai/contracts';
import { localDateOf } from '@kakanai/domain';
import { PageHeading, ProblemMessage } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormSheet } from './form-sheet.tsx';
import { flaggedPaths, reviewForm } from './review-model.ts';
import { type TabletVisit, tabletApi } from './tablet-device.ts';

/** Why the resident is reading the forms again. */
export type ReviewNotice = 'corrected' | 'changed';

/**
 * 内容の確認: every form as it will be printed. The resident marks what is wrong and sends it back
 * to staff, or, with nothing marked, goes on to sign.
 */
export function ReviewScreen({
  visit,
  procedures,
  timeZone,
  notice,
  onFlagged,
  onSign,
}: {
  visit: TabletVisit;
  procedures: Procedure[];
  timeZone: string;
  notice: ReviewNotice | undefined;
  onFlagged: () => void;
  onSign: () => void;
}) {
  const { t } = useTranslation();
  const [marked, setMarked] = useState<ReadonlySet<string>>(() => new Set());
  const forms = useMemo(
    () => procedures.map((procedure) => reviewForm(procedure, visit.person, visit.answers)),
    [procedures, visit.person, visit.answers],
  );
  const flag = useMutation({
    mutationFn: (paths: string[]) => tabletApi.tabletFlag(visit.id, { version: visit.version, paths }),
    onSuccess: onFlagged,
  });
  const toggle = (path: string) =>
    setMarked((current) => {
      const next = new Set(current);
      if (!next.delete(path)) next.add(path);
      return next;
    });
  // The forms are dated the day they were sent to the tablet, in the office's calendar.
  const date = localDateOf(new Date(visit.times.sentAt ?? visit.times.openedAt), timeZone);

  return (
    <div className="tablet-screen tablet-review">
      <div className="tablet-review-intro">
        <PageHeading focusKey={visit.version}>{t('counterTablet.review.heading')}</PageHeading>
        {notice ? (
          <p className="tablet-notice" role="status">
            {t(`counterTablet.review.notice.${notice}`)}
          </p>
        ) : null}
        <p className="tablet-lead">{t('counterTablet.review.lead')}</p>
      </div>
      <div className="tablet-review-forms">
        {forms.map((form) => (
          <FormSheet key={form.procedure.id} form={form} date={date} marked={marked} onToggle={toggle} />
        ))}
      </div>
      <div className="tablet-action-bar">
        {flag.error ? <ProblemMessage error={flag.error} /> : null}
        {marked.size > 0 ? (
          <>
            <p className="tablet-action-hint">
              {t('counterTablet.review.markedHint', { count: marked.size })}
            </p>
            <button
              type="button"
              className="tablet-action tablet-action--correct"
              disabled={flag.isPending}
              onClick={() => flag.mutate(flaggedPaths(forms, marked))}
            >
              {flag.isPending
                ? t('counterTablet.review.sendingCorrections')
                : t('counterTablet.review.askCorrections', { count: marked.size })}
            </button>
          </>
        ) : (
          <button type="button" className="tablet-action primary" onClick={onSign}>
            {t('counterTablet.review.allCorrect')}
          </button>
        )}
      </div>
    </div>
  );
}
