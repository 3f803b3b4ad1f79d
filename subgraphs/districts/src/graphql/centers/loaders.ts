import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import {
  type CenterAwardRow,
  type CenterRow,
  type CenterServiceRow,
  centerAwards,
  centerServices,
  centers,
  placements,
} from '../../db/schema.js';
import type { DistrictsContext } from '../context.js';

export const centerById = defineLoader<string, CenterRow | null, DistrictsContext>(
  'centerById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(centers)
      .where(inArray(centers.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const servicesOfCenter = defineLoader<string, CenterServiceRow[], DistrictsContext>(
  'servicesOfCenter',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(centerServices)
      .where(inArray(centerServices.centerId, [...ids]))
      .orderBy(asc(centerServices.centerId), asc(centerServices.position));
    return groupByKey(ids, rows, (row) => row.centerId);
  },
);

/** A service by its center and code, through the center's list of services. */
export async function serviceOf(
  context: DistrictsContext,
  centerId: string,
  code: string,
): Promise<CenterServiceRow | null> {
  const services = await context.loaders.get(servicesOfCenter).load(centerId);
  return services.find((service) => service.code === code) ?? null;
}

export const awardsOfCenter = defineLoader<string, CenterAwardRow[], DistrictsContext>(
  'awardsOfCenter',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(centerAwards)
      .where(inArray(centerAwards.centerId, [...ids]))
      .orderBy(asc(centerAwards.centerId), asc(centerAwards.position));
    return groupByKey(ids, rows, (row) => row.centerId);
  },
);

/** Placements in each center's first year, [openedOn, openedOn + 1 year), counted. */
export const firstYearPlacements = defineLoader<string, number, DistrictsContext>(
  'firstYearPlacements',
  async (ids, { db }) => {
    const rows = await db
      .select({ centerId: centers.id, count: sql<number>`count(${placements.id})::int` })
      .from(centers)
      .leftJoin(
        placements,
        and(
          eq(placements.centerId, centers.id),
          gte(placements.placedOn, centers.openedOn),
          lt(placements.placedOn, sql`(${centers.openedOn} + interval '1 year')::date`),
        ),
      )
      .where(inArray(centers.id, [...ids]))
      .groupBy(centers.id);
    const counts = new Map(rows.map((row) => [row.centerId, row.count]));
    return ids.map((id) => counts.get(id) ?? 0);
  },
);

/**
 * The centers in each region: a sigungu's own, or for a sido (2 digits) those of its sigungu,
 * whose codes start with the sido's.
 */
export const centersInRegion = defineLoader<string, CenterRow[], DistrictsContext>(
  'centersInRegion',
  async (codes, { db }) => {
    const rows = await db
      .select()
      .from(centers)
      .where(
        sql`${centers.regionCode} in ${[...codes]} or left(${centers.regionCode}, 2) in ${[...codes]}`,
      )
      .orderBy(asc(centers.openedOn), asc(centers.id));
    return codes.map((code) =>
      rows.filter((row) =>
        code.length === 2 ? row.regionCode.startsWith(code) : row.regionCode === code,
      ),
    );
  },
);
