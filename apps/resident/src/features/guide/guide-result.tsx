import type { LifeEvent, LocalizedText, Procedure, Service } from '@kakanai/contracts';
import { evaluateCondition, guideProcedures, guideQuestions } from '@kakanai/domain';
import { LoadingState, localized, ProblemWithRetry } from '@kakanai/ui';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOffices, useServices } from '../catalog/catalog-queries.ts';
import { DocumentsList } from '../catalog/documents-list.tsx';
import { OfficePicker } from './office-picker.tsx';
import { pickProcedures, useProcedures } from './procedure-queries.ts';
import { bookableServiceFor, bookingPath, serviceFor } from './service-match.ts';

/**
 * What the answers add up to: each procedure with what it is for, which window handles it at the
 * chosen office, its fee and whether it can be done online; what to bring for all of them at
 * once; the things done elsewhere; and the two ways on — book a visit, or pre-enter the forms.
 */
export function GuideResult({
  event,
  answers,
  officeId,
  onOfficeChange,
}: {
  event: LifeEvent;
  answers: Record<string, string>;
  officeId: string | undefined;
  onOfficeChange: (officeId: string) => void;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const procedures = useProcedures();
  const offices = useOffices();
  const office =
    offices.data?.offices.find((candidate) => candidate.id === officeId) ?? offices.data?.offices[0];
  const services = useServices(office?.id);
  const error = procedures.error ?? offices.error ?? services.error;

  const ids = guideProcedures(event, answers);
  const notes = ruleNotes(event, answers);
  const needed = pickProcedures(procedures.data?.procedures, ids);

  return (
    <section className="guide-result" aria-labelledby="guide-result-heading">
      <h2 id="guide-result-heading">{t('guide.resultHeading')}</h2>
      <p className="guide-result-count" role="status">
        {ids.length === 0 ? t('guide.noneNeeded') : t('guide.found', { count: ids.length })}
      </p>
      {error ? (
        <ProblemWithRetry
          error={error}
          onRetry={() => {
            void procedures.refetch();
            void offices.refetch();
            void services.refetch();
          }}
        />
      ) : procedures.isPending || offices.isPending || services.isPending || !office ? (
        <LoadingState />
      ) : (
        <>
          {(offices.data?.offices.length ?? 0) > 1 ? (
            <OfficePicker
              id="guide-office"
              offices={offices.data?.offices ?? []}
              value={office.id}
              onChange={onOfficeChange}
              hint={t('guide.officeHint')}
            />
          ) : null}
          {needed.length > 0 ? (
            <ol className="procedure-list" aria-labelledby="guide-result-heading">
              {needed.map((procedure) => (
                <ProcedureCard
                  key={procedure.id}
                  procedure={procedure}
                  service={serviceFor(procedure, services.data?.services)}
                  officeName={localized(office.name, i18n.language)}
                />
              ))}
            </ol>
          ) : null}

          {notes.length > 0 ? (
            <section className="guide-notes" aria-labelledby="guide-notes-heading">
              <h3 id="guide-notes-heading">{t('guide.notesHeading')}</h3>
              <ul>
                {notes.map((note) => (
                  <li key={note.ja}>{localized(note, i18n.language)}</li>
                ))}
              </ul>
            </section>
          ) : null}

          {needed.length > 0 ? (
            <>
              <GuideActions officeId={office.id} procedures={needed} services={services.data?.services} />
              <section className="guide-documents" aria-labelledby="guide-documents-heading">
                <h3 id="guide-documents-heading">{t('guide.documentsHeading')}</h3>
                <p className="muted">{t('guide.documentsLead')}</p>
                <DocumentsList documents={mergedDocuments(needed)} />
              </section>
            </>
          ) : null}
        </>
      )}
    </section>
  );
}

function ProcedureCard({
  procedure,
  service,
  officeName,
}: {
  procedure: Procedure;
  service: Service | undefined;
  officeName: string;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const headingId = `procedure-${procedure.id}`;
  return (
    <li className="procedure-card">
      <h3 id={headingId} className="procedure-card-name">
        {localized(procedure.name, i18n.language)}
      </h3>
      <p>{localized(procedure.purpose, i18n.language)}</p>
      {procedure.onlineAvailable ? <p className="online-badge">{t('guide.online')}</p> : null}
      <dl className="procedure-facts">
        <div>
          <dt>{t('guide.where')}</dt>
          <dd>
            {service
              ? localized(service.name, i18n.language)
              : t('guide.notAtThisOffice', { office: officeName })}
          </dd>
        </div>
        <div>
          <dt>{t('guide.fee')}</dt>
          <dd>{feeText(t, procedure.fee, i18n.language)}</dd>
        </div>
      </dl>
    </li>
  );
}

function GuideActions({
  officeId,
  procedures,
  services,
}: {
  officeId: string;
  procedures: Procedure[];
  services: Service[] | undefined;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const bookable = bookableServiceFor(procedures, services);
  return (
    <div className="guide-actions">
      <div className="guide-action">
        <h3>{t('guide.preEntryHeading')}</h3>
        <p>{t('guide.preEntryBody')}</p>
        <Link
          className="button primary button-large"
          to={`/pre-entry?${new URLSearchParams({ procedures: procedures.map((p) => p.id).join(',') })}`}
        >
          {t('guide.preEntry')}
        </Link>
      </div>
      <div className="guide-action">
        <h3>{t('guide.bookHeading')}</h3>
        {bookable ? (
          <>
            <p>{t('guide.bookBody', { service: localized(bookable.name, i18n.language) })}</p>
            <Link className="button button-large" to={bookingPath(officeId, bookable.id)}>
              {t('guide.book')}
            </Link>
          </>
        ) : (
          <p>{t('guide.noBooking')}</p>
        )}
      </div>
    </div>
  );
}

/** The notes of the rules that apply: things done elsewhere (年金事務所, the old town's office …). */
function ruleNotes(event: LifeEvent, answers: Record<string, string>): LocalizedText[] {
  // Answers to questions no longer shown don't count, as guideProcedures has it.
  const shown = new Set(guideQuestions(event, answers).map((question) => question.id));
  const values = Object.fromEntries(Object.entries(answers).filter(([id]) => shown.has(id)));
  const notes = event.rules
    .filter((rule) => rule.note && (!rule.when || evaluateCondition(rule.when, values)))
    .map((rule) => rule.note!);
  return notes.filter((note, index) => notes.findIndex((other) => other.ja === note.ja) === index);
}

/** What to bring for all the procedures at once: the same document asked twice is listed once. */
function mergedDocuments(procedures: Procedure[]): LocalizedText[] {
  const seen = new Set<string>();
  return procedures.flatMap((procedure) =>
    procedure.documents.filter((document) => {
      if (seen.has(document.ja)) return false;
      seen.add(document.ja);
      return true;
    }),
  );
}

function feeText(t: TFunction<'pre-entry'>, fee: Procedure['fee'], language: string): string {
  const amount = fee.yen === 0 ? t('guide.free') : t('guide.yen', { yen: fee.yen.toLocaleString('ja-JP') });
  return fee.note ? t('guide.feeWithNote', { amount, note: localized(fee.note, language) }) : amount;
}
