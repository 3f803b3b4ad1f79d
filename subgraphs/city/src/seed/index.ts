import type { Logger } from '@jobgraph/runtime';
import { refreshStatistics, seedOnce } from '@jobgraph/subgraph-kit';
import { members, seedRuns } from '../db/schema.js';
import { referenceData } from '../graphql/reference-data.js';
import { seedApplications } from './applications.js';
import { seedJobFeed } from './feed.js';
import { seedPrograms } from './programs.js';
import { seedReference } from './reference.js';
import { extendSlotCalendar, seedSuitRentalBranches } from './suit-rental.js';
import type { CityDatabase } from './transaction.js';

/** Seeded integrated members, M00000001…: pseudonymous ids the other agencies' seeds share. */
export const SEEDED_MEMBERS = 300;
export const seededMemberId = (n: number) => `M${String(n).padStart(8, '0')}`;

/** Loads each seed once per database (reference data first: the rest refers to it). */
export async function seedCity(db: CityDatabase, logger: Logger): Promise<void> {
  const ran: string[] = [];
  const run = async (name: string, work: Parameters<typeof seedOnce<CityDatabase>>[3]) => {
    if (await seedOnce(db, seedRuns, name, work)) ran.push(name);
  };
  await run('reference-v1', seedReference);
  await run('programs-2026-v1', seedPrograms);
  await run('job-feed-v1', async (tx) => {
    await seedJobFeed(tx);
  });
  await run('suit-rental-branches-v1', seedSuitRentalBranches);
  await run('members-v1', async (tx) => {
    const ids = Array.from({ length: SEEDED_MEMBERS }, (_, index) => ({
      id: seededMemberId(index + 1),
    }));
    await tx.insert(members).values(ids);
  });
  await run('story-applications-v1', seedApplications);
  await extendSlotCalendar(db);
  // Read the code lists now, so no request pays for it.
  await referenceData(db);
  if (ran.length > 0) {
    await refreshStatistics(db, 'city');
    logger.info({ seeds: ran }, 'seeded');
  }
}
