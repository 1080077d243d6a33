import type { Procedure } from '@kakanai/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client.ts';

// The catalog changes when the city edits a form, not while a resident fills one in.
const CATALOG_STALE_MS = 10 * 60_000;

export function useProcedures() {
  return useQuery({ queryKey: ['procedures'], queryFn: api.listProcedures, staleTime: CATALOG_STALE_MS });
}

export function useLifeEvents() {
  return useQuery({ queryKey: ['life-events'], queryFn: api.listLifeEvents, staleTime: CATALOG_STALE_MS });
}

/** The procedures with these ids, in the order given; unknown ids are left out. */
export function pickProcedures(all: Procedure[] | undefined, ids: readonly string[]): Procedure[] {
  const byId = new Map((all ?? []).map((procedure) => [procedure.id, procedure]));
  return ids.flatMap((id) => {
    const procedure = byId.get(id);
    return procedure ? [procedure] : [];
  });
}
