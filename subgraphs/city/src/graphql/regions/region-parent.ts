import type { RegionRow } from '../../db/schema.js';

/**
 * A region as resolvers see it. When the gateway asks for `Region.programs`, the representation
 * carries the other agencies' programme ids (`@requires`); they are kept next to the row.
 */
export type RegionParent = RegionRow & {
  readonly fiftyPlusPrograms?: ReadonlyArray<{ readonly id: string }>;
  readonly ministryPrograms?: ReadonlyArray<{ readonly id: string }>;
  readonly districtPrograms?: ReadonlyArray<{ readonly id: string }>;
};
