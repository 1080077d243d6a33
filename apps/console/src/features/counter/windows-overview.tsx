import type { WindowState } from '@kakanai/contracts';
import { useTranslation } from 'react-i18next';

/** The office's other windows at a glance: open or not, and the number each has. */
export function WindowsOverview({ windows, served }: { windows: WindowState[]; served: number }) {
  const { t } = useTranslation('console', { keyPrefix: 'counter' });
  return (
    <section className="windows-overview panel" aria-labelledby="windows-overview-title">
      <h2 id="windows-overview-title" className="panel__title">
        {t('windows.title')}
        <span className="panel__count">{t('windows.served', { count: served })}</span>
      </h2>
      <table className="windows-table">
        <caption className="visually-hidden">{t('windows.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('windows.window')}</th>
            <th scope="col">{t('windows.status')}</th>
            <th scope="col">{t('windows.current')}</th>
          </tr>
        </thead>
        <tbody>
          {windows.map((window) => (
            <tr key={window.id}>
              <th scope="row">{t('windows.number', { number: window.number })}</th>
              <td>
                <span className={`window-status window-status--${window.status} window-status--small`}>
                  {t(`window.status.${window.status}`)}
                </span>
              </td>
              <td className="ticket-number">
                {window.current ? (
                  <>
                    {window.current.number}
                    {window.current.status === 'serving' && (
                      <span className="windows-table__serving">{t('current.status.serving')}</span>
                    )}
                  </>
                ) : (
                  <>
                    <span className="muted" aria-hidden="true">
                      —
                    </span>
                    <span className="visually-hidden">{t('windows.none')}</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
