import { type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';

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
