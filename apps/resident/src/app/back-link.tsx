import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** "‹ 戻る" to the previous step: a link, so it works without the browser's history too. */
export function BackLink({ to, children }: { to: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Link className="back-link" to={to}>
      <span aria-hidden="true">‹ </span>
      {children ?? t('back', { ns: 'common' })}
    </Link>
  );
}
