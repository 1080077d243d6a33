import type { Draft, Procedure } from '@kakanai/contracts';
import { formatJapanesePhone } from '@kakanai/domain';
import { LoadingState, localized, ProblemWithRetry } from '@kakanai/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { updateBookingDraft, useBookingDraft } from '../booking/booking-draft.ts';
import { useOffices, useServices } from '../catalog/catalog-queries.ts';
import { OfficePicker } from '../guide/office-picker.tsx';
import { bookableServiceFor, bookingPath } from '../guide/service-match.ts';

/**
 * "Book a visit" for a finished pre-entry: the booking flow opens at the calendar of the service
 * that handles it, with the name already filled in, and the booking attaches the pre-entry.
 */
export function BookForDraft({
  draft,
  token,
  procedures,
}: {
  draft: Draft;
  token: string;
  procedures: Procedure[];
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const navigate = useNavigate();
  const booking = useBookingDraft();
  const offices = useOffices();
  const [chosenOffice, setChosenOffice] = useState<string>();
  const officeId = chosenOffice ?? offices.data?.offices[0]?.id;
  const services = useServices(officeId);
  if (offices.isPending || (officeId && services.isPending)) return <LoadingState />;
  const error = offices.error ?? services.error;
  if (error) {
    return (
      <ProblemWithRetry
        error={error}
        onRetry={() => {
          void offices.refetch();
          void services.refetch();
        }}
      />
    );
  }
  const service = bookableServiceFor(procedures, services.data?.services);
  const { person } = draft;
  return (
    <div className="book-for-draft">
      {(offices.data?.offices.length ?? 0) > 1 && officeId ? (
        <OfficePicker
          id="draft-office"
          offices={offices.data?.offices ?? []}
          value={officeId}
          onChange={setChosenOffice}
        />
      ) : null}
      {service && officeId ? (
        <>
          <p>{t('draft.bookFor', { service: localized(service.name, i18n.language) })}</p>
          <button
            type="button"
            className="primary button-wide"
            onClick={() => {
              updateBookingDraft({
                preEntry: { code: draft.code, token },
                // 書かない: the name the resident typed once is the booking's name too.
                ...(!booking.contact && person.name
                  ? {
                      contact: {
                        name: person.name,
                        nameKana: person.nameKana ?? '',
                        email: '',
                        phone: person.phone ? formatJapanesePhone(person.phone) : '',
                      },
                    }
                  : {}),
              });
              navigate(bookingPath(officeId, service.id));
            }}
          >
            {t('draft.book')}
          </button>
        </>
      ) : (
        <p className="notice">{t('draft.noBookingNeeded')}</p>
      )}
    </div>
  );
}
