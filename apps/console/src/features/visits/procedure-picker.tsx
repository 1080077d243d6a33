import type { GuideQuestion, LifeEvent, Procedure, Service } from '@kakanai/contracts';
import { guideComplete, guideProcedures, guideQuestions } from '@kakanai/domain';
import { localized } from '@kakanai/ui';
import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { groupByService, matchesSearch } from './procedure-groups.ts';

type Mode = 'catalog' | 'lifeEvent';

/**
 * Which procedures this visit is for: ticked from the catalog (grouped by the service that handles
 * them, searchable), or found with the life-event guide, whose answers tick its result.
 */
export function ProcedurePicker({
  procedures,
  services,
  lifeEvents,
  selected,
  editable,
  onChange,
}: {
  procedures: readonly Procedure[];
  services: readonly Service[];
  lifeEvents: readonly LifeEvent[];
  selected: readonly string[];
  editable: boolean;
  onChange: (procedureIds: string[]) => void;
}) {
  const { t } = useTranslation('console', { keyPrefix: 'visit.procedures' });
  const [mode, setMode] = useState<Mode>('catalog');

  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...selected.filter((s) => s !== id), id] : selected.filter((s) => s !== id));
  const add = (ids: readonly string[]) =>
    onChange([...selected, ...ids.filter((id) => !selected.includes(id))]);

  return (
    <section className="visit-panel procedure-picker" aria-labelledby="procedure-picker-title">
      <h2 id="procedure-picker-title" className="visit-panel__title">
        {t('title')}
        <span className="visit-panel__count">{t('chosen', { count: selected.length })}</span>
      </h2>
      <fieldset className="mode-switch">
        <legend className="visually-hidden">{t('modeLabel')}</legend>
        {(['catalog', 'lifeEvent'] as const).map((m) => (
          <button
            key={m}
            type="button"
            className="compact"
            aria-pressed={mode === m}
            onClick={() => setMode(m)}
          >
            {t(`mode.${m}`)}
          </button>
        ))}
      </fieldset>
      {mode === 'catalog' ? (
        <CatalogList
          procedures={procedures}
          services={services}
          selected={selected}
          editable={editable}
          onToggle={toggle}
        />
      ) : (
        <LifeEventGuide lifeEvents={lifeEvents} procedures={procedures} editable={editable} onResult={add} />
      )}
    </section>
  );
}

function CatalogList({
  procedures,
  services,
  selected,
  editable,
  onToggle,
}: {
  procedures: readonly Procedure[];
  services: readonly Service[];
  selected: readonly string[];
  editable: boolean;
  onToggle: (id: string, on: boolean) => void;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'visit.procedures' });
  const [search, setSearch] = useState('');
  const searchId = useId();
  const groups = useMemo(
    () =>
      groupByService(
        procedures.filter((p) => matchesSearch(p, search)),
        services,
      ),
    [procedures, services, search],
  );
  return (
    <div className="catalog-list">
      <label htmlFor={searchId} className="visually-hidden">
        {t('search')}
      </label>
      <input
        id={searchId}
        type="search"
        className="catalog-search"
        placeholder={t('search')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {groups.length === 0 ? <p className="muted">{t('noMatch')}</p> : null}
      <div className="catalog-groups">
        {groups.map(({ service, procedures: inGroup }) => (
          <fieldset key={service?.id ?? 'other'} className="catalog-group" disabled={!editable}>
            <legend>{service ? localized(service.name, i18n.language) : t('otherService')}</legend>
            <ul>
              {inGroup.map((procedure) => (
                <li key={procedure.id}>
                  <label className="catalog-choice">
                    <input
                      type="checkbox"
                      data-testid={`procedure-${procedure.id}`}
                      checked={selected.includes(procedure.id)}
                      onChange={(event) => onToggle(procedure.id, event.target.checked)}
                    />
                    <span>{localized(procedure.name, i18n.language)}</span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </div>
  );
}

/** The life-event guide (手続きナビ) inline: pick the event, answer its questions, its procedures are ticked. */
function LifeEventGuide({
  lifeEvents,
  procedures,
  editable,
  onResult,
}: {
  lifeEvents: readonly LifeEvent[];
  procedures: readonly Procedure[];
  editable: boolean;
  onResult: (procedureIds: string[]) => void;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'visit.procedures' });
  const [eventId, setEventId] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [added, setAdded] = useState<string[]>();
  const selectId = useId();
  const event = lifeEvents.find((e) => e.id === eventId);
  const known = new Set(procedures.map((p) => p.id));

  const apply = (nextEvent: LifeEvent, nextAnswers: Record<string, string>) => {
    if (!guideComplete(nextEvent, nextAnswers)) {
      setAdded(undefined);
      return;
    }
    const ids = guideProcedures(nextEvent, nextAnswers).filter((id) => known.has(id));
    setAdded(ids);
    onResult(ids);
  };

  return (
    <div className="life-event-guide">
      <label htmlFor={selectId}>{t('lifeEvent')}</label>
      <select
        id={selectId}
        value={eventId}
        disabled={!editable}
        onChange={(e) => {
          setEventId(e.target.value);
          setAnswers({});
          const next = lifeEvents.find((candidate) => candidate.id === e.target.value);
          if (next) apply(next, {});
          else setAdded(undefined);
        }}
      >
        <option value="">{t('chooseLifeEvent')}</option>
        {lifeEvents.map((e) => (
          <option key={e.id} value={e.id}>
            {localized(e.name, i18n.language)}
          </option>
        ))}
      </select>
      {event ? (
        <fieldset className="guide-questions" disabled={!editable}>
          <legend className="visually-hidden">{t('questions')}</legend>
          {guideQuestions(event, answers).map((question) => (
            <GuideQuestionRow
              key={question.id}
              question={question}
              value={answers[question.id]}
              onChange={(value) => {
                const next = { ...answers, [question.id]: value };
                setAnswers(next);
                apply(event, next);
              }}
            />
          ))}
        </fieldset>
      ) : null}
      <p role="status" className="guide-outcome">
        {added === undefined
          ? ''
          : added.length === 0
            ? t('guideNone')
            : t('guideAdded', {
                count: added.length,
                names: added
                  .map((id) => procedures.find((p) => p.id === id))
                  .map((p) => (p ? localized(p.name, i18n.language) : ''))
                  .join(t('separator')),
              })}
      </p>
    </div>
  );
}

function GuideQuestionRow({
  question,
  value,
  onChange,
}: {
  question: GuideQuestion;
  value: string | undefined;
  onChange: (value: string) => void;
}) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'visit.procedures' });
  const name = useId();
  const options =
    question.kind === 'yes_no'
      ? [
          { value: 'yes', label: t('yes') },
          { value: 'no', label: t('no') },
        ]
      : (question.options ?? []).map((o) => ({ value: o.value, label: localized(o.label, i18n.language) }));
  return (
    <fieldset className="guide-question-row">
      <legend>{localized(question.text, i18n.language)}</legend>
      <div className="guide-question-row__options">
        {options.map((option) => (
          <label key={option.value} className="catalog-choice">
            <input
              type="radio"
              name={name}
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
