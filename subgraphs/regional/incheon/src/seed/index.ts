import type { Logger } from '@jobgraph/runtime';
import { refreshStatistics, seedOnce } from '@jobgraph/subgraph-kit';
import { seedRuns } from '../db/schema.js';
import { seedNetwork } from './network.js';
import type { IncheonDatabase } from './transaction.js';

/** Loads each seed once per database (see `seedOnce`). */
export async function seedIncheon(db: IncheonDatabase, logger: Logger): Promise<void> {
  const ran: string[] = [];
  const run = async (name: string, work: Parameters<typeof seedOnce<IncheonDatabase>>[3]) => {
    if (await seedOnce(db, seedRuns, name, work)) ran.push(name);
  };
  await run('network-2026-v1', seedNetwork);
  if (ran.length > 0) {
    await refreshStatistics(db, 'incheon');
    logger.info({ seeds: ran }, 'seeded');
  }
}
