import type { Service, Ticket } from '@kakanai/contracts';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../app/office-time.ts';
import { shortServiceName } from '../../app/service-name.ts';
import { minutesBetween, wasTransferred } from './queue-model.ts';

interface WaitingListProps {
  tickets: Ticket[];
  services: Map<string, Service>;
  timeZone: string;
  now: number;
}

/** Who this window calls next, in call order, and how long each has waited so far. */
export function WaitingList({ tickets, services, timeZone, now }: WaitingListProps) {
  const { t, i18n } = useTranslation('console', { keyPrefix: 'counter' });
  return (
    <section className="waiting-list panel" aria-labelledby="waiting-list-title">
      <h2 id="waiting-list-title" className="panel__title">
        {t('waiting.title')}
        <span className="panel__count">{t('people', { count: tickets.length })}</span>
      </h2>
      {tickets.length === 0 ? (
        <p className="panel__empty">{t('waiting.empty')}</p>
      ) : (
        <table className="waiting-table">
          <caption className="visually-hidden">{t('waiting.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('waiting.number')}</th>
              <th scope="col">{t('waiting.service')}</th>
              <th scope="col" className="waiting-table__waited">
                {t('waiting.waited')}
              </th>
              <th scope="col">{t('waiting.kind')}</th>
            </tr>
          </thead>
          <tbody>
            {tickets.map((ticket) => {
              const service = services.get(ticket.serviceId);
              return (
                <tr key={ticket.id}>
                  <th scope="row" className="ticket-number">
                    {ticket.number}
                  </th>
                  <td className="waiting-table__service">
                    {service ? shortServiceName(service.name, i18n.language) : ticket.serviceId}
                  </td>
                  <td className="waiting-table__waited">
                    {t('minutes', { count: minutesBetween(ticket.queuedAt, now) })}
                  </td>
                  <td>
                    {ticket.source === 'reservation' && ticket.slotStart ? (
                      <span className="kind kind--reserved">
                        {t('current.reserved', { time: clockTime(ticket.slotStart, timeZone) })}
                      </span>
                    ) : (
                      <span className="kind kind--walk-in">{t('current.walkIn')}</span>
                    )}
                    {wasTransferred(ticket) && (
                      <span className="kind kind--transferred">{t('current.transferred')}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
