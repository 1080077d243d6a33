import { normalizeReservationCode } from '@kakanai/domain';
import { ProblemMessage } from '@kakanai/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { useVisitActions } from './queries.ts';
import { draftCodeFromInput } from './visit-values.ts';

/**
 * 事前入力: the code the resident shows, typed or scanned. A USB QR scanner types like a keyboard
 * and ends with Enter, so scanning into the box loads the draft at once.
 */
export function DraftCodePanel({
  draftCode,
  editable,
  loadDraft,
}: {
  /** The draft already loaded into this visit, if any. */
  draftCode: string | undefined;
  editable: boolean;
  loadDraft: ReturnType<typeof useVisitActions>['loadDraft'];
}) {
  const { t } = useTranslation('console', { keyPrefix: 'visit.draft' });
  const [input, setInput] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [loaded, setLoaded] = useState<string>();

  const submit = () => {
    const raw = draftCodeFromInput(input);
    const code = normalizeReservationCode(raw);
    setInvalid(!code);
    setLoaded(undefined);
    if (!code) return;
    loadDraft.mutate(code, {
      onSuccess: () => {
        setLoaded(code);
        setInput('');
      },
    });
  };

  const describedBy = ['draft-code-hint', invalid ? 'draft-code-error' : ''].filter(Boolean).join(' ');
  return (
    <section className="visit-panel draft-panel" aria-labelledby="draft-panel-title">
      <h2 id="draft-panel-title" className="visit-panel__title">
        {t('title')}
      </h2>
      {draftCode ? (
        <p className="draft-loaded">
          {t('current')} <span className="code">{draftCode}</span>
        </p>
      ) : null}
      <form
        className="draft-form"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <label htmlFor="draft-code">{t('label')}</label>
        <p id="draft-code-hint" className="field-hint">
          {t('hint')}
        </p>
        {invalid ? (
          <p id="draft-code-error" className="field-error">
            {t('invalid')}
          </p>
        ) : null}
        <div className="draft-form__row">
          <input
            id="draft-code"
            name="draftCode"
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="characters"
            className="code-input"
            value={input}
            disabled={!editable}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy}
            onChange={(event) => setInput(event.target.value)}
          />
          <button
            type="submit"
            className="compact"
            disabled={!editable || loadDraft.isPending || input.trim() === ''}
            aria-busy={loadDraft.isPending}
          >
            {loadDraft.isPending ? t('loading') : t('load')}
          </button>
        </div>
      </form>
      <div role="status">
        {loaded ? <p className="success compact-note">{t('loaded', { code: loaded })}</p> : null}
      </div>
      <ProblemMessage error={loadDraft.error} />
    </section>
  );
}
