import { CopyButton } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

/** The manage link, with a copy button and a plain warning: lose it and the booking can't be changed online. */
export function ManageLinkPanel({ url }: { url: string }) {
  const { t } = useTranslation();
  return (
    <section className="manage-link-panel" aria-labelledby="manage-link-heading">
      <h2 id="manage-link-heading">{t('manage.link.heading')}</h2>
      <div className="warning-text">
        <span className="warning-icon" aria-hidden="true">
          !
        </span>
        <p>
          <strong>{t('manage.link.keepIt')}</strong> {t('manage.link.why')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="manage-link">{t('manage.link.label')}</label>
        <p id="manage-link-hint" className="field-hint">
          {t('manage.link.hint')}
        </p>
        <input
          id="manage-link"
          className="manage-link-input"
          readOnly
          value={url}
          aria-describedby="manage-link-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <CopyButton
        text={url}
        label={t('manage.link.copy')}
        copiedLabel={t('manage.link.copied')}
        failedLabel={t('manage.link.copyFailed')}
      />
      <p className="muted manage-link-device">{t('manage.link.savedOnDevice')}</p>
    </section>
  );
}
