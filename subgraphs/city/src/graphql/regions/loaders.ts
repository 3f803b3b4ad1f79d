import { defineLoader } from '@jobgraph/subgraph-kit';
import type { RegionRow } from '../../db/schema.js';
import type { CityContext } from '../context.js';
import { referenceData } from '../reference-data.js';

export const regionByCode = defineLoader<string, RegionRow | null, CityContext>(
  'regionByCode',
  async (codes, { db }) => {
    const { regions } = await referenceData(db);
    return codes.map((code) => regions.get(code) ?? null);
  },
);

export const regionChildren = defineLoader<string, readonly RegionRow[], CityContext>(
  'regionChildren',
  async (codes, { db }) => {
    const { childrenOf } = await referenceData(db);
    return codes.map((code) => childrenOf.get(code) ?? []);
  },
);
