import { addDays, isYearEndHoliday, japaneseHoliday, localDateOf, weekdayOf } from '@kakanai/domain';

/** 10:00 in Tokyo on the next ordinary weekday after `from`, when every demo office is open. */
export function nextOpenMorning(from = new Date()): string {
  let date = addDays(localDateOf(from, 'Asia/Tokyo'), 1);
  while (weekdayOf(date) === 0 || weekdayOf(date) === 6 || japaneseHoliday(date) || isYearEndHoliday(date)) {
    date = addDays(date, 1);
  }
  return `${date}T10:00:00+09:00`;
}
