import type { Service, StaffReservation } from '@kakanai/contracts';
import { localized, ProblemMessage } from '@kakanai/ui';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMyOffices, useServices } from '../../app/catalog.ts';
import { longDate, timeOfDay, todayAt } from '../../app/office-time.ts';
import { PageTitle } from '../../app/page-title.tsx';
import { useNow } from '../../app/use-now.ts';
import { CancelReservationDialog, type CancelTarget } from './cancel-reservation-dialog.tsx';
import { ClosedDayNotice } from './closed-day-notice.tsx';
import { type DayParams, useDayParams } from './day-params.ts';
import { DaySchedule } from './day-schedule.tsx';
import { DaySummary } from './day-summary.tsx';
import { DayToolbar } from './day-toolbar.tsx';
import { useClosedDayReason, useStaffDay } from './queries.ts';
import { buildSchedule } from './schedule.ts';

const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

/** The reservations of one office's day, slot by slot, for staff to read and, if need be, cancel. */
export function ReservationsPage() {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'reservations' });
  const { t: tCommon } = useTranslation('common');
  const [params, setParams] = useDayParams();
  const now = useNow(60_000);

  const offices = useMyOffices();
  const myOffices = offices.mine;
  const office = myOffices.find((o) => o.id === params.officeId) ?? myOffices[0];
  const timeZone = office?.timeZone ?? DEFAULT_TIME_ZONE;
  const today = todayAt(timeZone, new Date(now));
  const date = params.date ?? today;

  const services = useServices(office?.id);
  const serviceById = useMemo(
    () => new Map<string, Service>(services.data?.services.map((s) => [s.id, s]) ?? []),
    [services.data],
  );
  const bookable = useMemo(() => services.data?.services.filter((s) => s.bookable) ?? [], [services.data]);
  const serviceId = bookable.some((s) => s.id === params.serviceId) ? params.serviceId : undefined;

  const day = useStaffDay(office?.id, date);
  const closedDay = useClosedDayReason(
    office?.id,
    day.data?.open === false ? bookable[0]?.id : undefined,
    date,
  );
  const schedule = useMemo(
    () =>
      day.data
        ? buildSchedule(day.data.slots, {
            serviceId,
            showEmpty: params.showEmpty,
            serviceIds: bookable.map((s) => s.id),
          })
        : undefined,
    [day.data, serviceId, params.showEmpty, bookable],
  );

  const [cancelTarget, setCancelTarget] = useState<CancelTarget | null>(null);
  const [lastCancelled, setLastCancelled] = useState<StaffReservation | null>(null);

  const changeView = (change: Partial<DayParams>) => {
    setLastCancelled(null);
    setParams(change);
  };
  const openCancel = useCallback(
    (reservation: StaffReservation, serviceName: string) => setCancelTarget({ reservation, serviceName }),
    [],
  );
  const closeCancel = useCallback(
    (cancelled: boolean) => {
      if (cancelled && cancelTarget) setLastCancelled(cancelTarget.reservation);
      setCancelTarget(null);
    },
    [cancelTarget],
  );

  if (offices.isPending) return <p role="status">{tCommon('loading')}</p>;
  if (offices.isError) return <ProblemMessage error={offices.error} />;
  if (!office) {
    return (
      <>
        <PageTitle page={t('title')} />
        <h1>{t('title')}</h1>
        <p className="notice">{t('noOffices')}</p>
      </>
    );
  }

  return (
    <div className="reservations">
      <PageTitle page={t('title')} />
      <div className="page-head">
        <h1>{t('title')}</h1>
        <div className="page-head__refresh">
          {day.dataUpdatedAt > 0 && (
            <span className="muted">{t('updatedAt', { time: timeOfDay(day.dataUpdatedAt, timeZone) })}</span>
          )}
          <button
            type="button"
            className="compact"
            onClick={() => void day.refetch()}
            disabled={day.isFetching}
          >
            {day.isFetching ? t('refreshing') : t('refresh')}
          </button>
        </div>
      </div>

      <DayToolbar
        offices={myOffices}
        officeId={office.id}
        date={date}
        today={today}
        services={bookable}
        serviceId={serviceId}
        showEmpty={params.showEmpty}
        onChange={changeView}
      />

      <section className="day" aria-labelledby="day-heading">
        <div className="day__head">
          <h2 id="day-heading">
            {longDate(date, i18n.language)}
            {date === today && <span className="today-badge">{t('todayBadge')}</span>}
            <span className="day__office">{localized(office.name, i18n.language)}</span>
          </h2>
          {schedule && day.data?.open && <DaySummary totals={schedule.totals} />}
        </div>

        <div role="status" className="day__status">
          {lastCancelled && (
            <p className="success">
              {t('cancelledNotice', { name: lastCancelled.name, code: lastCancelled.code })}
            </p>
          )}
        </div>

        {day.isPending ? (
          <p className="muted">{tCommon('loading')}</p>
        ) : day.isError ? (
          <div>
            <ProblemMessage error={day.error} />
            <button type="button" onClick={() => void day.refetch()}>
              {tCommon('retry')}
            </button>
          </div>
        ) : !day.data.open ? (
          <ClosedDayNotice day={closedDay.data} />
        ) : !schedule || schedule.totals.slots === 0 ? (
          <p className="empty-day">{t('noSlots')}</p>
        ) : (
          <>
            {schedule.groups.length === 0 && <p className="empty-day">{t('noBookings')}</p>}
            <DaySchedule
              groups={schedule.groups}
              services={serviceById}
              timeZone={timeZone}
              now={now}
              onCancel={openCancel}
              focusedReservationId={cancelTarget ? undefined : lastCancelled?.id}
            />
            {schedule.hiddenEmptySlots > 0 && (
              <p className="hidden-empty">
                {t('emptyHidden', { count: schedule.hiddenEmptySlots })}{' '}
                <button type="button" className="link-button" onClick={() => changeView({ showEmpty: true })}>
                  {t('showEmptyAction')}
                </button>
              </p>
            )}
          </>
        )}
      </section>

      {cancelTarget && (
        <CancelReservationDialog
          key={cancelTarget.reservation.id}
          officeId={office.id}
          date={date}
          timeZone={timeZone}
          target={cancelTarget}
          onClose={closeCancel}
        />
      )}
    </div>
  );
}
