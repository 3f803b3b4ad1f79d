import type { InputProblem } from '@jobgraph/subgraph-kit';

const STAFF_ID = /^[a-z][a-z0-9-]{2,39}$/;

/** Staff ids (counselors, coordinators) are lower-case words joined by hyphens: `fp-south-01`. */
export function checkStaffId(value: string, field: string, problems: InputProblem[]): void {
  if (!STAFF_ID.test(value)) {
    problems.push({ field, message: 'a staff id such as fp-south-01 (3–40 a–z, 0–9, -)' });
  }
}
