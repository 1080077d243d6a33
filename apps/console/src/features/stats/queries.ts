import type { ForecastQuery, StaffingQuery, StatsQuery } from '@kakanai/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

const MINUTE = 60 * 1000;

/**
 * The dashboard's figures for the filters. The previous answer stays on screen while the next one
 * loads, so changing a filter doesn't blank the page; the charts dim instead.
 */
export function useStatsSummary(query: StatsQuery | undefined) {
  return useQuery({
    queryKey: ['stats-summary', query],
    queryFn: () => api.statsSummary(query!),
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
    staleTime: MINUTE,
  });
}

/** Time per procedure for the same filters; kept on screen while the next answer loads, like the summary. */
export function useProcedureStats(query: StatsQuery | undefined) {
  return useQuery({
    queryKey: ['stats-procedures', query],
    queryFn: () => api.statsProcedures(query!),
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
    staleTime: MINUTE,
  });
}

/** The procedure catalog, for the procedures' names; the same cache entry the visit screen reads. */
export function useProcedureCatalog() {
  return useQuery({ queryKey: ['procedures'], queryFn: api.listProcedures, staleTime: 60 * MINUTE });
}

export function useStatsForecast(query: ForecastQuery | undefined) {
  return useQuery({
    queryKey: ['stats-forecast', query],
    queryFn: () => api.statsForecast(query!),
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
    staleTime: 5 * MINUTE,
  });
}

/** The what-if calculator's answer; pure arithmetic on the server, so it never goes stale. */
export function useStaffing(query: StaffingQuery | undefined) {
  return useQuery({
    queryKey: ['stats-staffing', query],
    queryFn: () => api.statsStaffing(query!),
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The office's windows, for the window filter; the staff queue lists them. */
export function useOfficeWindows(officeId: string | undefined) {
  return useQuery({
    queryKey: ['stats-windows', officeId],
    queryFn: async () =>
      (await api.queue(officeId!)).windows.map(({ id, number, name }) => ({ id, number, name })),
    enabled: Boolean(officeId),
    staleTime: 60 * MINUTE,
  });
}
