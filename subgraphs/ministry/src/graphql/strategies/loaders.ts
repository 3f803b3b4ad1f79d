import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import {
  type CenterRow,
  centers,
  type StrategyLineRow,
  type StrategyRow,
  strategies,
  strategyLines,
  type TargetIndustryRow,
  targetIndustries,
  targetIndustryRegions,
} from '../../db/schema.js';
import type { MinistryContext } from '../context.js';

export const strategyById = defineLoader<string, StrategyRow | null, MinistryContext>(
  'strategyById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(strategies)
      .where(inArray(strategies.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const centersOfStrategy = defineLoader<string, CenterRow[], MinistryContext>(
  'centersOfStrategy',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(centers)
      .where(inArray(centers.strategyId, [...ids]))
      .orderBy(asc(centers.id));
    return groupByKey(ids, rows, (row) => row.strategyId);
  },
);

export const linesOfStrategy = defineLoader<string, StrategyLineRow[], MinistryContext>(
  'linesOfStrategy',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(strategyLines)
      .where(inArray(strategyLines.strategyId, [...ids]))
      .orderBy(asc(strategyLines.strategyId), asc(strategyLines.position));
    return groupByKey(ids, rows, (row) => row.strategyId);
  },
);

export const targetIndustriesOfStrategy = defineLoader<
  string,
  TargetIndustryRow[],
  MinistryContext
>('targetIndustriesOfStrategy', async (ids, { db }) => {
  const rows = await db
    .select()
    .from(targetIndustries)
    .where(inArray(targetIndustries.strategyId, [...ids]))
    .orderBy(asc(targetIndustries.strategyId), asc(targetIndustries.position));
  return groupByKey(ids, rows, (row) => row.strategyId);
});

/** The region codes of each target industry, in order. */
export const regionsOfTargetIndustry = defineLoader<string, string[], MinistryContext>(
  'regionsOfTargetIndustry',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(targetIndustryRegions)
      .where(inArray(targetIndustryRegions.targetIndustryId, [...ids]))
      .orderBy(asc(targetIndustryRegions.targetIndustryId), asc(targetIndustryRegions.position));
    return groupByKey(ids, rows, (row) => row.targetIndustryId).map((group) =>
      group.map((row) => row.regionCode),
    );
  },
);
