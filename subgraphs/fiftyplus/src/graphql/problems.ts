import { badUserInput, type InputProblem } from '@jobgraph/subgraph-kit';

/** Reports every problem found in one request at once, naming each field. */
export function throwIfProblems(problems: readonly InputProblem[], what: string): void {
  if (problems.length === 0) return;
  throw badUserInput(
    `${what}: ${problems.map((problem) => `${problem.field} must be ${problem.message}`).join('; ')}`,
    problems,
  );
}
