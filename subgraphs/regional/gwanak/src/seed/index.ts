import type { Logger } from '@jobgraph/runtime';
import { refreshStatistics, seedOnce } from '@jobgraph/subgraph-kit';
import { seedRuns } from '../db/schema.js';
import { seedPartners } from './partners.js';
import type { GwanakDatabase } from './transaction.js';

/** Loads each seed once per database (see `seedOnce`). */
export async function seedGwanak(db: GwanakDatabase, logger: Logger): Promise<void> {
  const ran: string[] = [];
  const run = async (name: string, work: Parameters<typeof seedOnce<GwanakDatabase>>[3]) => {
    if (await seedOnce(db, seedRuns, name, work)) ran.push(name);
  };
  await run('partners-2026-v1', seedPartners);
  if (ran.length > 0) {
    await refreshStatistics(db, 'gwanak');
    logger.info({ seeds: ran }, 'seeded');
  }
}
