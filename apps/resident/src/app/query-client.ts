import { isApiError } from '@kakanai/client';
import { QueryClient } from '@tanstack/react-query';

/**
 * Retries only what may pass on its own (a dropped connection, a server hiccup); a 4xx answer,
 * including 429, is shown to the resident with a "Try again" button instead.
 */
export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        retry: (failures, error) =>
          failures < 2 && isApiError(error) && (error.status === 0 || error.status >= 500),
      },
      mutations: { retry: false },
    },
  });
}
