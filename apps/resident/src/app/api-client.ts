import { createApiClient } from '@kakanai/client';

/** The one API client of the resident app; same origin, so the server's CSP allows it. */
export const api = createApiClient();
