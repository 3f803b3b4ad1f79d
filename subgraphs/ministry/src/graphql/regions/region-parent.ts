/**
 * A region as this subgraph knows it: the code (the city subgraph holds the rest) and, when the
 * gateway asks for `employmentCenters`, the district centers it found there (`@requires`).
 */
export interface RegionParent {
  readonly code: string;
  readonly districtEmploymentCenters?: ReadonlyArray<{ readonly id: string }>;
}
