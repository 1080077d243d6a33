import type { ReservationDetail } from '@kakanai/contracts';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api-client.ts';

const keyOf = (code: string) => ['reservation', code.toUpperCase()];

/** The booking as its holder sees it. No token, no request: the answer would only be "not found". */
export function useReservation(code: string, token: string | undefined) {
  return useQuery({
    queryKey: [...keyOf(code), token],
    queryFn: () => api.getReservation(code, token!),
    enabled: Boolean(token),
    staleTime: 0,
  });
}

/** Puts a fresh answer from cancel or reschedule in place, so the page shows it without a refetch. */
export function useSetReservation() {
  const queryClient = useQueryClient();
  return (code: string, token: string, detail: ReservationDetail) =>
    queryClient.setQueryData([...keyOf(code), token], detail);
}
