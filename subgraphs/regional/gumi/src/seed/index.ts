import type { Logger } from '@jobgraph/runtime';
import { refreshStatistics, seedOnce } from '@jobgraph/subgraph-kit';
import { seedRuns } from '../db/schema.js';
import { seedCenter } from './center.js';
import type { GumiDatabase } from './transaction.js';

/** Loads each seed once per database (see `seedOnce`). */
export async function seedGumi(db: GumiDatabase, logger: Logger): Promise<void> {
  const ran: string[] = [];
  const run = async (name: string, work: Parameters<typeof seedOnce<GumiDatabase>>[3]) => {
    if (await seedOnce(db, seedRuns, name, work)) ran.push(name);
  };
  await run('center-2026-v1', seedCenter);
  if (ran.length > 0) {
    await refreshStatistics(db, 'gumi');
    logger.info({ seeds: ran }, 'seeded');
  }
}
