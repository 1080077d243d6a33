import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface DisplayTranslations {
  ja: TFunction;
  en: TFunction;
}

/**
 * The lobby serves residents in both languages at once, whatever the screen's setting: every label
 * is read from the Japanese and the English catalogs side by side.
 */
export function useDisplayTranslations(): DisplayTranslations {
  const { i18n } = useTranslation();
  return useMemo(
    () => ({
      ja: i18n.getFixedT('ja', 'console', 'display'),
      en: i18n.getFixedT('en', 'console', 'display'),
    }),
    [i18n],
  );
}

interface BilingualProps {
  ja: string;
  en: string;
  className?: string;
  /** Japanese above English rather than beside it. */
  stacked?: boolean;
}

/** 「呼出中」 with "Now calling" beside or below it, each marked with its language. */
export function Bilingual({ ja, en, className = '', stacked = false }: BilingualProps) {
  return (
    <span className={`bi${stacked ? ' bi--stacked' : ''} ${className}`.trim()}>
      <span lang="ja" className="bi__ja">
        {ja}
      </span>{' '}
      <span lang="en" className="bi__en">
        {en}
      </span>
    </span>
  );
}
