import { type QueueSnapshot, QueueSnapshotSchema, type TicketView } from '@kakanai/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';
import { withTicket, withWindowStatus } from './queue-model.ts';

export const queueQueryKey = (officeId: string) => ['queue', officeId] as const;

/** The office's hall queue: windows, waiting tickets in call order, tickets at windows. */
export function useQueue(officeId: string | undefined, live: boolean) {
  return useQuery({
    queryKey: queueQueryKey(officeId ?? ''),
    queryFn: () => api.queue(officeId!),
    enabled: Boolean(officeId),
    // The stream keeps it fresh, with a refetch on every event; without the stream (a proxy that
    // drops WebSockets, a reconnect under way) the counter still catches up every 15 s.
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: live ? false : 15_000,
  });
}

/** The stream's snapshot for the office channel, if it matches the contract. */
export function parseQueueSnapshot(data: unknown): QueueSnapshot | undefined {
  const parsed = QueueSnapshotSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export type TicketAction = 'recall' | 'start' | 'complete' | 'no-show';

/** What staff do at a window. Each answer updates the cached queue at once, then it is refetched. */
export function useCounterActions(officeId: string) {
  const queryClient = useQueryClient();
  const key = queueQueryKey(officeId);
  // After a success, and after a failure too (another window was faster, the ticket was closed):
  // the queue as it is. Not awaited: the action is done when the server has answered, and the
  // keys work again at once.
  const refetch = () => void queryClient.invalidateQueries({ queryKey: key, exact: true });
  const show = (view: TicketView | undefined) => {
    if (view) queryClient.setQueryData<QueueSnapshot>(key, (s) => (s ? withTicket(s, view.ticket) : s));
    refetch();
  };

  const callNext = useMutation({
    mutationFn: (windowId: string) => api.callNext(windowId),
    onSuccess: show,
    onError: refetch,
  });
  const ticketAction = useMutation({
    mutationFn: ({ ticketId, action }: { ticketId: string; action: TicketAction }) =>
      api.ticketAction(ticketId, action),
    onSuccess: show,
    onError: refetch,
  });
  const completeAndCallNext = useMutation({
    mutationFn: async ({ ticketId, windowId }: { ticketId: string; windowId: string }) => {
      const completed = await api.ticketAction(ticketId, 'complete');
      queryClient.setQueryData<QueueSnapshot>(key, (s) => (s ? withTicket(s, completed.ticket) : s));
      return api.callNext(windowId);
    },
    onSuccess: show,
    onError: refetch,
  });
  const transfer = useMutation({
    mutationFn: ({ ticketId, serviceId }: { ticketId: string; serviceId: string }) =>
      api.transfer(ticketId, serviceId),
    onSuccess: show,
    onError: refetch,
  });
  const setWindowStatus = useMutation({
    mutationFn: ({ windowId, status }: { windowId: string; status: 'open' | 'paused' | 'closed' }) =>
      api.setWindowStatus(windowId, status),
    onSuccess: (window) => {
      queryClient.setQueryData<QueueSnapshot>(key, (s) =>
        s ? withWindowStatus(s, window.id, window.status) : s,
      );
      refetch();
    },
    onError: refetch,
  });

  return { callNext, ticketAction, completeAndCallNext, transfer, setWindowStatus };
}
