import { type StreamMessage, type TicketStatus, TicketViewSchema } from '@kakanai/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../app/api-client.ts';
import { type EventUrgency, useLiveChannel } from '../../app/use-live-channel.ts';

/** Nothing happens to a ticket after these: the page stops listening. */
export const FINAL_STATUSES: readonly TicketStatus[] = ['done', 'no_show', 'not_served'];

// The ticket channel carries the whole office's public events. A phone in a busy hall refetches
// for those at most this often (the look-up is rate-limited per address, and a hall's Wi-Fi puts
// many phones behind one); events about this very ticket refetch at once.
const OTHERS_THROTTLE_MS = 5_000;

const parseSnapshot = (data: unknown) => {
  const parsed = TicketViewSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
};

/** The resident's ticket, kept live by the `ticket:ID` channel. */
export function useLiveTicket(ticketId: string, token: string | undefined) {
  const queryKey = ['ticket', ticketId, token];
  const ticket = useQuery({
    queryKey,
    queryFn: () => api.ticket(ticketId, token!),
    enabled: Boolean(token),
    staleTime: 5_000,
  });
  const current = ticket.data?.ticket;
  const final = current ? FINAL_STATUSES.includes(current.status) : false;

  const urgency = (message: StreamMessage): EventUrgency => {
    const { data } = message;
    if (data.ticketId === ticketId) return 'now';
    // Only events that can move this ticket's place or estimate: its service's queue and windows.
    if (message.type.startsWith('window.')) return 'soon';
    if (current && (data.serviceId === current.serviceId || data.fromServiceId === current.serviceId))
      return 'soon';
    return 'ignore';
  };

  const live = useLiveChannel({
    channel: token && !final ? `ticket:${ticketId}` : undefined,
    token,
    queryKey,
    parseSnapshot,
    urgency,
    throttleMs: OTHERS_THROTTLE_MS,
  });
  return { ticket, live, final };
}
