import { alignByKey, defineLoader } from '@jobgraph/subgraph-kit';
import { and, asc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { type PartnerEmployerRow, partnerEmployers } from '../../db/schema.js';
import { defineScopedLoader, groupRows } from '../batching.js';
import type { GwanakContext } from '../context.js';

export const partnerById = defineLoader<string, PartnerEmployerRow | null, GwanakContext>(
  'partnerById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(partnerEmployers)
      .where(inArray(partnerEmployers.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export interface SectorArgs {
  readonly sector: PartnerEmployerRow['sector'] | null;
}

export function sectorCondition(args: SectorArgs): SQL | undefined {
  return args.sector === null ? undefined : eq(partnerEmployers.sector, args.sector);
}

/** Each center's partners (only Seoul Gwanak has any), in id order. */
export const partnersOfCenter = defineScopedLoader<SectorArgs, PartnerEmployerRow[]>(
  'partnersOfCenter',
  async (centerIds, args, { db }) => {
    const rows = await db
      .select()
      .from(partnerEmployers)
      .where(and(inArray(partnerEmployers.centerId, [...centerIds]), sectorCondition(args)))
      .orderBy(asc(partnerEmployers.id));
    return groupRows(rows, (row) => row.centerId);
  },
  () => [],
);

/**
 * The partners in each region: a sigungu's own, or for a sido (2 digits) those of its sigungu,
 * whose codes start with the sido's.
 */
export const partnersInRegion = defineScopedLoader<SectorArgs, PartnerEmployerRow[]>(
  'partnersInRegion',
  async (codes, args, { db }) => {
    const rows = await db
      .select()
      .from(partnerEmployers)
      .where(
        and(
          or(
            inArray(partnerEmployers.regionCode, [...codes]),
            inArray(sql`left(${partnerEmployers.regionCode}, 2)`, [...codes]),
          ),
          sectorCondition(args),
        ),
      )
      .orderBy(asc(partnerEmployers.id));
    return new Map(
      codes.map((code) => [
        code,
        rows.filter((row) =>
          code.length === 2 ? row.regionCode.startsWith(code) : row.regionCode === code,
        ),
      ]),
    );
  },
  () => [],
);
