import { type FieldDefinition, formatJapanesePhone, isLocalDate } from '@kakanai/domain';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { localized } from '../i18n.ts';
import { formatDateBothWays } from './era-date.ts';
import type { AnswerValues } from './form-model.ts';
import './forms.css';

/** An answer as the review and the read-only person fields show it: option labels, dates both ways. */
export function formatAnswer(
  field: Pick<FieldDefinition, 'type' | 'options' | 'fields' | 'label'>,
  value: unknown,
  t: TFunction<'pre-entry'>,
  language: string,
): ReactNode {
  const optionLabel = (option: unknown) => {
    const found = field.options?.find((candidate) => candidate.value === option);
    return found ? localized(found.label, language) : String(option);
  };
  switch (field.type) {
    case 'date':
      return typeof value === 'string' && isLocalDate(value)
        ? formatDateBothWays(value, language)
        : String(value);
    case 'select':
    case 'radio':
      return optionLabel(value);
    case 'checkbox':
      if (Array.isArray(value)) return value.map(optionLabel).join(t('forms.listSeparator'));
      return value === true ? t('forms.yes') : t('forms.no');
    case 'group': {
      const rows = Array.isArray(value) ? (value as AnswerValues[]) : [];
      return (
        <ol className="answer-rows">
          {rows.map((row, index) => (
            // Rows have no identity of their own; their position is what the form calls them.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <li key={index}>
              {(field.fields ?? [])
                .filter((child) => isAnswered(row?.[child.id]))
                .map((child) => (
                  <span key={child.id} className="answer-row-part">
                    <span className="answer-row-label">{localized(child.label, language)}</span>
                    {formatAnswer(child, row[child.id], t, language)}
                  </span>
                ))}
            </li>
          ))}
        </ol>
      );
    }
    case 'phone':
      return typeof value === 'string' ? formatJapanesePhone(value) : String(value);
    default:
      return String(value);
  }
}

/** Whether the review should show the answer at all (blank text and empty lists are skipped). */
export function isAnswered(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
