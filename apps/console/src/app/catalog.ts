import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useStaffUser } from '../features/auth/session.ts';
import { api } from './api.ts';

const HOUR = 60 * 60 * 1000;

/** Every office of the city; the catalog changes rarely, so an hour's cache is fine. */
export function useOffices() {
  return useQuery({ queryKey: ['offices'], queryFn: () => api.listOffices(), staleTime: HOUR });
}

/** The offices the signed-in staff member works at, in the catalog's order. */
export function useMyOffices() {
  const user = useStaffUser();
  const offices = useOffices();
  const mine = useMemo(
    () => offices.data?.offices.filter((office) => user.officeIds.includes(office.id)) ?? [],
    [offices.data, user.officeIds],
  );
  return { ...offices, mine };
}

export function useServices(officeId: string | undefined) {
  return useQuery({
    queryKey: ['services', officeId],
    queryFn: () => api.listServices(officeId!),
    enabled: Boolean(officeId),
    staleTime: HOUR,
  });
}
