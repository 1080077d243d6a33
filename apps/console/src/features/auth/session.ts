import { isApiError } from '@kakanai/client';
import type { LoginBody, StaffUser } from '@kakanai/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, use } from 'react';
import { api } from '../../app/api.ts';

/** The signed-in staff member, or null when nobody is. */
export const sessionQueryKey = ['session'] as const;

async function currentStaff(): Promise<StaffUser | null> {
  try {
    return (await api.me()).user;
  } catch (error) {
    if (isApiError(error, 'unauthorized')) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: currentStaff, staleTime: Number.POSITIVE_INFINITY });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api.login(body),
    onSuccess: (session) => queryClient.setQueryData(sessionQueryKey, session.user),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.logout(),
    // Whatever happened on the server, this browser forgets the session and every cached answer:
    // the next person at this desk must not see the last one's data.
    onSettled: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQueryKey[0] });
      queryClient.setQueryData(sessionQueryKey, null);
    },
  });
}

export const StaffUserContext = createContext<StaffUser | null>(null);

/** The signed-in staff member; only for screens behind RequireSession. */
export function useStaffUser(): StaffUser {
  const user = use(StaffUserContext);
  if (!user) throw new Error('useStaffUser is only for screens behind RequireSession');
  return user;
}

/** Where to go after signing in: a path inside the console, never another site. */
export function safeNextPath(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')
    ? next
    : '/reservations';
}
