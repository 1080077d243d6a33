import type { Localized } from '@kakanai/domain';
import { localized } from '@kakanai/ui';
import { formatAnswer, formatDateBothWays, isAnswered } from '@kakanai/ui/forms';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type ReviewForm, type ReviewValue, valueLabel } from './review-model.ts';

/**
 * Japanese text with its reading above it as <ruby>, in Japanese only: the catalog gives readings
 * (`labelKana`, `titleKana`) for residents who read kana more easily than kanji.
 */
function Reading({ text, kana, language }: { text: Localized; kana: string | undefined; language: string }) {
  const shown = localized(text, language);
  if (!kana || language.startsWith('en')) return shown;
  return (
    <ruby>
      {shown}
      <rt>{kana}</rt>
    </ruby>
  );
}

/** 届 (notification) forms are dated 届出日, 請求書 請求日, everything else 申請日, as on the PDF. */
function dateKind(title: string): 'notification' | 'request' | 'application' {
  if (title.includes('届')) return 'notification';
  if (title.includes('請求')) return 'request';
  return 'application';
}

/**
 * One procedure's form as it will be printed: title, addressee, date, and its sections as ruled
 * tables of label and value. Every value has a "this is wrong" button beside it.
 */
export function FormSheet({
  form,
  date,
  marked,
  onToggle,
}: {
  form: ReviewForm;
  /** The application's date, 'YYYY-MM-DD'. */
  date: string;
  marked: ReadonlySet<string>;
  onToggle: (path: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { definition } = form.procedure;
  const headingId = `form-${form.procedure.id}-title`;
  const row = (item: ReviewValue, label: ReactNode, rowName?: string) => (
    <ValueRow
      key={item.path}
      item={item}
      label={label}
      name={rowName ? `${rowName}・${valueLabel(item, language)}` : valueLabel(item, language)}
      nested={rowName !== undefined}
      marked={marked}
      onToggle={onToggle}
    />
  );

  return (
    <article className="form-sheet" aria-labelledby={headingId} data-procedure={form.procedure.id}>
      <header className="form-sheet-head">
        <h2 id={headingId} className="form-sheet-title">
          <Reading text={definition.title} kana={definition.titleKana} language={language} />
        </h2>
        {language.startsWith('en') ? (
          <p className="form-sheet-title-ja" lang="ja">
            {definition.title.ja}
          </p>
        ) : null}
        <div className="form-sheet-meta">
          {definition.addressee ? (
            <p className="form-sheet-addressee">{localized(definition.addressee, language)}</p>
          ) : (
            <span />
          )}
          <p className="form-sheet-date">
            <span className="form-sheet-date-label">
              {t(`counterTablet.review.dateLabel.${dateKind(definition.title.ja)}`)}
            </span>
            {formatDateBothWays(date, language)}
          </p>
        </div>
      </header>
      {form.sections.map(({ section, rows }) => (
        <section key={section.id} className="form-sheet-section">
          <h3 className="form-sheet-section-title">
            <Reading text={section.title} kana={section.titleKana} language={language} />
          </h3>
          {section.description ? (
            <p className="form-sheet-section-note">{localized(section.description, language)}</p>
          ) : null}
          <table className="form-sheet-table">
            <tbody>
              {rows.map((entry) => {
                if (entry.kind === 'value') {
                  return row(entry.item, <FieldLabel item={entry.item} language={language} />);
                }
                const groupLabel = (
                  <Reading text={entry.field.label} kana={entry.field.labelKana} language={language} />
                );
                if (entry.rows.length === 0) {
                  return row(
                    { path: entry.path, paths: [entry.path], field: entry.field, value: [] },
                    groupLabel,
                  );
                }
                return entry.rows.map((items, index) => {
                  const rowName = `${localized(entry.field.label, language)}${t('counterTablet.review.rowNumber', { number: index + 1 })}`;
                  return [
                    // Rows have no identity of their own; their position is what the form calls them.
                    // biome-ignore lint/suspicious/noArrayIndexKey: see above
                    <tr key={`${entry.path}.${index}`} className="form-sheet-group-row">
                      <th colSpan={3} scope="colgroup">
                        {groupLabel}
                        <span className="form-sheet-group-number">
                          {t('counterTablet.review.rowNumber', { number: index + 1 })}
                        </span>
                      </th>
                    </tr>,
                    ...items.map((item) =>
                      row(item, <FieldLabel item={item} language={language} />, rowName),
                    ),
                  ];
                });
              })}
            </tbody>
          </table>
        </section>
      ))}
    </article>
  );
}

function FieldLabel({ item, language }: { item: ReviewValue; language: string }) {
  const label = <Reading text={item.field.label} kana={item.field.labelKana} language={language} />;
  if (!item.kana) return label;
  // A name's cell reads both the name and its furigana, as the paper form's label cell does.
  return (
    <>
      <span className="form-sheet-label-kana">
        <Reading text={item.kana.field.label} kana={item.kana.field.labelKana} language={language} />
      </span>
      {label}
    </>
  );
}

function ValueRow({
  item,
  label,
  name,
  nested,
  marked,
  onToggle,
}: {
  item: ReviewValue;
  label: ReactNode;
  /** The value's name in words, for the button: 氏名・フリガナ, 必要な方の氏名（2）・生年月日. */
  name: string;
  nested: boolean;
  marked: ReadonlySet<string>;
  onToggle: (path: string) => void;
}) {
  const { t } = useTranslation();
  const isMarked = marked.has(item.path);
  return (
    <tr
      className={`form-sheet-row${isMarked ? ' form-sheet-row--marked' : ''}${nested ? ' form-sheet-row--nested' : ''}`}
    >
      <th scope="row" className="form-sheet-label">
        {label}
      </th>
      <td className="form-sheet-value" data-path={item.path}>
        <ReviewValueText item={item} />
        {isMarked ? (
          <span className="form-sheet-marked-note">{t('counterTablet.review.markedNote')}</span>
        ) : null}
      </td>
      <td className="form-sheet-flag">
        <button
          type="button"
          className="flag-button"
          aria-pressed={isMarked}
          aria-label={t('counterTablet.review.wrongLabel', { label: name })}
          data-testid={`flag-${item.path}`}
          onClick={() => onToggle(item.path)}
        >
          <span className="flag-button-box" aria-hidden="true">
            {isMarked ? '✓' : ''}
          </span>
          {t('counterTablet.review.wrong')}
        </button>
      </td>
    </tr>
  );
}

/** The value as the form renderer shows it: option labels, dates in 和暦 and 西暦, the name with its reading. */
function ReviewValueText({ item }: { item: ReviewValue }) {
  const { t, i18n } = useTranslation('pre-entry');
  const language = i18n.language;
  const { field, value } = item;
  const kana = item.kana && isAnswered(item.kana.value) ? String(item.kana.value) : undefined;
  if (!isAnswered(value) && field.type !== 'checkbox') {
    return (
      <span className="form-sheet-blank">
        {kana ? <span className="form-sheet-kana-only">{kana}</span> : null}
        {t('resident:counterTablet.review.blank')}
      </span>
    );
  }
  let text: ReactNode;
  if (field.person === 'sex' && !field.options && typeof value === 'string') {
    text = t(`person.sex.${value}`, { defaultValue: value });
  } else if (field.type === 'postal_code' && typeof value === 'string') {
    text = `〒${value}`;
  } else if (
    field.options &&
    (field.type === 'radio' || field.type === 'select') &&
    typeof value === 'string'
  ) {
    const option = field.options.find((candidate) => candidate.value === value);
    text = option ? <Reading text={option.label} kana={option.labelKana} language={language} /> : value;
  } else {
    text = formatAnswer(field, value, t, language);
  }
  if (!kana) return <span className="form-sheet-text">{text}</span>;
  return (
    <ruby className="form-sheet-name">
      {text}
      <rt>{kana}</rt>
    </ruby>
  );
}
