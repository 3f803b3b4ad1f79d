/** A person as this subgraph knows them: the integrated-membership id and nothing else. */
export interface PersonParent {
  readonly id: string;
}
