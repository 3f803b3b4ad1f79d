import { chunks, readCsv } from '@jobgraph/data';
import { todayInKorea } from '@jobgraph/subgraph-kit';
import { suitRentalBranches, suitRentalSlots } from '../db/schema.js';

const seedDir = new URL('../../seed/', import.meta.url);

import type { CityDatabase, CityTransaction } from './transaction.js';

type BranchCsv = { id: string; name: string; address: string; region_code: string };

export async function seedSuitRentalBranches(tx: CityTransaction): Promise<void> {
  const rows = await readCsv<BranchCsv>(seedDir, 'suit-rental-branches.csv');
  await tx.insert(suitRentalBranches).values(
    rows.map((row) => ({
      id: row.id,
      name: row.name,
      address: row.address,
      regionCode: row.region_code,
    })),
  );
}

const DAYS_AHEAD = 56;
const OPENING_HOURS = [10, 11, 12, 13, 14, 15, 16, 17];
const PLACES_PER_SLOT = 3;

/**
 * Keeps the reservation calendar open eight weeks ahead: weekday hourly slots at every branch.
 * Runs at each start; existing slots (and their bookings) are left as they are.
 */
export async function extendSlotCalendar(db: CityDatabase): Promise<void> {
  const branches = await db.select({ id: suitRentalBranches.id }).from(suitRentalBranches);
  const today = new Date(`${todayInKorea()}T00:00:00+09:00`);
  const slots: Array<typeof suitRentalSlots.$inferInsert> = [];
  for (let offset = 1; offset <= DAYS_AHEAD; offset += 1) {
    const day = new Date(today.getTime() + offset * 86_400_000);
    const isoDay = todayInKorea(day);
    const weekday = new Date(`${isoDay}T12:00:00+09:00`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const branch of branches) {
      for (const hour of OPENING_HOURS) {
        const hh = String(hour).padStart(2, '0');
        slots.push({
          id: `${branch.id}-${isoDay.replaceAll('-', '')}-${hh}`,
          branchId: branch.id,
          startsAt: new Date(`${isoDay}T${hh}:00:00+09:00`),
          capacity: PLACES_PER_SLOT,
        });
      }
    }
  }
  for (const batch of chunks(slots, 1000)) {
    await db.insert(suitRentalSlots).values(batch).onConflictDoNothing();
  }
}
