import { type LocalDate, weekdayOf } from '@kakanai/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, weekdayNames } from '../../app/format-dates.ts';
import { type CalendarDay, type Month, monthWeeks } from './calendar-month.ts';
import { dayStateLabel, dayStateMark } from './day-state-label.ts';

/**
 * A month as a real table of day buttons. Only days with seats are enabled; every button's name
 * says the date and its state ("12月1日(火) 空きあり"), so the grid reads well without seeing it.
 */
export function MonthCalendar({
  month,
  days,
  today,
  selectedDate,
  labelledBy,
  onSelect,
}: {
  month: Month;
  days: Map<LocalDate, CalendarDay>;
  today: LocalDate;
  selectedDate: LocalDate | undefined;
  labelledBy: string;
  onSelect: (date: LocalDate) => void;
}) {
  const { t, i18n } = useTranslation();
  const short = weekdayNames(i18n.language, 'short');
  const long = weekdayNames(i18n.language, 'long');
  return (
    <table className="month-calendar" aria-labelledby={labelledBy}>
      <thead>
        <tr>
          {short.map((name, weekday) => (
            <th key={long[weekday]} scope="col" abbr={long[weekday]} className={weekdayClass(weekday)}>
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {monthWeeks(month).map((week) => (
          <tr key={week[0]?.key}>
            {week.map(({ key, date }) => {
              const day = date ? days.get(date) : undefined;
              if (!date || !day) return <td key={key} />;
              const weekday = weekdayOf(date);
              const label = `${formatDate(date, i18n.language, false)} ${dayStateLabel(day.state, t, i18n.language)}`;
              const selected = date === selectedDate;
              const holiday =
                day.state.kind === 'closed' && day.state.reason === 'holiday' ? ' is-holiday' : '';
              return (
                <td key={key}>
                  <button
                    type="button"
                    className={`calendar-day calendar-day--${day.state.kind} ${weekdayClass(weekday)}${holiday}`}
                    disabled={day.state.kind !== 'available'}
                    aria-pressed={day.state.kind === 'available' ? selected : undefined}
                    aria-current={date === today ? 'date' : undefined}
                    aria-label={label}
                    title={label}
                    onClick={() => onSelect(date)}
                  >
                    <span className="calendar-day-number">{Number(date.slice(8))}</span>
                    {/* Drawn by CSS from data-mark: the full state is already in the button's name, and
                        the short mark as text would break "visible label is part of the name". */}
                    <span
                      className="calendar-day-mark"
                      data-mark={dayStateMark(day.state, t)}
                      aria-hidden="true"
                    />
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function weekdayClass(weekday: number): string {
  return weekday === 0 ? 'is-sunday' : weekday === 6 ? 'is-saturday' : '';
}
