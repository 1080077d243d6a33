import { createApiClient } from '@kakanai/client';

/**
 * The console's one API client. It must be a single instance: it keeps the session's CSRF token
 * from sign-in (or /auth/me) and sends it with every write.
 */
export const api = createApiClient();
