import { localized } from '@kakanai/ui';
import type { TFunction } from 'i18next';
import type { DayState } from './calendar-month.ts';

/** The day's state in words, with the holiday or closure named: "空きあり", "祝日（文化の日）". */
export function dayStateLabel(state: DayState, t: TFunction, language: string): string {
  if (state.kind !== 'closed') return t(`calendar.state.${state.kind}`);
  const note = state.note ? localized(state.note, language) : undefined;
  if (state.reason === 'holiday' && note) return t('calendar.state.holiday', { name: note });
  if (state.reason === 'office_closure' && note) return t('calendar.state.office_closure_note', { note });
  return t(`calendar.state.${state.reason}`);
}

/** The one-word mark drawn in the day's cell; the full state is in the button's name. */
export function dayStateMark(state: DayState, t: TFunction): string {
  switch (state.kind) {
    case 'available':
      return t('calendar.mark.available');
    case 'full':
      return t('calendar.mark.full');
    case 'closed':
      return t('calendar.mark.closed');
    default:
      return '';
  }
}
