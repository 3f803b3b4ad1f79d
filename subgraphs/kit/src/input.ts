import { badUserInput, type InputProblem } from '@jobgraph/graphql-server';

/**
 * Throws every problem found in one request as one BAD_USER_INPUT naming each field, before
 * anything is changed; does nothing when there is none.
 */
export function throwIfProblems(problems: readonly InputProblem[], what: string): void {
  if (problems.length === 0) return;
  throw badUserInput(
    `${what}: ${problems.map((problem) => `${problem.field} must be ${problem.message}`).join('; ')}`,
    problems,
  );
}

export const UUID_SHAPE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
