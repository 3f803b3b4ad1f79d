/** Whether something serving `area` is available in `region`: it covers it or lies in it. */
export function servesRegion(area: string, region: string): boolean {
  return region.startsWith(area) || area.startsWith(region);
}

export const REGION_CODE_SHAPE = /^\d{2}(\d{3})?$/;

/** Whether a region's code is in use on `day` (YYYY-MM-DD). */
export function isValidOn(
  region: { readonly validFrom: string | null; readonly validTo: string | null },
  day: string,
): boolean {
  return (
    (region.validFrom === null || region.validFrom <= day) &&
    (region.validTo === null || region.validTo >= day)
  );
}
