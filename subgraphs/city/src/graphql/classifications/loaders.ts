import { defineLoader } from '@jobgraph/subgraph-kit';
import type { CityContext } from '../context.js';
import { type IndustryRow, type OccupationRow, referenceData } from '../reference-data.js';

export const occupationByCode = defineLoader<string, OccupationRow | null, CityContext>(
  'occupationByCode',
  async (codes, { db }) => {
    const { occupations } = await referenceData(db);
    return codes.map((code) => occupations.get(code) ?? null);
  },
);

export const industryByCode = defineLoader<string, IndustryRow | null, CityContext>(
  'industryByCode',
  async (codes, { db }) => {
    const { industries } = await referenceData(db);
    return codes.map((code) => industries.get(code) ?? null);
  },
);

/** Classification rows as the schema shows them: the Korean name is the name. */
export function classification(row: OccupationRow | IndustryRow) {
  return { code: row.code, name: row.nameKo, nameEn: row.nameEn };
}
