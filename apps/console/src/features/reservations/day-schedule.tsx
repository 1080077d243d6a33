import type { Service, StaffReservation } from '@kakanai/contracts';
import { useId } from 'react';
import { clockTime } from '../../app/office-time.ts';
import type { TimeGroup } from './schedule.ts';
import { SlotCard } from './slot-card.tsx';

interface DayScheduleProps {
  groups: TimeGroup[];
  services: ReadonlyMap<string, Service>;
  timeZone: string;
  now: number;
  onCancel: (reservation: StaffReservation, serviceName: string) => void;
  focusedReservationId: string | undefined;
}

/** The day as a timetable: one section per start time, the services' slots side by side in it. */
export function DaySchedule({
  groups,
  services,
  timeZone,
  now,
  onCancel,
  focusedReservationId,
}: DayScheduleProps) {
  const baseId = useId();
  return (
    <div className="schedule">
      {groups.map((group, index) => {
        const headingId = `${baseId}-${index}`;
        const ended = group.slots.every((slot) => Date.parse(slot.end) <= now);
        return (
          <section
            key={group.start}
            className={`time-group${ended ? ' time-group--ended' : ''}`}
            aria-labelledby={headingId}
          >
            <h3 id={headingId} className="time-group__time">
              <time dateTime={group.start}>{clockTime(group.start, timeZone)}</time>
            </h3>
            <div className="time-group__slots">
              {group.slots.map((slot) => (
                <SlotCard
                  key={`${slot.serviceId}/${slot.start}`}
                  slot={slot}
                  service={services.get(slot.serviceId)}
                  timeZone={timeZone}
                  now={now}
                  onCancel={onCancel}
                  focusedReservationId={focusedReservationId}
                />
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
