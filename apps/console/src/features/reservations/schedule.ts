import type { StaffSlot } from '@kakanai/contracts';

export interface TimeGroup {
  /** The slots' common start, as the server wrote it. */
  start: string;
  slots: StaffSlot[];
}

export interface Schedule {
  groups: TimeGroup[];
  /** Slots without any booking (active or cancelled) left out because empty slots are hidden. */
  hiddenEmptySlots: number;
  totals: { booked: number; cancelled: number; slots: number; slotsWithBookings: number };
}

/**
 * The day's slots for one service (or all), grouped by start time, services in the office's order
 * (`serviceIds`). A slot that has only cancelled bookings still counts as having bookings: staff
 * need to see who cancelled.
 */
export function buildSchedule(
  slots: readonly StaffSlot[],
  {
    serviceId,
    showEmpty,
    serviceIds = [],
  }: { serviceId: string | undefined; showEmpty: boolean; serviceIds?: readonly string[] },
): Schedule {
  const rank = (id: string) => {
    const index = serviceIds.indexOf(id);
    return index === -1 ? serviceIds.length : index;
  };
  const ofService = serviceId ? slots.filter((s) => s.serviceId === serviceId) : [...slots];
  const totals = { booked: 0, cancelled: 0, slots: ofService.length, slotsWithBookings: 0 };
  const groups = new Map<number, TimeGroup>();
  let hiddenEmptySlots = 0;
  for (const slot of ofService) {
    totals.booked += slot.booked;
    totals.cancelled += slot.reservations.filter((r) => r.status === 'cancelled').length;
    if (slot.reservations.length > 0) totals.slotsWithBookings += 1;
    else if (!showEmpty) {
      hiddenEmptySlots += 1;
      continue;
    }
    const at = Date.parse(slot.start);
    const group = groups.get(at) ?? { start: slot.start, slots: [] };
    group.slots.push(slot);
    groups.set(at, group);
  }
  return {
    groups: [...groups.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, group]) => ({
        ...group,
        slots: group.slots.sort((a, b) => rank(a.serviceId) - rank(b.serviceId)),
      })),
    hiddenEmptySlots,
    totals,
  };
}
