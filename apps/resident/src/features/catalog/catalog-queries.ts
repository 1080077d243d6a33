import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client.ts';

// Offices and services change when the city edits them, not while a resident books.
const CATALOG_STALE_MS = 5 * 60_000;

export function useOffices() {
  return useQuery({ queryKey: ['offices'], queryFn: api.listOffices, staleTime: CATALOG_STALE_MS });
}

export function useServices(officeId: string | undefined) {
  return useQuery({
    queryKey: ['services', officeId],
    queryFn: () => api.listServices(officeId!),
    enabled: Boolean(officeId),
    staleTime: CATALOG_STALE_MS,
  });
}

/** The office and the service a screen is about, loaded together; `missing` when either isn't there. */
export function useOfficeAndService(officeId: string | undefined, serviceId: string | undefined) {
  const offices = useOffices();
  const services = useServices(officeId);
  const office = offices.data?.offices.find((o) => o.id === officeId);
  const service = services.data?.services.find((s) => s.id === serviceId);
  const error = offices.error ?? services.error;
  const isPending = offices.isPending || services.isPending;
  return {
    office,
    service,
    isPending,
    error,
    missing: !isPending && !error && (!office || !service),
    refetch: () => {
      void offices.refetch();
      void services.refetch();
    },
  };
}
