import type { InputProblem } from '@jobgraph/subgraph-kit';

export const DEMAND_DAY_ID = /^jdd-[a-z0-9-]{1,100}$/;

/** Checks an optional date period: `to` not before `from`. */
export function checkDateOrder(
  from: string | null | undefined,
  to: string | null | undefined,
  problems: InputProblem[],
): void {
  if (from != null && to != null && to < from) {
    problems.push({ field: 'to', message: 'on or after from' });
  }
}
