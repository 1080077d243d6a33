import type { GuideQuestion } from '@kakanai/contracts';
import { localized } from '@kakanai/ui';
import { useTranslation } from 'react-i18next';

/** One question of the guide: large yes/no buttons, or a short list of choices (radio buttons underneath). */
export function GuideQuestionField({
  question,
  value,
  onChange,
}: {
  question: GuideQuestion;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const options =
    question.kind === 'yes_no'
      ? [
          { value: 'yes', label: t('guide.yes') },
          { value: 'no', label: t('guide.no') },
        ]
      : (question.options ?? []).map((option) => ({
          value: option.value,
          label: localized(option.label, i18n.language),
        }));
  const id = `q-${question.id}`;
  return (
    <fieldset className="guide-question" aria-describedby={question.help ? `${id}-hint` : undefined}>
      <legend className="guide-question-text">{localized(question.text, i18n.language)}</legend>
      {question.help ? (
        <p id={`${id}-hint`} className="field-hint">
          {localized(question.help, i18n.language)}
        </p>
      ) : null}
      <div
        className={question.kind === 'yes_no' ? 'answer-buttons answer-buttons--yes-no' : 'answer-buttons'}
      >
        {options.map((option) => (
          <label key={option.value} className="answer-button" htmlFor={`${id}-${option.value}`}>
            <input
              id={`${id}-${option.value}`}
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
