import { isApiError } from '@kakanai/client';
import { type Call, type PublicStatus, PublicStatusSchema, type StreamMessage } from '@kakanai/contracts';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../app/api.ts';

export const publicStatusQueryKey = (officeId: string) => ['public-status', officeId] as const;

/** Numbers called, waiting counts and estimates: the lobby's data, without any personal data. */
export function usePublicStatus(officeId: string, live: boolean) {
  return useQuery({
    queryKey: publicStatusQueryKey(officeId),
    queryFn: () => api.publicStatus(officeId),
    // The stream keeps it fresh; without the stream, a display still catches up every 15 s.
    staleTime: Number.POSITIVE_INFINITY,
    refetchInterval: live ? false : 15_000,
    // A lobby screen runs all day: keep retrying through a network blip or a server restart, but
    // not when the server says no (an office that doesn't exist).
    retry: (_count, error) => !isApiError(error) || error.status === 0 || error.status >= 500,
    retryDelay: (attempt) => Math.min(15_000, 1000 * 2 ** attempt),
  });
}

export function parsePublicStatus(data: unknown): PublicStatus | undefined {
  const parsed = PublicStatusSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

/** ticket.called, as the public channel sends it: on the first call and on every recall. */
const TicketCalledSchema = z.object({
  ticketId: z.string(),
  number: z.string(),
  windowNumber: z.number().int(),
  recall: z.number().int(),
});

/** A call the display heard on the stream, to announce and to flash. */
export interface HeardCall {
  /** Distinguishes a recall from the first call of the same ticket. */
  key: string;
  ticketId: string;
  number: string;
  windowNumber: number;
  recall: number;
  /** When the server made the call. */
  at: number;
}

export function heardCall(message: StreamMessage): HeardCall | undefined {
  if (message.type !== 'ticket.called') return undefined;
  const parsed = TicketCalledSchema.safeParse(message.data);
  if (!parsed.success) return undefined;
  return { key: `${message.seq}`, ...parsed.data, at: Date.parse(message.at) };
}

/**
 * The calls at windows now, the newest first: a recall counts as a new call, so the number
 * recalled last stands first and is the one that flashes.
 */
export function callsNewestFirst(calling: Call[], lastHeard: Map<string, number>): Call[] {
  const latest = (call: Call) => Math.max(Date.parse(call.calledAt), lastHeard.get(call.ticketId) ?? 0);
  return calling.toSorted((a, b) => latest(b) - latest(a));
}

/** 'A 0 0 1': a number as English speech should read it, one character at a time. */
export function spelledOut(number: string): string {
  return [...number].join(' ');
}
