import {
  type InputProblem,
  Refusal,
  requireCitizen,
  type Settled,
  settle,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { and, eq, sql } from 'drizzle-orm';
import { type JobFairRegistrationRow, jobFairRegistrations, jobFairs } from '../../db/schema.js';
import type { RegisterForJobFairInput } from '../../generated/graphql.js';
import type { DistrictsContext } from '../context.js';
import { ID_SHAPE } from '../input.js';
import { fairById } from './loaders.js';

export type RegisterErrorCode = 'FAIR_FULL' | 'FAIR_PASSED' | 'ALREADY_REGISTERED';

/**
 * Registers the signed-in member for a fair. The fair's row lock serialises registrations for
 * one fair, so the count taken under it is exact and the last place goes to one request only;
 * the unique index keeps one registration per person per fair.
 */
export async function registerForJobFair(
  context: DistrictsContext,
  input: RegisterForJobFairInput,
): Promise<Settled<JobFairRegistrationRow, RegisterErrorCode>> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!ID_SHAPE.test(input.jobFairId)) {
    problems.push({ field: 'input.jobFairId', message: 'a job fair id' });
  } else if (!(await context.loaders.get(fairById).load(input.jobFairId))) {
    problems.push({
      field: 'input.jobFairId',
      message: `an existing job fair (no fair "${input.jobFairId}")`,
    });
  }
  throwIfProblems(problems, 'cannot register');

  return settle(() =>
    context.db.transaction(async (tx) => {
      const [fair] = await tx
        .select()
        .from(jobFairs)
        .where(eq(jobFairs.id, input.jobFairId))
        .for('update');
      if (!fair) throw new Error('job fair vanished while registering');
      if (fair.heldOn < todayInKorea()) {
        throw new Refusal('FAIR_PASSED', 'This job fair has already taken place.');
      }
      const [existing] = await tx
        .select({ id: jobFairRegistrations.id })
        .from(jobFairRegistrations)
        .where(
          and(
            eq(jobFairRegistrations.jobFairId, fair.id),
            eq(jobFairRegistrations.memberId, memberId),
          ),
        );
      if (existing) {
        throw new Refusal('ALREADY_REGISTERED', 'You are already registered for this fair.');
      }
      const [counted] = await tx
        .select({ count: sql<number>`count(*)::int` })
        .from(jobFairRegistrations)
        .where(eq(jobFairRegistrations.jobFairId, fair.id));
      if ((counted?.count ?? 0) >= fair.capacity) {
        throw new Refusal('FAIR_FULL', 'This job fair is fully booked.');
      }
      const [created] = await tx
        .insert(jobFairRegistrations)
        .values({ jobFairId: fair.id, memberId })
        .returning();
      if (!created) throw new Error('registration was not stored');
      return created;
    }),
  );
}
