import { defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import { type NetworkPhaseRow, type NetworkRow, networkPhases, networks } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';

/** The network's one row. */
export const theNetwork = defineLoader<'network', NetworkRow | null, MinistryContext>(
  'theNetwork',
  async (keys, { db }) => {
    const [row] = await db.select().from(networks).orderBy(asc(networks.id)).limit(1);
    return keys.map(() => row ?? null);
  },
);

export const phasesOfNetwork = defineLoader<string, NetworkPhaseRow[], MinistryContext>(
  'phasesOfNetwork',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(networkPhases)
      .where(inArray(networkPhases.networkId, [...ids]))
      .orderBy(asc(networkPhases.year));
    return groupByKey(ids, rows, (row) => row.networkId);
  },
);
