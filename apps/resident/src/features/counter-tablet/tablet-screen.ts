import type { TabletVisit } from './tablet-device.ts';

/** Which screen the tablet shows for the visit open at its window. */
export type TabletScreen =
  /** Nobody's visit: a welcome, and nothing of the resident before. */
  | 'welcome'
  /** Staff are filling in a visit they haven't sent yet. */
  | 'preparing'
  /** Staff asked for the ID card: the resident types its PIN. */
  | 'card'
  /** The resident asked for corrections, or staff took the forms back: wait for the new version. */
  | 'correcting'
  /** The forms to read, mark, sign and confirm. */
  | 'review'
  | 'signed'
  | 'accepted';

/**
 * The screen follows the server's state of the visit, so a reload, a second tablet or a staff
 * change lands where it should. `dismissed` is a finished visit whose thanks were shown already.
 */
export function tabletScreen(visit: TabletVisit | undefined, dismissed?: string): TabletScreen {
  if (!visit || visit.id === dismissed) return 'welcome';
  if (visit.card.requested) return 'card';
  switch (visit.status) {
    case 'draft':
      return visit.times.sentAt ? 'correcting' : 'preparing';
    case 'awaiting_confirmation':
      return hasOpenFlags(visit) ? 'correcting' : 'review';
    case 'signed':
      return 'signed';
    case 'accepted':
    case 'exported':
      return 'accepted';
  }
}

/** The resident flagged values on the version in front of them, and staff haven't answered yet. */
export function hasOpenFlags(visit: Pick<TabletVisit, 'flags' | 'version'>): boolean {
  return visit.flags.some((flag) => flag.version === visit.version && !flag.resolvedAt);
}
