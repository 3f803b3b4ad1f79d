/** A region as this subgraph knows it: its code (the city holds the rest). */
export interface RegionParent {
  readonly code: string;
}
