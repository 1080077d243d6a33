import type { ApiClient } from '@kakanai/client';
import { PublicStatusSchema } from '@kakanai/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client.ts';
import { useLiveChannel } from '../../app/use-live-channel.ts';

const keyOf = (officeId: string) => ['public-status', officeId];

const parseSnapshot = (data: unknown) => {
  const parsed = PublicStatusSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};

/**
 * The office's waiting counts, estimated waits and numbers being called, kept live by the public
 * stream. The kiosk passes its own client (it authenticates as a device); the data is the same.
 */
export function useLivePublicStatus(officeId: string | undefined, client: ApiClient = api) {
  const key = keyOf(officeId ?? '');
  const status = useQuery({
    queryKey: key,
    queryFn: () => client.publicStatus(officeId!),
    enabled: Boolean(officeId),
    // The stream keeps it fresh; a refetch on focus covers a page that slept.
    staleTime: 10_000,
  });
  const live = useLiveChannel({
    channel: officeId ? `public:${officeId}` : undefined,
    queryKey: key,
    parseSnapshot,
  });
  return { status, live };
}
