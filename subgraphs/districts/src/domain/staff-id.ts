import type { InputProblem } from '@jobgraph/subgraph-kit';

const STAFF_ID = /^st-[a-z0-9-]{2,40}$/;

/** Staff ids until authorization arrives: `st-<center>-<nn>`, e.g. st-dongjak-01. */
export function checkStaffId(value: string, field: string, problems: InputProblem[]): void {
  if (!STAFF_ID.test(value)) {
    problems.push({ field, message: 'a staff id such as st-dongjak-01' });
  }
}
