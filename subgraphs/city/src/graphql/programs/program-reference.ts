import type { ProgramRow } from '../../db/schema.js';

/** Another agency's programme as the city knows it: its type and id; its subgraph has the rest. */
export interface ProgramReference {
  readonly __typename: 'FiftyPlusProgram' | 'MinistryProgram' | 'DistrictProgram';
  readonly id: string;
}

export type AnyProgram = (ProgramRow & { readonly __typename: 'CityProgram' }) | ProgramReference;

/** Which agency's subgraph holds a programme, from its id's prefix (docs/graph-contracts.md). */
export function programTypeOf(id: string): AnyProgram['__typename'] | undefined {
  if (id.startsWith('seoul-')) return 'CityProgram';
  if (id.startsWith('seoul50plus-')) return 'FiftyPlusProgram';
  if (id.startsWith('moel-')) return 'MinistryProgram';
  if (id.startsWith('district-')) return 'DistrictProgram';
  return undefined;
}

/** Whether a programme serving `area` is available in `region`: it covers it or lies in it. */
export function servesRegion(area: string, region: string): boolean {
  return region.startsWith(area) || area.startsWith(region);
}
