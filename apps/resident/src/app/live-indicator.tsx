import { useTranslation } from 'react-i18next';
import type { LiveStatus } from './use-live-channel.ts';

/**
 * "Live" with a green dot, or "Reconnecting…": whether the numbers on screen are keeping up. In a
 * live region, so a screen reader hears when updates stop and start again.
 */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const { t } = useTranslation();
  const state = status === 'live' ? 'live' : status === 'closed' || status === 'refused' ? 'stopped' : status;
  return (
    <p className={`live-indicator live-indicator--${state}`} role="status">
      <span className="live-indicator-dot" aria-hidden="true" />
      {t(`live.${state}`)}
    </p>
  );
}
