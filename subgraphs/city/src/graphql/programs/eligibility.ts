import { type InputProblem, throwIfProblems, todayInKorea } from '@jobgraph/subgraph-kit';
import { type EligibilityVerdict, judgeEligibility } from '../../domain/eligibility.js';
import type { ApplicantInput } from '../../generated/graphql.js';
import type { CityContext } from '../context.js';
import { readApplicant } from './applicant.js';
import { eligibilityRulesOfProgram, programById } from './loaders.js';

export async function checkEligibility(
  context: CityContext,
  programId: string,
  input: ApplicantInput,
): Promise<EligibilityVerdict> {
  const problems: InputProblem[] = [];
  const program = await context.loaders.get(programById).load(programId);
  if (!program)
    problems.push({
      field: 'programId',
      message: `an existing programme (no programme "${programId}")`,
    });
  const applicant = await readApplicant(context, input, problems);
  throwIfProblems(problems, 'cannot check eligibility');
  const rules = await context.loaders.get(eligibilityRulesOfProgram).load(programId);
  return judgeEligibility(rules, applicant, todayInKorea());
}
