import { alignByKey, defineLoader } from '@jobgraph/subgraph-kit';
import { asc, eq, inArray } from 'drizzle-orm';
import {
  GUMI_CENTER_ID,
  type HrMeasureRow,
  hrMeasures,
  type TargetEmployerRow,
  targetEmployers,
} from '../../db/schema.js';
import { defineScopedLoader } from '../batching.js';
import type { GumiContext } from '../context.js';

export const employerById = defineLoader<string, TargetEmployerRow | null, GumiContext>(
  'targetEmployerById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(targetEmployers)
      .where(inArray(targetEmployers.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export type Industry = TargetEmployerRow['industry'];

/** Target employers in id order, optionally of one industry (the records are Gumi's alone). */
export function listTargetEmployers(context: GumiContext, industry: Industry | null) {
  return context.db
    .select()
    .from(targetEmployers)
    .where(industry === null ? undefined : eq(targetEmployers.industry, industry))
    .orderBy(asc(targetEmployers.id));
}

/** All measures, once per request, in the order the programme lists them. */
export const allMeasures = defineLoader<'all', HrMeasureRow[], GumiContext>(
  'allMeasures',
  async (keys, { db }) => {
    const rows = await db.select().from(hrMeasures).orderBy(asc(hrMeasures.position));
    return keys.map(() => rows);
  },
);

export const measureByCode = defineLoader<string, HrMeasureRow | null, GumiContext>(
  'measureByCode',
  async (codes, context) => {
    const rows = await context.loaders.get(allMeasures).load('all');
    return alignByKey(codes, rows, (row) => row.code);
  },
);

export const isGumi = (centerId: string) => centerId === GUMI_CENTER_ID;

/** Each center's target employers (only Gumi has any): one query however many centers ask. */
export const targetEmployersOfCenter = defineScopedLoader<
  { readonly industry: Industry | null },
  TargetEmployerRow[]
>(
  'targetEmployersOfCenter',
  async (centerIds, args, context) => {
    if (!centerIds.some(isGumi)) return new Map();
    return new Map([[GUMI_CENTER_ID, await listTargetEmployers(context, args.industry)]]);
  },
  () => [],
);
