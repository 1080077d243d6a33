import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { PHONE } from '../fixtures.ts';
import { BookingPage } from '../pages/booking-page.ts';
import { ManagePage } from '../pages/manage-page.ts';

test.use({ viewport: PHONE, locale: 'ja-JP' });

/** An .ics file's properties, with folded lines joined back (RFC 5545 §3.1). */
function icsProperties(text: string): Map<string, string> {
  const unfolded = text.replace(/\r\n[ \t]/g, '');
  const properties = new Map<string, string>();
  for (const line of unfolded.split('\r\n')) {
    const colon = line.indexOf(':');
    // The first of a name wins: the event's DESCRIPTION comes before the alarm's.
    if (colon > 0 && !properties.has(line.slice(0, colon)))
      properties.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return properties;
}

const icsUtc = (instant: string) =>
  new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

test('the confirmation page downloads the visit as an .ics event at the booked time', async ({ page }) => {
  const booking = new BookingPage(page, 'ja');
  await booking.gotoOffices();
  await booking.chooseOffice(/本庁舎/);
  await booking.chooseService(/住民異動/);
  await booking.pickFirstDayWithRoom();
  await booking.pickFirstTimeWithSeats();
  await booking.fillDetails({ name: '佐藤 一郎', nameKana: 'さとう いちろう', phone: '090-1234-5678' });
  await booking.continueToReview();

  const created = page.waitForResponse(
    (response) => response.url().endsWith('/api/v1/reservations') && response.request().method() === 'POST',
  );
  await booking.confirm();
  const { reservation } = (await (await created).json()) as { reservation: { start: string; code: string } };
  expect(reservation.start).toMatch(/\+09:00$/);

  const confirmation = new ManagePage(page);
  await confirmation.expectConfirmed();
  const [download] = await Promise.all([page.waitForEvent('download'), confirmation.calendarLink.click()]);
  expect(download.suggestedFilename()).toBe(`kakanai-${reservation.code}.ics`);
  const ics = icsProperties(await readFile((await download.path())!, 'utf8'));

  expect(ics.get('DTSTART')).toBe(icsUtc(reservation.start));
  expect(ics.get('SUMMARY')).toContain('住民異動');
  expect(ics.get('DESCRIPTION')).toContain(reservation.code);
  expect(ics.get('STATUS')).toBe('CONFIRMED');
});
