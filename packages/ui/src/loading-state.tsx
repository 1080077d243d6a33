import { useTranslation } from 'react-i18next';

/** A polite "Loading…" that screen readers hear once, with a spinner for everyone else. */
export function LoadingState({ label }: { label?: string }) {
  const { t } = useTranslation('common');
  return (
    <p className="loading-state" role="status">
      <span className="loading-spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </p>
  );
}
