import {
  checkText,
  type InputProblem,
  Refusal,
  type Settled,
  settle,
  throwIfProblems,
} from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import { type HrApplicationRow, hrApplications } from '../../db/schema.js';
import type { SubmitHrImprovementApplicationInput } from '../../generated/graphql.js';
import { requireGumiStaff } from '../access.js';
import type { GumiContext } from '../context.js';
import { employerById, measureByCode } from '../employers/loaders.js';
import { EMPLOYER_ID, MEASURE_CODE } from '../input.js';

export type SubmitErrorCode = 'ALREADY_APPLIED';

const PLAN = { min: 10, max: 2000 } as const;

/**
 * Files a target employer's application, by the calling staff member of Gumi (recorded as filing
 * it). Every input problem is reported together; the amount is the measure's amount per worker
 * times the workers covered, as the measure's row says today. The partial unique index settles
 * "one open application per employer and measure", also between concurrent requests.
 */
export async function submitApplication(
  context: GumiContext,
  input: SubmitHrImprovementApplicationInput,
): Promise<Settled<HrApplicationRow, SubmitErrorCode>> {
  const staff = requireGumiStaff(context);
  const problems: InputProblem[] = [];
  const [employer, measure] = await Promise.all([
    EMPLOYER_ID.test(input.employerId)
      ? context.loaders.get(employerById).load(input.employerId)
      : null,
    MEASURE_CODE.test(input.measureCode)
      ? context.loaders.get(measureByCode).load(input.measureCode)
      : null,
  ]);
  if (!employer) {
    problems.push({
      field: 'input.employerId',
      message: `one of the center's target employers (no employer "${input.employerId}")`,
    });
  }
  if (!measure) {
    problems.push({
      field: 'input.measureCode',
      message: `a measure of the incentive (no measure "${input.measureCode}")`,
    });
  }
  const maxWorkers = measure?.maxWorkers ?? 1;
  if (
    !Number.isInteger(input.workersCovered) ||
    input.workersCovered < 1 ||
    input.workersCovered > maxWorkers
  ) {
    problems.push({
      field: 'input.workersCovered',
      message: `between 1 and ${maxWorkers} (the measure's maximum)`,
    });
  }
  const plan = checkText(input.plan, 'input.plan', PLAN, problems);
  throwIfProblems(problems, 'cannot submit');
  if (!employer || !measure) throw new Error('validated employer and measure missing');

  return settle(() =>
    context.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(hrApplications)
        .values({
          employerId: employer.id,
          measureCode: measure.code,
          workersCovered: input.workersCovered,
          amountKrw: input.workersCovered * measure.amountPerWorkerKrw,
          plan,
          submittedBy: staff.subject,
        })
        .onConflictDoNothing({
          target: [hrApplications.employerId, hrApplications.measureCode],
          where: sql`status in ('SUBMITTED', 'APPROVED')`,
        })
        .returning();
      if (!created) {
        throw new Refusal(
          'ALREADY_APPLIED',
          `${employer.name} already has an open application for this measure.`,
        );
      }
      return created;
    }),
  );
}
