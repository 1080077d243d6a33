import type { Draft } from '@kakanai/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api-client.ts';

const keyOf = (code: string, token: string | undefined) => ['draft', code.toUpperCase(), token];

/** The draft as its holder sees it. No token, no request: the answer would only be "not found". */
export function useDraft(code: string, token: string | undefined) {
  return useQuery({
    queryKey: keyOf(code, token),
    queryFn: () => api.getDraft(code, token!),
    enabled: Boolean(token),
    staleTime: 0,
  });
}

/** Puts a fresh answer (after attaching to a booking) in place, so the page shows it without a refetch. */
export function useSetDraft() {
  const queryClient = useQueryClient();
  return (token: string, draft: Draft) => queryClient.setQueryData(keyOf(draft.code, token), { draft });
}
