/**
 * Which agency's programme an id names, by its prefix (docs/graph-contracts.md), as the warehouse
 * codes the agency (`dim_program.agency_code`); `seoul50plus-` before `seoul-`, which it starts
 * with.
 */
const AGENCY_BY_PREFIX: ReadonlyArray<readonly [prefix: string, agencyCode: string]> = [
  ['seoul50plus-', 'fiftyplus'],
  ['seoul-', 'city'],
  ['moel-', 'ministry'],
  ['district-', 'districts'],
];

/** The warehouse's key of a programme: (agency_code, program_id), the id as the graph has it. */
export interface WarehouseProgram {
  readonly agencyCode: string;
  readonly programId: string;
}

/** The warehouse's key of the graph's `Program.id`, or undefined for an id of no agency. */
export function warehouseProgram(id: string): WarehouseProgram | undefined {
  const entry = AGENCY_BY_PREFIX.find(([prefix]) => id.startsWith(prefix));
  return entry ? { agencyCode: entry[1], programId: id } : undefined;
}
