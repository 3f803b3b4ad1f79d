import { badUserInput, type InputProblem } from '@jobgraph/subgraph-kit';

/** Throws every problem of a request as one BAD_USER_INPUT; nothing has been changed yet. */
export function throwIfProblems(problems: readonly InputProblem[], what: string): void {
  if (problems.length === 0) return;
  throw badUserInput(
    `${what}: ${problems.map((problem) => `${problem.field} must be ${problem.message}`).join('; ')}`,
    problems,
  );
}

/**
 * Like `throwIfProblems`, then hands back what was read alongside the checks: it is only
 * missing when a problem about it was reported.
 */
export function acceptInput<T>(
  problems: readonly InputProblem[],
  what: string,
  value: T | undefined,
): T {
  throwIfProblems(problems, what);
  if (value === undefined) throw new Error(`${what}: input read without a value or a problem`);
  return value;
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
