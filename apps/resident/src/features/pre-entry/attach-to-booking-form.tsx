import { zodResolver } from '@hookform/resolvers/zod';
import type { Draft } from '@kakanai/contracts';
import { ProblemMessage, TextField } from '@kakanai/ui';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../app/api-client.ts';
import { formatVisit } from '../../app/format-dates.ts';
import { parseManageLink } from '../manage/manage-link.ts';
import { useSavedBookings } from '../manage/my-bookings.ts';
import { saveDraft } from './my-drafts.ts';

const OTHER = 'other';

const AttachSchema = z.object({ booking: z.string(), link: z.string().trim() }).superRefine((value, ctx) => {
  if (!value.booking) ctx.addIssue({ code: 'custom', path: ['booking'], message: 'choose_booking' });
  else if (value.booking === OTHER && !value.link)
    ctx.addIssue({ code: 'custom', path: ['link'], message: 'link_required' });
  else if (value.booking === OTHER && !parseManageLink(value.link))
    ctx.addIssue({ code: 'custom', path: ['link'], message: 'invalid_link' });
});
type AttachValues = z.input<typeof AttachSchema>;

/**
 * Attaches a finished pre-entry to a booking already made: one this device remembers, or any
 * other by its manage link (the link proves the booking is the resident's).
 */
export function AttachToBookingForm({
  draft,
  token,
  onAttached,
}: {
  draft: Draft;
  token: string;
  onAttached: (draft: Draft) => void;
}) {
  const { t, i18n } = useTranslation('pre-entry');
  const now = Date.now();
  const bookings = useSavedBookings().filter((b) => b.status !== 'cancelled' && Date.parse(b.end) > now);
  const {
    register,
    handleSubmit,
    watch,
    formState: { errors },
  } = useForm<AttachValues>({
    resolver: zodResolver(AttachSchema),
    defaultValues: { booking: bookings.length === 0 ? OTHER : '', link: '' },
  });
  const attach = useMutation({
    mutationFn: ({ code, manageToken }: { code: string; manageToken: string }) =>
      api.attachDraftToReservation(draft.code, token, code, manageToken),
    onSuccess: ({ draft: attached }) => {
      saveDraft({
        code: attached.code,
        token,
        procedureIds: attached.procedureIds,
        complete: attached.complete,
        expiresAt: attached.expiresAt,
        reservationCode: attached.reservationCode,
      });
      onAttached(attached);
    },
  });
  const message = (field: keyof AttachValues) => {
    const error = errors[field];
    return error?.message ? t(`attach.errors.${error.message}`) : undefined;
  };
  const choice = watch('booking');

  return (
    <form
      noValidate
      className="attach-form"
      onSubmit={handleSubmit((values) => {
        if (values.booking === OTHER) {
          const parsed = parseManageLink(values.link)!;
          attach.mutate({ code: parsed.code, manageToken: parsed.token });
          return;
        }
        const booking = bookings.find((b) => b.code === values.booking);
        if (booking) attach.mutate({ code: booking.code, manageToken: booking.token });
      })}
    >
      {bookings.length > 0 ? (
        <fieldset
          className={errors.booking ? 'field choice-field field--error' : 'field choice-field'}
          aria-describedby={errors.booking ? 'attach-booking-error' : undefined}
        >
          <legend>{t('attach.whichBooking')}</legend>
          {errors.booking ? (
            <p id="attach-booking-error" className="field-error">
              {message('booking')}
            </p>
          ) : null}
          <div className="choices">
            {bookings.map((booking) => (
              <label key={booking.code} className="choice" htmlFor={`attach-${booking.code}`}>
                <input
                  id={`attach-${booking.code}`}
                  type="radio"
                  value={booking.code}
                  {...register('booking')}
                />
                <span>
                  {formatVisit(booking.start, booking.end, booking.timeZone, i18n.language)}
                  <span className="choice-detail">{t('attach.bookingCode', { code: booking.code })}</span>
                </span>
              </label>
            ))}
            <label className="choice" htmlFor="attach-other">
              <input id="attach-other" type="radio" value={OTHER} {...register('booking')} />
              <span>{t('attach.otherBooking')}</span>
            </label>
          </div>
        </fieldset>
      ) : null}
      {choice === OTHER ? (
        <TextField
          id="attach-link"
          label={t('attach.link')}
          hint={t('attach.linkHint')}
          error={message('link')}
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          {...register('link')}
        />
      ) : null}
      {attach.error ? <ProblemMessage error={attach.error} /> : null}
      <div className="actions">
        <button type="submit" disabled={attach.isPending} aria-busy={attach.isPending}>
          {attach.isPending ? t('attach.attaching') : t('attach.submit')}
        </button>
      </div>
    </form>
  );
}
