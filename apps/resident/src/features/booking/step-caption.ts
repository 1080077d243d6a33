import type { TFunction } from 'i18next';

/** The booking's steps, in order; captions read "ステップ 2/5". */
export const BOOKING_STEPS = ['office', 'service', 'date', 'details', 'review'] as const;

export function stepCaption(t: TFunction, step: (typeof BOOKING_STEPS)[number]): string {
  return t('booking.step', { current: BOOKING_STEPS.indexOf(step) + 1, total: BOOKING_STEPS.length });
}
