import type { Logger } from '@jobgraph/runtime';
import { refreshStatistics, seedOnce } from '@jobgraph/subgraph-kit';
import { seedRuns } from '../db/schema.js';
import { catalog } from '../graphql/catalog.js';
import type { FiftyPlusDatabase } from '../graphql/context.js';
import { seedCourses } from './courses.js';
import { seedEnrollments } from './enrollments.js';
import { seedJobFeed } from './feed.js';
import { seedFoundation } from './foundation.js';
import { seedPlacements } from './placements.js';
import { seedReference } from './reference.js';
import { seedTalentProfiles } from './talent.js';

/** Loads each seed once per database, in dependency order (each refers to the ones before). */
export async function seedFiftyPlus(db: FiftyPlusDatabase, logger: Logger): Promise<void> {
  const ran: string[] = [];
  const run = async (name: string, work: Parameters<typeof seedOnce<FiftyPlusDatabase>>[3]) => {
    if (await seedOnce(db, seedRuns, name, work)) ran.push(name);
  };
  await run('reference-v1', seedReference);
  await run('foundation-2026-v1', seedFoundation);
  await run('courses-2026-v1', seedCourses);
  await run('job-feed-v1', seedJobFeed);
  await run('talent-profiles-v1', seedTalentProfiles);
  await run('experienced-talent-placements-v1', seedPlacements);
  await run('enrollments-2026-v1', seedEnrollments);
  // Read the catalog now, so no request pays for it.
  await catalog(db);
  if (ran.length > 0) {
    await refreshStatistics(db, 'fiftyplus');
    logger.info({ seeds: ran }, 'seeded');
  }
}
