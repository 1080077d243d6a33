import { useServerNow } from '../../app/server-clock.ts';

/** The office's time, large, with the date in both languages; on the server's clock. */
export function DisplayClock({ timeZone }: { timeZone: string }) {
  const now = new Date(useServerNow(1000));
  const time = new Intl.DateTimeFormat('ja-JP', { hour: 'numeric', minute: '2-digit', timeZone }).format(now);
  const dateJa = new Intl.DateTimeFormat('ja-JP', {
    month: 'long',
    day: 'numeric',
    weekday: 'short',
    timeZone,
  }).format(now);
  const dateEn = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone,
  }).format(now);
  return (
    <p className="display-clock">
      <time className="display-clock__time" dateTime={now.toISOString()}>
        {time}
      </time>
      <span className="display-clock__date">
        <span lang="ja">{dateJa}</span> <span lang="en">{dateEn}</span>
      </span>
    </p>
  );
}
