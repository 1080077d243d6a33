import type { Role } from '@kakanai/contracts';

/** Who may see the dashboard; the server's stats routes admit the same roles. */
export const STATS_ROLES: readonly Role[] = ['manager', 'admin'];
