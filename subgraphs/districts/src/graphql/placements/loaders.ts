import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, gte, inArray, lte, type SQL, sql } from 'drizzle-orm';
import { type PlacementRow, placements } from '../../db/schema.js';
import { defineScopedLoader, groupRows } from '../batching.js';
import type { DistrictsContext } from '../context.js';

export const placementById = defineLoader<string, PlacementRow | null, DistrictsContext>(
  'placementById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(placements)
      .where(inArray(placements.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const placementsOfPerson = defineLoader<string, PlacementRow[], DistrictsContext>(
  'placementsOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select()
      .from(placements)
      .where(inArray(placements.personId, [...personIds]))
      .orderBy(asc(placements.placedOn), asc(placements.id));
    return groupByKey(personIds, rows, (row) => row.personId);
  },
);

/** A period of placement dates, both ends inclusive and optional. */
export interface PlacementPeriod {
  readonly from: string | null;
  readonly to: string | null;
}

/** A page position: the last placement seen, newest first. */
export interface PlacementPosition {
  readonly d: string;
  readonly i: string;
}

export interface PlacementPageArgs extends PlacementPeriod {
  readonly limit: number;
  readonly after: PlacementPosition | null;
}

function periodConditions(period: PlacementPeriod): SQL[] {
  const conditions: SQL[] = [];
  if (period.from !== null) conditions.push(gte(placements.placedOn, period.from));
  if (period.to !== null) conditions.push(lte(placements.placedOn, period.to));
  return conditions;
}

export function newestFirst(a: PlacementRow, b: PlacementRow): number {
  if (a.placedOn !== b.placedOn) return a.placedOn < b.placedOn ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/**
 * A page of placements for each of many centers in one statement: a lateral keyset query per
 * center (one range scan of placements_center_placed_idx that stops after `limit` rows).
 */
export const placementPage = defineScopedLoader<PlacementPageArgs, PlacementRow[]>(
  'placementPage',
  async (centerIds, args, { db }) => {
    const conditions = periodConditions(args);
    if (args.after !== null) {
      conditions.push(
        sql`(${placements.placedOn}, ${placements.id}) < (${args.after.d}::date, ${args.after.i})`,
      );
    }
    const scopes = sql.join(
      centerIds.map((id) => sql`(${id}::text)`),
      sql`, `,
    );
    const pageIds = sql`(
      select page.id from (values ${scopes}) as scope(center_id)
      cross join lateral (
        select ${placements.id} as id from ${placements}
        where ${placements.centerId} = scope.center_id and ${and(...conditions) ?? sql`true`}
        order by ${placements.placedOn} desc, ${placements.id} desc
        limit ${args.limit}
      ) as page)`;
    const rows = await db.select().from(placements).where(inArray(placements.id, pageIds));
    const pages = groupRows(rows, (row) => row.centerId);
    for (const page of pages.values()) page.sort(newestFirst);
    return pages;
  },
  () => [],
);

export const placementCount = defineScopedLoader<PlacementPeriod, number>(
  'placementCount',
  async (centerIds, period, { db }) => {
    const rows = await db
      .select({ centerId: placements.centerId, count: sql<number>`count(*)::int` })
      .from(placements)
      .where(and(inArray(placements.centerId, [...centerIds]), ...periodConditions(period)))
      .groupBy(placements.centerId);
    return new Map(rows.map((row) => [row.centerId, row.count]));
  },
  () => 0,
);

/** Placements of each center in a period by service code, counted. */
export const placementCountByService = defineScopedLoader<
  PlacementPeriod,
  ReadonlyMap<string, number>
>(
  'placementCountByService',
  async (centerIds, period, { db }) => {
    const rows = await db
      .select({
        centerId: placements.centerId,
        serviceCode: placements.serviceCode,
        count: sql<number>`count(*)::int`,
      })
      .from(placements)
      .where(and(inArray(placements.centerId, [...centerIds]), ...periodConditions(period)))
      .groupBy(placements.centerId, placements.serviceCode);
    const byCenter = new Map<string, Map<string, number>>();
    for (const row of rows) {
      const counts = byCenter.get(row.centerId) ?? new Map<string, number>();
      counts.set(row.serviceCode, row.count);
      byCenter.set(row.centerId, counts);
    }
    return byCenter;
  },
  () => new Map(),
);
