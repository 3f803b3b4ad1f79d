import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import {
  type CenterRow,
  type ConsortiumMemberRow,
  centerServiceAreas,
  centers,
  consortiumMembers,
} from '../../db/schema.js';
import type { MinistryContext } from '../context.js';

export const centerById = defineLoader<string, CenterRow | null, MinistryContext>(
  'centerById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(centers)
      .where(inArray(centers.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

/**
 * Every national center, in id order: the network has a few dozen, so lists over many regions
 * filter one read instead of querying per region.
 */
export const allCenters = defineLoader<'all', CenterRow[], MinistryContext>(
  'allCenters',
  async (keys, { db }) => {
    const rows = await db.select().from(centers).orderBy(asc(centers.id));
    return keys.map(() => rows);
  },
);

export interface ServiceArea {
  readonly centerId: string;
  readonly regionCode: string;
}

/** The sigungu every center serves, in each center's order. */
export const allServiceAreas = defineLoader<'all', ServiceArea[], MinistryContext>(
  'allServiceAreas',
  async (keys, { db }) => {
    const rows = await db
      .select({ centerId: centerServiceAreas.centerId, regionCode: centerServiceAreas.regionCode })
      .from(centerServiceAreas)
      .orderBy(asc(centerServiceAreas.centerId), asc(centerServiceAreas.position));
    return keys.map(() => rows);
  },
);

export const consortiumOfCenter = defineLoader<string, ConsortiumMemberRow[], MinistryContext>(
  'consortiumOfCenter',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(consortiumMembers)
      .where(inArray(consortiumMembers.centerId, [...ids]))
      .orderBy(asc(consortiumMembers.centerId), asc(consortiumMembers.position));
    return groupByKey(ids, rows, (row) => row.centerId);
  },
);
