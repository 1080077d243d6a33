import type { StaffCancelBody, StaffDayResponse } from '@kakanai/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../app/api.ts';

const HOUR = 60 * 60 * 1000;

export const staffDayQueryKey = (officeId: string, date: string) => ['staff-day', officeId, date] as const;

/** The office's bookings for one day, slot by slot, cancelled ones included. */
export function useStaffDay(officeId: string | undefined, date: string) {
  return useQuery({
    queryKey: staffDayQueryKey(officeId ?? '', date),
    queryFn: () => api.staffDay(officeId!, date),
    enabled: Boolean(officeId),
  });
}

/**
 * Why a day is closed (a holiday's name, a closure's note). The staff day only says "closed"; the
 * public availability answer names the reason, and any bookable service of the office will do.
 */
export function useClosedDayReason(
  officeId: string | undefined,
  serviceId: string | undefined,
  date: string,
) {
  return useQuery({
    queryKey: ['closed-day', officeId, date],
    queryFn: async () => {
      const answer = await api.availability(officeId!, { serviceId: serviceId!, from: date, to: date });
      return answer.days[0] ?? null;
    },
    enabled: Boolean(officeId && serviceId),
    staleTime: HOUR,
  });
}

export function useCancelReservation(officeId: string, date: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ reservationId, body }: { reservationId: string; body: StaffCancelBody }) =>
      api.staffCancel(officeId, reservationId, body),
    onSuccess: async (cancelled) => {
      // Show the change at once, then reload the day so counts match what the server holds.
      queryClient.setQueryData<StaffDayResponse>(staffDayQueryKey(officeId, date), (day) =>
        day
          ? {
              ...day,
              slots: day.slots.map((slot) =>
                slot.reservations.some((r) => r.id === cancelled.id)
                  ? {
                      ...slot,
                      booked: slot.booked - 1,
                      reservations: slot.reservations.map((r) => (r.id === cancelled.id ? cancelled : r)),
                    }
                  : slot,
              ),
            }
          : day,
      );
      await queryClient.invalidateQueries({ queryKey: staffDayQueryKey(officeId, date) });
    },
    // Most likely the resident cancelled it meanwhile, or its slot is over: show the day as it is.
    onError: () => queryClient.invalidateQueries({ queryKey: staffDayQueryKey(officeId, date) }),
  });
}
