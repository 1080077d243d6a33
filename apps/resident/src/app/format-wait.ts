import type { TFunction } from 'i18next';

/** '約15分' / 'About 15 minutes'; 'まもなく' / 'Soon' for no wait; hours past an hour. */
export function formatWait(t: TFunction, estimated: number): string {
  if (estimated <= 0) return t('wait.soon');
  // An estimate past half an hour is rough; '約2時間55分' would claim a precision it doesn't have.
  const minutes = estimated > 30 ? Math.round(estimated / 5) * 5 : estimated;
  if (minutes < 60) return t('wait.minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? t('wait.hoursOnly', { hours }) : t('wait.hours', { hours, minutes: rest });
}

/** '3人' / '3 people'. */
export function formatPeople(t: TFunction, count: number): string {
  return t('wait.people', { count });
}
