import type { Logger } from '@jobgraph/runtime';
import { refreshStatistics, seedOnce } from '@jobgraph/subgraph-kit';
import type { MinistryDatabase } from '../db/database.js';
import { seedRuns } from '../db/schema.js';
import { referenceData } from '../graphql/reference-data.js';
import { seedCaseFiles } from './case-files.js';
import { seedInsuranceRecords } from './insurance.js';
import { seedNetwork } from './network.js';
import { seedReference } from './reference.js';

/** Loads each seed once per database, in the order their foreign keys need. */
export async function seedMinistry(db: MinistryDatabase, logger: Logger): Promise<void> {
  const ran: string[] = [];
  const run = async (name: string, work: Parameters<typeof seedOnce<MinistryDatabase>>[3]) => {
    if (await seedOnce(db, seedRuns, name, work)) ran.push(name);
  };
  await run('reference-v1', seedReference);
  await run('network-2026-v1', seedNetwork);
  await run('insurance-records-v1', seedInsuranceRecords);
  await run('case-files-v1', seedCaseFiles);
  // Read the code lists now, so no request pays for it.
  await referenceData(db);
  if (ran.length > 0) {
    await refreshStatistics(db, 'ministry');
    logger.info({ seeds: ran }, 'seeded');
  }
}
