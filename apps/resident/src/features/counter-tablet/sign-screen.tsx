import { PageHeading } from '@kakanai/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SignaturePad } from './signature-pad.tsx';
import { hasSignature, type SignatureStroke } from './signature-strokes.ts';

/** 署名: the resident writes their name with a finger; "next" needs something written. */
export function SignScreen({
  strokes,
  onChange,
  onBack,
  onNext,
}: {
  strokes: SignatureStroke[];
  onChange: (strokes: SignatureStroke[]) => void;
  onBack: () => void;
  onNext: () => void;
}) {
  const { t } = useTranslation();
  const [triedEmpty, setTriedEmpty] = useState(false);
  const signed = hasSignature(strokes);
  return (
    <div className="tablet-screen tablet-sign">
      <PageHeading>{t('counterTablet.sign.heading')}</PageHeading>
      <p className="tablet-lead">{t('counterTablet.sign.lead')}</p>
      <SignaturePad
        strokes={strokes}
        onChange={(next) => {
          setTriedEmpty(false);
          onChange(next);
        }}
      />
      {triedEmpty && !signed ? (
        <p className="tablet-inline-problem" role="alert">
          {t('counterTablet.sign.empty')}
        </p>
      ) : null}
      <div className="tablet-sign-tools">
        <button
          type="button"
          className="tablet-tool"
          disabled={strokes.length === 0}
          onClick={() => onChange(strokes.slice(0, -1))}
        >
          {t('counterTablet.sign.undo')}
        </button>
        <button
          type="button"
          className="tablet-tool"
          disabled={strokes.length === 0}
          onClick={() => onChange([])}
        >
          {t('counterTablet.sign.clear')}
        </button>
      </div>
      <div className="tablet-action-bar tablet-action-bar--split">
        <button type="button" className="tablet-action" onClick={onBack}>
          {t('counterTablet.sign.backToReview')}
        </button>
        <button
          type="button"
          className="tablet-action primary"
          onClick={() => (signed ? onNext() : setTriedEmpty(true))}
        >
          {t('counterTablet.sign.next')}
        </button>
      </div>
    </div>
  );
}
