import { type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';
import type { ConsultationSlotRow } from '../../db/schema.js';
import { centerById, serviceOf } from '../centers/loaders.js';
import type { DistrictsContext } from '../context.js';
import { readSpan } from '../input.js';
import { slotsOfCenter } from './loaders.js';

const MAX_SPAN_DAYS = 31;

export interface SlotQuery {
  readonly from: string;
  readonly to: string;
  readonly serviceCode?: string | null;
  readonly onlyAvailable?: boolean | null;
}

/**
 * A center's slots for a period of at most 31 days; `prefix` names the arguments in errors
 * (`filter.` for the query's filter, nothing for the center's field). `problems` may already
 * hold the caller's; all are reported together.
 */
export async function centerSlots(
  context: DistrictsContext,
  centerId: string,
  query: SlotQuery,
  prefix: string,
  problems: InputProblem[] = [],
): Promise<ConsultationSlotRow[]> {
  const span = readSpan(
    query.from,
    query.to,
    problems,
    { from: `${prefix}from`, to: `${prefix}to` },
    MAX_SPAN_DAYS,
  );
  const serviceCode = query.serviceCode ?? null;
  if (
    serviceCode !== null &&
    // A center that does not exist has no services to name.
    !problems.some((problem) => problem.field === `${prefix}centerId`) &&
    !(await serviceOf(context, centerId, serviceCode))
  ) {
    problems.push({ field: `${prefix}serviceCode`, message: "one of the center's services" });
  }
  throwIfProblems(problems, 'cannot list consultation slots');
  return context.loaders.get(slotsOfCenter).load({
    id: centerId,
    args: {
      from: span.from,
      until: span.until,
      serviceCode,
      onlyAvailable: query.onlyAvailable ?? false,
    },
  });
}

/** The query's variant: the center must exist too. */
export async function slotsOfFilter(
  context: DistrictsContext,
  filter: SlotQuery & { readonly centerId: string },
): Promise<ConsultationSlotRow[]> {
  const problems: InputProblem[] = [];
  if (!(await context.loaders.get(centerById).load(filter.centerId))) {
    problems.push({
      field: 'filter.centerId',
      message: `an existing center (no center "${filter.centerId}")`,
    });
  }
  return centerSlots(context, filter.centerId, filter, 'filter.', problems);
}
