import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import { industries, occupations, type RegionRow, regions } from '../db/schema.js';
import type { CityTables } from './context.js';

export type OccupationRow = typeof occupations.$inferSelect;
export type IndustryRow = typeof industries.$inferSelect;

/** The official code lists, small and changed only by seeds and migrations. */
export interface ReferenceData {
  readonly regions: ReadonlyMap<string, RegionRow>;
  readonly childrenOf: ReadonlyMap<string, readonly RegionRow[]>;
  readonly occupations: ReadonlyMap<string, OccupationRow>;
  readonly industries: ReadonlyMap<string, IndustryRow>;
}

const snapshots = new WeakMap<object, Promise<ReferenceData>>();

/**
 * The code lists of a database, read once per process and held in memory: region, occupation
 * and industry lookups then cost no statement at all, so a request's statement count depends
 * only on the data it pages through. A restart picks up changed code lists.
 */
export function referenceData(db: SubgraphDatabase<CityTables>): Promise<ReferenceData> {
  let snapshot = snapshots.get(db);
  if (!snapshot) {
    snapshot = load(db);
    snapshot.catch(() => snapshots.delete(db));
    snapshots.set(db, snapshot);
  }
  return snapshot;
}

async function load(db: SubgraphDatabase<CityTables>): Promise<ReferenceData> {
  const [regionRows, occupationRows, industryRows] = await Promise.all([
    db.select().from(regions).orderBy(regions.code),
    db.select().from(occupations),
    db.select().from(industries),
  ]);
  const childrenOf = new Map<string, RegionRow[]>();
  for (const region of regionRows) {
    if (region.parentCode === null) continue;
    const siblings = childrenOf.get(region.parentCode) ?? [];
    siblings.push(region);
    childrenOf.set(region.parentCode, siblings);
  }
  return {
    regions: new Map(regionRows.map((row) => [row.code, row])),
    childrenOf,
    occupations: new Map(occupationRows.map((row) => [row.code, row])),
    industries: new Map(industryRows.map((row) => [row.code, row])),
  };
}
