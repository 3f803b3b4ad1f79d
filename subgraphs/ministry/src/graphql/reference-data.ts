import type { SubgraphDatabase } from '@jobgraph/subgraph-kit';
import { type IndustryRow, industries, type RegionRow, regions } from '../db/schema.js';
import { placesWithin, renumberings } from '../domain/region-places.js';
import type { MinistryTables } from './context.js';

/** The official code lists, small and changed only by seeds and migrations. */
export interface ReferenceData {
  readonly regions: ReadonlyMap<string, RegionRow>;
  readonly industries: ReadonlyMap<string, IndustryRow>;
  /** Every code lying in a region, under its old and new codes (see `placesWithin`). */
  placesWithin(code: string): readonly string[];
}

const snapshots = new WeakMap<object, Promise<ReferenceData>>();

/**
 * The code lists of a database, read once per process and held in memory: region and industry
 * lookups then cost no statement, so a request's statement count depends only on the records it
 * reads. A restart picks up changed code lists.
 */
export function referenceData(db: SubgraphDatabase<MinistryTables>): Promise<ReferenceData> {
  let snapshot = snapshots.get(db);
  if (!snapshot) {
    snapshot = load(db);
    snapshot.catch(() => snapshots.delete(db));
    snapshots.set(db, snapshot);
  }
  return snapshot;
}

async function load(db: SubgraphDatabase<MinistryTables>): Promise<ReferenceData> {
  const [regionRows, industryRows] = await Promise.all([
    db.select().from(regions).orderBy(regions.code),
    db.select().from(industries).orderBy(industries.code),
  ]);
  const childrenOf = new Map<string, RegionRow[]>();
  for (const region of regionRows) {
    if (region.parentCode === null) continue;
    const siblings = childrenOf.get(region.parentCode) ?? [];
    siblings.push(region);
    childrenOf.set(region.parentCode, siblings);
  }
  const sameAs = renumberings(regionRows);
  const places = new Map<string, readonly string[]>();
  return {
    regions: new Map(regionRows.map((row) => [row.code, row])),
    industries: new Map(industryRows.map((row) => [row.code, row])),
    placesWithin: (code) => {
      const cached = places.get(code);
      if (cached) return cached;
      const within = placesWithin(code, sameAs, childrenOf);
      // Only known codes are kept: arbitrary codes from requests must not grow the cache.
      if (sameAs.has(code)) places.set(code, within);
      return within;
    },
  };
}
