import { CopyButton } from '@kakanai/ui';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInstant } from '../../app/format-dates.ts';
import { draftUrl } from './draft-link.ts';

/**
 * The come-back link of a saved pre-entry, with a copy button. `justSaved` announces the save and
 * takes focus, so a screen reader hears it and a phone scrolls to it.
 */
export function SavedLinkPanel({
  code,
  token,
  expiresAt,
  justSaved = false,
  complete = false,
}: {
  code: string;
  token: string;
  expiresAt: string;
  justSaved?: boolean;
  /** A finished pre-entry: the link opens it to show or change, not to carry on. */
  complete?: boolean;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const heading = useRef<HTMLHeadingElement>(null);
  const url = draftUrl(code, token);
  useEffect(() => {
    if (justSaved) heading.current?.focus();
  }, [justSaved]);
  return (
    <section className="saved-link-panel" aria-labelledby="saved-link-heading">
      <h2 id="saved-link-heading" ref={heading} tabIndex={-1}>
        {justSaved ? t('save.savedHeading') : complete ? t('save.doneLinkHeading') : t('save.linkHeading')}
      </h2>
      <p>
        {t(complete ? 'save.doneLinkBody' : 'save.linkBody', {
          date: formatInstant(expiresAt, 'Asia/Tokyo', i18n.language),
        })}
      </p>
      <div className="field">
        <label htmlFor="saved-link">{complete ? t('save.doneLinkHeading') : t('save.linkLabel')}</label>
        <p id="saved-link-hint" className="field-hint">
          {t('save.linkHint')}
        </p>
        <input
          id="saved-link"
          className="manage-link-input"
          readOnly
          value={url}
          aria-describedby="saved-link-hint"
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <CopyButton
        text={url}
        label={t('save.copy')}
        copiedLabel={t('save.copied')}
        failedLabel={t('save.copyFailed')}
      />
      <p className="muted saved-link-device">{t('save.savedOnDevice')}</p>
    </section>
  );
}
