import type { Role } from '@kakanai/contracts';
import { STATS_ROLES } from '../features/stats/stats-access.ts';

export interface NavItem {
  /** Path inside the console (the router's basename is /console). */
  to: string;
  /** Key in the console namespace. */
  labelKey: string;
  /** Who sees the item; everyone signed in when absent. */
  roles?: readonly Role[];
}

/**
 * The console's screens, in menu order. The counter, lobby display, dashboard and administration
 * join this list as they are built; a screen gets an item only once it exists.
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/counter', labelKey: 'nav.counter' },
  { to: '/applications', labelKey: 'nav.applications' },
  { to: '/reservations', labelKey: 'nav.reservations' },
  { to: '/stats', labelKey: 'nav.stats', roles: STATS_ROLES },
];

export function navItemsFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => !item.roles || item.roles.includes(role));
}
