import { badUserInput, type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';

/** A cohort quarter as the API writes it: `2025Q3`. */
const QUARTER = /^([12]\d{3})Q([1-4])$/;
const SHAPE = 'a quarter such as 2025Q3 (a year, Q, then 1 to 4)';

/** The first day of a quarter written `2025Q3` (`2025-07-01`), or undefined when it is not one. */
export function quarterStart(text: string): string | undefined {
  const match = QUARTER.exec(text);
  if (!match) return undefined;
  const month = (Number(match[2]) - 1) * 3 + 1;
  return `${match[1]}-${String(month).padStart(2, '0')}-01`;
}

/** Cohort quarters from `from` to `to`, both included, by their first days; null is open. */
export interface QuarterRange {
  readonly from: string | null;
  readonly to: string | null;
}

/** The quarter `period` names, as a range of one; BAD_USER_INPUT when it names none. */
export function checkPeriod(period: string): QuarterRange {
  const start = quarterStart(period);
  if (start === undefined) {
    throw badUserInput(`bad period ${JSON.stringify(period)}: period must be ${SHAPE}`, [
      { field: 'period', message: SHAPE },
    ]);
  }
  return { from: start, to: start };
}

/** The quarters from `from` to `to`; BAD_USER_INPUT naming every problem at once. */
export function checkRange(
  from: string | null | undefined,
  to: string | null | undefined,
): QuarterRange {
  const problems: InputProblem[] = [];
  const start = from == null ? null : (quarterStart(from) ?? null);
  const end = to == null ? null : (quarterStart(to) ?? null);
  if (from != null && start === null) problems.push({ field: 'from', message: SHAPE });
  if (to != null && end === null) problems.push({ field: 'to', message: SHAPE });
  if (start !== null && end !== null && start > end) {
    problems.push({ field: 'to', message: `${from} or later` });
  }
  throwIfProblems(problems, 'bad quarters');
  return { from: start, to: end };
}
