import { useTranslation } from 'react-i18next';

/** The translated message for an API problem code, in a live region so screen readers hear it. */
export function ProblemMessage({ error }: { error: unknown }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  const code = typeof error === 'object' && error && 'code' in error ? String(error.code) : 'internal_error';
  return (
    <p role="alert" className="problem">
      {t(`problem.${code}`, { defaultValue: t('problem.internal_error') })}
    </p>
  );
}
