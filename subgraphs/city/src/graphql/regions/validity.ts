import type { RegionRow } from '../../db/schema.js';

/** Whether a region's code is in use on `day` (YYYY-MM-DD). */
export function isValidOn(region: Pick<RegionRow, 'validFrom' | 'validTo'>, day: string): boolean {
  return (
    (region.validFrom === null || region.validFrom <= day) &&
    (region.validTo === null || region.validTo >= day)
  );
}

export const REGION_CODE_SHAPE = /^\d{2}(\d{3})?$/;
