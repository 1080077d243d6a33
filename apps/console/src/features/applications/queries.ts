import type { ApplicationExportBody } from '@kakanai/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

export const visitListQueryKey = (officeId: string, date: string) => ['visits', officeId, date] as const;

/** The day's visits at an office, newest work included; the office stream refetches it. */
export function useVisitList(officeId: string | undefined, date: string, live: boolean) {
  return useQuery({
    queryKey: visitListQueryKey(officeId ?? '', date),
    queryFn: async () => (await api.listVisits(officeId!, date)).visits,
    enabled: Boolean(officeId),
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: live ? false : 30_000,
  });
}

/** A file of the day's accepted applications of one procedure; the server marks them exported. */
export function useExportApplications(officeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ApplicationExportBody) => {
      const blob = await api.exportApplications(officeId, body);
      saveFile(blob, `applications-${body.procedureId}-${body.date}.${body.format}`);
      return body;
    },
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['visits', officeId] }),
  });
}

/** Hands a fetched file to the browser's downloads: the request carried the CSRF header, so no plain link. */
function saveFile(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file over; revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
