import type { ServiceLoad } from '@kakanai/contracts';
import { shortServiceName } from '../../app/service-name.ts';
import { Bilingual, type DisplayTranslations } from './bilingual.tsx';

/**
 * Per service: how many wait, and about how long a number taken now waits. Names go without their
 * explanations (「住民異動」, not 「住民異動（転入・転出・転居）」), to be read from afar.
 */
export function ServiceLoads({ services, tr }: { services: ServiceLoad[]; tr: DisplayTranslations }) {
  return (
    <section className="loads" aria-labelledby="loads-title">
      <h2 id="loads-title" className="lobby-heading lobby-heading--small">
        <Bilingual ja={tr.ja('waitingTitle')} en={tr.en('waitingTitle')} />
      </h2>
      <ul className="loads__list">
        {services.map((service) => (
          <li key={service.serviceId} className={`load${service.waiting === 0 ? ' load--none' : ''}`}>
            <p className="load__name">
              <span className="load__prefix" aria-hidden="true">
                {service.ticketPrefix}
              </span>
              <Bilingual
                ja={shortServiceName(service.name, 'ja')}
                en={shortServiceName(service.name, 'en')}
                stacked
              />
            </p>
            {service.waiting === 0 ? (
              <p className="load__none">
                <Bilingual ja={tr.ja('noWait')} en={tr.en('noWait')} stacked />
              </p>
            ) : (
              <>
                <p className="load__waiting">
                  <span className="load__count">{service.waiting}</span>
                  <Bilingual
                    className="load__unit"
                    ja={tr.ja('waitingUnit', { count: service.waiting })}
                    en={tr.en('waitingUnit', { count: service.waiting })}
                    stacked
                  />
                </p>
                <p className="load__estimate">
                  <Bilingual
                    ja={tr.ja('estimate', { count: service.estimatedWaitMinutes })}
                    en={tr.en('estimate', { count: service.estimatedWaitMinutes })}
                    stacked
                  />
                </p>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
