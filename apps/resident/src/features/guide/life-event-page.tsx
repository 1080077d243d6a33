import { guideComplete, guideQuestions } from '@kakanai/domain';
import { LoadingState, localized, PageHeading, ProblemMessage, ProblemWithRetry } from '@kakanai/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BackLink } from '../../app/back-link.tsx';
import { useDocumentTitle } from '../../app/document-title.ts';
import { GuideQuestionField } from './guide-question.tsx';
import { GuideResult } from './guide-result.tsx';
import { useLifeEvents } from './procedure-queries.ts';
import './guide.css';

/**
 * `/guide/:eventId`: the event's questions on one screen, follow-ups appearing as they become
 * relevant, then the procedures. Answers live in the URL (?kokuho=yes), so the result can be
 * bookmarked, shared, and reached again with the back button.
 */
export function LifeEventPage() {
  const { eventId = '' } = useParams();
  const { t, i18n } = useTranslation('pre-entry');
  const [search, setSearch] = useSearchParams();
  // The URL catches up a moment after a tap (router navigations are transitions); the answers
  // tapped meanwhile are kept here, so a radio button never flips back under the finger.
  const [tapped, setTapped] = useState<Record<string, string>>({});
  const [pickedOffice, setPickedOffice] = useState<string>();
  const lifeEvents = useLifeEvents();
  const event = lifeEvents.data?.lifeEvents.find((candidate) => candidate.id === eventId);
  const name = event ? localized(event.name, i18n.language) : t('guide.title');
  useDocumentTitle(name);

  if (lifeEvents.isPending || lifeEvents.error || !event) {
    return (
      <div className="page">
        <BackLink to="/guide" />
        <PageHeading caption={t('guide.title')}>{name}</PageHeading>
        {lifeEvents.isPending ? (
          <LoadingState />
        ) : lifeEvents.error ? (
          <ProblemWithRetry error={lifeEvents.error} onRetry={() => void lifeEvents.refetch()} />
        ) : (
          <ProblemMessage error={{ code: 'not_found' }} />
        )}
      </div>
    );
  }

  const questionIds = new Set(event.questions.map((question) => question.id));
  const answers: Record<string, string> = {};
  for (const [key, value] of search) if (questionIds.has(key)) answers[key] = value;
  Object.assign(answers, tapped);
  const officeId = pickedOffice ?? search.get('office') ?? undefined;
  const shown = guideQuestions(event, answers);
  const complete = guideComplete(event, answers);
  const answered = shown.filter((question) => answers[question.id] !== undefined).length;

  const writeUrl = (nextAnswers: Record<string, string>, office: string | undefined) => {
    const next = new URLSearchParams(nextAnswers);
    if (office) next.set('office', office);
    setSearch(next, { replace: true, preventScrollReset: true });
  };
  const answer = (questionId: string, value: string) => {
    setTapped((previous) => ({ ...previous, [questionId]: value }));
    writeUrl({ ...answers, [questionId]: value }, officeId);
  };

  return (
    <div className="page page--wide life-event-page">
      <BackLink to="/guide">{t('guide.backToEvents')}</BackLink>
      <PageHeading caption={t('guide.title')}>{name}</PageHeading>
      <p className="lead">{localized(event.description, i18n.language)}</p>
      <div className="guide-layout">
        {shown.length > 0 ? (
          <section className="guide-questions" aria-labelledby="guide-questions-heading">
            <h2 id="guide-questions-heading">{t('guide.questionsHeading')}</h2>
            {shown.map((question) => (
              <GuideQuestionField
                key={question.id}
                question={question}
                value={answers[question.id]}
                onChange={(value) => answer(question.id, value)}
              />
            ))}
            <p className="guide-progress muted" aria-live="polite">
              {complete
                ? t('guide.allAnswered')
                : t('guide.remaining', { count: shown.length - answered, total: shown.length })}
            </p>
          </section>
        ) : null}
        {complete ? (
          <GuideResult
            event={event}
            answers={answers}
            officeId={officeId}
            onOfficeChange={(next) => {
              setPickedOffice(next);
              writeUrl(answers, next);
            }}
          />
        ) : null}
      </div>
    </div>
  );
}
