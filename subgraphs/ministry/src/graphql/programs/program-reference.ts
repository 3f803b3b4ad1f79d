/** Another agency's programme as this subgraph knows it: its type and id. */
export interface ProgramReference {
  readonly __typename: 'CityProgram' | 'FiftyPlusProgram' | 'DistrictProgram';
  readonly id: string;
}

type ProgramType = ProgramReference['__typename'] | 'MinistryProgram';

/** Which agency's subgraph holds a programme, from its id's prefix (docs/graph-contracts.md). */
export function programTypeOf(id: string): ProgramType | undefined {
  if (id.startsWith('seoul50plus-')) return 'FiftyPlusProgram';
  if (id.startsWith('seoul-')) return 'CityProgram';
  if (id.startsWith('moel-')) return 'MinistryProgram';
  if (id.startsWith('district-')) return 'DistrictProgram';
  return undefined;
}

/** The reference to another agency's programme; null for the Ministry's own or an unknown id. */
export function programReference(id: string): ProgramReference | null {
  const type = programTypeOf(id);
  return type === undefined || type === 'MinistryProgram' ? null : { __typename: type, id };
}
