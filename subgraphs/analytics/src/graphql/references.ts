/**
 * Entities other subgraphs own, as this one knows them: their keys and nothing else. The owner
 * resolves the rest.
 */
export interface RegionParent {
  readonly code: string;
}

export interface ProgramParent {
  readonly id: string;
}
