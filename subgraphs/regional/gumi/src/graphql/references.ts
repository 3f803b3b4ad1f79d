/**
 * Entities other subgraphs own, as this one knows them: their keys and nothing else. The owner
 * resolves the rest.
 */
export interface CenterParent {
  readonly id: string;
}

export interface PersonParent {
  readonly id: string;
}

export interface EmployerParent {
  readonly id: string;
}
