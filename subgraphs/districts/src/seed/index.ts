import type { Logger } from '@jobgraph/runtime';
import { refreshStatistics, seedOnce } from '@jobgraph/subgraph-kit';
import { seedRuns } from '../db/schema.js';
import { extendSlotCalendar } from './calendar.js';
import { seedCenters } from './centers.js';
import { seedEmployers } from './employers.js';
import { seedJobFairs } from './job-fairs.js';
import { seedPlacements } from './placements.js';
import { seedPrograms } from './programs.js';
import { seedStory } from './story.js';
import type { DistrictsDatabase } from './transaction.js';

/**
 * Loads each seed once per database, in dependency order (employers and centers before the
 * records that refer to them), and keeps the desks' calendars open at every start.
 */
export async function seedDistricts(db: DistrictsDatabase, logger: Logger): Promise<void> {
  const ran: string[] = [];
  const run = async (name: string, work: Parameters<typeof seedOnce<DistrictsDatabase>>[3]) => {
    if (await seedOnce(db, seedRuns, name, work)) ran.push(name);
  };
  await run('employers-v1', seedEmployers);
  await run('centers-v1', seedCenters);
  await run('placements-v1', seedPlacements);
  await run('programs-v1', seedPrograms);
  await run('job-fairs-2026-v1', seedJobFairs);
  await extendSlotCalendar(db);
  // After the calendar: the story's upcoming booking takes one of its slots.
  await run('story-v1', (tx) => seedStory(tx));
  if (ran.length > 0) {
    await refreshStatistics(db, 'districts');
    logger.info({ seeds: ran }, 'seeded');
  }
}
