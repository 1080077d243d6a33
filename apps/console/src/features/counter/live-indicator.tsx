import { useTranslation } from 'react-i18next';
import type { LiveStatus } from '../../app/use-live-channel.ts';

/** A small dot and word: is this screen following the hall live, or catching up? */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation('console', { keyPrefix: 'counter.live' });
  const tone = status === 'live' ? 'live' : status === 'connecting' || status === 'offline' ? 'wait' : 'down';
  return (
    <p className={`live-indicator live-indicator--${tone}`}>
      <span className="live-indicator__dot" aria-hidden="true" />
      {t(status)}
    </p>
  );
}
