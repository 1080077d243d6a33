import { isApiError } from '@kakanai/client';
import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { sessionQueryKey } from '../features/auth/session.ts';

/**
 * Server state for the whole console. A 401 from any request means the session has ended (expired,
 * or signed out in another tab): forgetting the session sends the user to the sign-in screen, and
 * they come back to the same page afterwards.
 */
export function createQueryClient(): QueryClient {
  const endSession = (error: unknown) => {
    if (isApiError(error, 'unauthorized')) queryClient.setQueryData(sessionQueryKey, null);
  };
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: endSession }),
    mutationCache: new MutationCache({ onError: endSession }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Staff read personal data here, and every read is audited: refetch when asked, not on
        // every window focus. Live updates arrive with the stream in a later issue.
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => !isApiError(error) || (error.status >= 500 && failureCount < 2),
      },
    },
  });
  return queryClient;
}
