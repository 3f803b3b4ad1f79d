import { defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, eq, inArray } from 'drizzle-orm';
import {
  INDUSTRIES,
  type JointFairRow,
  jointFairHosts,
  jointFairIndustries,
  jointFairs,
} from '../../db/schema.js';
import type { IncheonContext } from '../context.js';

export const fairsOfCenter = defineLoader<string, JointFairRow[], IncheonContext>(
  'jointFairsOfCenter',
  async (centerIds, { db }) => {
    const rows = await db
      .select({ centerId: jointFairHosts.centerId, fair: jointFairs })
      .from(jointFairHosts)
      .innerJoin(jointFairs, eq(jointFairs.id, jointFairHosts.fairId))
      .where(inArray(jointFairHosts.centerId, [...centerIds]))
      .orderBy(asc(jointFairs.heldOn), asc(jointFairs.id));
    return groupByKey(centerIds, rows, (row) => row.centerId).map((group) =>
      group.map((row) => row.fair),
    );
  },
);

export const hostsOfFair = defineLoader<string, string[], IncheonContext>(
  'hostsOfJointFair',
  async (fairIds, { db }) => {
    const rows = await db
      .select()
      .from(jointFairHosts)
      .where(inArray(jointFairHosts.fairId, [...fairIds]))
      .orderBy(asc(jointFairHosts.centerId));
    return groupByKey(fairIds, rows, (row) => row.fairId).map((group) =>
      group.map((row) => row.centerId),
    );
  },
);

export const industriesOfFair = defineLoader<
  string,
  Array<(typeof INDUSTRIES)[number]>,
  IncheonContext
>('industriesOfJointFair', async (fairIds, { db }) => {
  const rows = await db
    .select()
    .from(jointFairIndustries)
    .where(inArray(jointFairIndustries.fairId, [...fairIds]));
  // In the order the enum lists the industries.
  return groupByKey(fairIds, rows, (row) => row.fairId).map((group) =>
    group.map((row) => row.industry).sort((a, b) => INDUSTRIES.indexOf(a) - INDUSTRIES.indexOf(b)),
  );
});
