import { chunks } from '@jobgraph/data';
import { todayInKorea } from '@jobgraph/subgraph-kit';
import { centerServices, consultationSlots } from '../db/schema.js';
import type { DistrictsDatabase } from './transaction.js';

const DAYS_AHEAD = 42;
/** Desk hours, Korea time: mornings and afternoons, closed over lunch. */
const DESK_HOURS = [10, 11, 14, 15, 16];
/** Counselors per service and hour. */
const PLACES_PER_SLOT = 2;
const DAY_MS = 86_400_000;

/** The id of a service's slot on a day at an hour (Korea time): stable, so re-runs add nothing. */
export function slotId(centerId: string, serviceCode: string, isoDay: string, hour: number) {
  return `${centerId}-${serviceCode}-${isoDay.replaceAll('-', '')}-${String(hour).padStart(2, '0')}`;
}

/**
 * Keeps every desk's calendar open six weeks ahead: weekday slots for each service of each
 * center. Runs at each start; existing slots (and their bookings) are left as they are.
 */
export async function extendSlotCalendar(db: DistrictsDatabase, now = new Date()): Promise<void> {
  const services = await db
    .select({ centerId: centerServices.centerId, code: centerServices.code })
    .from(centerServices);
  const today = new Date(`${todayInKorea(now)}T00:00:00+09:00`);
  const slots: Array<typeof consultationSlots.$inferInsert> = [];
  for (let offset = 1; offset <= DAYS_AHEAD; offset += 1) {
    const isoDay = todayInKorea(new Date(today.getTime() + offset * DAY_MS));
    const weekday = new Date(`${isoDay}T12:00:00+09:00`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const service of services) {
      for (const hour of DESK_HOURS) {
        const hh = String(hour).padStart(2, '0');
        slots.push({
          id: slotId(service.centerId, service.code, isoDay, hour),
          centerId: service.centerId,
          serviceCode: service.code,
          startsAt: new Date(`${isoDay}T${hh}:00:00+09:00`),
          capacity: PLACES_PER_SLOT,
        });
      }
    }
  }
  for (const batch of chunks(slots, 1000)) {
    await db.insert(consultationSlots).values(batch).onConflictDoNothing();
  }
}
