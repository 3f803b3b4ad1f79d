import { alignByKey, defineLoader } from '@jobgraph/subgraph-kit';
import { inArray } from 'drizzle-orm';
import { industries, occupations } from '../../db/schema.js';
import type { CityContext } from '../context.js';

export type OccupationRow = typeof occupations.$inferSelect;
export type IndustryRow = typeof industries.$inferSelect;

export const occupationByCode = defineLoader<string, OccupationRow | null, CityContext>(
  'occupationByCode',
  async (codes, { db }) => {
    const rows = await db
      .select()
      .from(occupations)
      .where(inArray(occupations.code, [...codes]));
    return alignByKey(codes, rows, (row) => row.code);
  },
);

export const industryByCode = defineLoader<string, IndustryRow | null, CityContext>(
  'industryByCode',
  async (codes, { db }) => {
    const rows = await db
      .select()
      .from(industries)
      .where(inArray(industries.code, [...codes]));
    return alignByKey(codes, rows, (row) => row.code);
  },
);

/** Classification rows as the schema shows them: the Korean name is the name. */
export function classification(row: OccupationRow | IndustryRow) {
  return { code: row.code, name: row.nameKo, nameEn: row.nameEn };
}
