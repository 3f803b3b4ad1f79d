/** A person as this subgraph knows them: the integrated-membership id. */
export interface PersonParent {
  readonly id: string;
}

/** An employer of the Work24 feed, which the city subgraph holds. */
export interface EmployerReference {
  readonly id: string;
}
