import type { LocalDate } from '@kakanai/domain';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client.ts';

/** Seats for one service over a range of days. Always fresh: seats go while the resident looks. */
export function useAvailability(
  officeId: string,
  serviceId: string,
  range: { from: LocalDate; to: LocalDate } | undefined,
) {
  return useQuery({
    queryKey: ['availability', officeId, serviceId, range?.from, range?.to],
    queryFn: () => api.availability(officeId, { serviceId, from: range!.from, to: range!.to }),
    enabled: Boolean(range),
    staleTime: 0,
  });
}
