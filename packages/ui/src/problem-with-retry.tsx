import { useTranslation } from 'react-i18next';
import { ProblemMessage } from './problem-message.tsx';

/** An API problem in words, with a "Try again" button when trying again might help. */
export function ProblemWithRetry({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation('common');
  if (!error) return null;
  return (
    <div className="problem-with-retry">
      <ProblemMessage error={error} />
      <button type="button" onClick={onRetry}>
        {t('retry')}
      </button>
    </div>
  );
}
