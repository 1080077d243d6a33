import type { UpdateVisitBody, Visit } from '@kakanai/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

// The catalog changes when the city edits a form, not during a visit.
const CATALOG_STALE_MS = 10 * 60_000;

export const visitQueryKey = (visitId: string) => ['visit', visitId] as const;
export const currentVisitQueryKey = (windowId: string) => ['visit', 'window', windowId] as const;

/** One visit. The office stream refetches it on every event; without the stream, every 10 s. */
export function useVisit(visitId: string, live: boolean) {
  return useQuery({
    queryKey: visitQueryKey(visitId),
    queryFn: async () => (await api.getVisit(visitId)).visit,
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: live ? false : 10_000,
  });
}

/** The visit open at a window, if any; `null` when there is none. */
export function useCurrentVisit(windowId: string | undefined) {
  return useQuery({
    queryKey: currentVisitQueryKey(windowId ?? ''),
    queryFn: async () => (await api.currentVisit(windowId!)).visit ?? null,
    enabled: Boolean(windowId),
  });
}

export function useProcedures() {
  return useQuery({ queryKey: ['procedures'], queryFn: api.listProcedures, staleTime: CATALOG_STALE_MS });
}

export function useLifeEvents() {
  return useQuery({ queryKey: ['life-events'], queryFn: api.listLifeEvents, staleTime: CATALOG_STALE_MS });
}

/** Opens the visit of the ticket at a window; the answer goes straight into the cache. */
export function useOpenVisit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ windowId, ticketId }: { windowId: string; ticketId: string }) =>
      (await api.openVisit(windowId, { ticketId })).visit,
    onSuccess: (visit) => {
      queryClient.setQueryData(visitQueryKey(visit.id), visit);
      if (visit.windowId) queryClient.setQueryData(currentVisitQueryKey(visit.windowId), visit);
    },
  });
}

/**
 * What staff do to an open visit. Each answer is the visit as it now is, and replaces the cached
 * one at once; a failure refetches it (another screen saved, the tablet signed meanwhile).
 */
export function useVisitActions(visitId: string) {
  const queryClient = useQueryClient();
  const key = visitQueryKey(visitId);
  const show = (visit: Visit) => queryClient.setQueryData(key, visit);
  const refetch = () => void queryClient.invalidateQueries({ queryKey: key, exact: true });
  const options = { onSuccess: show, onError: refetch };

  const save = useMutation({
    mutationFn: async (body: UpdateVisitBody) => (await api.updateVisit(visitId, body)).visit,
    ...options,
  });
  /**
   * Saves what is on screen first, when there is anything unsaved, then sends that version to the
   * tablet: the version staff see is the one that goes, or the server says it changed meanwhile.
   */
  const send = useMutation({
    mutationFn: async ({ unsaved, version }: { unsaved: UpdateVisitBody | undefined; version: number }) => {
      let shown = version;
      if (unsaved) {
        const saved = (await api.updateVisit(visitId, unsaved)).visit;
        show(saved);
        shown = saved.version;
      }
      return (await api.sendVisit(visitId, shown)).visit;
    },
    ...options,
  });
  const loadDraft = useMutation({
    mutationFn: async (draftCode: string) => (await api.loadVisitDraft(visitId, draftCode)).visit,
    ...options,
  });
  const cardRequest = useMutation({
    mutationFn: async (cancel: boolean) => (await api.requestCardRead(visitId, cancel)).visit,
    ...options,
  });
  const accept = useMutation({
    mutationFn: async (version: number) => (await api.acceptVisit(visitId, version)).visit,
    ...options,
  });
  return { save, send, loadDraft, cardRequest, accept };
}
