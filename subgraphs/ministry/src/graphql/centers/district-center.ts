/**
 * A district center as the districts subgraph represents it to this one: the id and, when the
 * gateway asks for the first-year figures, the fields they `@require`.
 */
export interface DistrictCenterParent {
  readonly __typename?: 'DistrictEmploymentCenter';
  readonly id: string;
  readonly region?: { readonly code: string };
  readonly openedOn?: string;
  readonly firstYearPlacements?: number;
}

/** Which subgraph holds a center, from its id's prefix (docs/graph-contracts.md). */
export function centerTypeOf(
  id: string,
): 'NationalEmploymentCenter' | 'DistrictEmploymentCenter' | undefined {
  if (id.startsWith('moel-')) return 'NationalEmploymentCenter';
  if (id.startsWith('dc-')) return 'DistrictEmploymentCenter';
  return undefined;
}
