import {
  type InputProblem,
  Refusal,
  requireCitizen,
  type Settled,
  settle,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { and, eq, gte, lt, sql } from 'drizzle-orm';
import {
  type DemandDayRegistrationRow,
  demandDayRegistrations,
  demandDays,
} from '../../db/schema.js';
import type { RegisterForJobDemandDayInput } from '../../generated/graphql.js';
import type { IncheonContext } from '../context.js';
import { DEMAND_DAY_ID } from '../input.js';
import { demandDayById } from './loaders.js';

export type RegisterErrorCode = 'DAY_FULL' | 'DAY_PASSED' | 'ALREADY_REGISTERED';

/**
 * Registers the signed-in member for a job demand day, in one transaction. The unique index keeps
 * one registration per person per day (a second request of the same person waits for the first,
 * then finds the conflict); the conditional update of the day's count takes a place only while
 * one is left and the day has not passed, so of many requests for the last place exactly one
 * succeeds. A refusal rolls the registration back.
 */
export async function registerForDemandDay(
  context: IncheonContext,
  input: RegisterForJobDemandDayInput,
): Promise<Settled<DemandDayRegistrationRow, RegisterErrorCode>> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!DEMAND_DAY_ID.test(input.jobDemandDayId)) {
    problems.push({ field: 'input.jobDemandDayId', message: 'a job demand day id (jdd-…)' });
  } else if (!(await context.loaders.get(demandDayById).load(input.jobDemandDayId))) {
    problems.push({
      field: 'input.jobDemandDayId',
      message: `an existing job demand day (no day "${input.jobDemandDayId}")`,
    });
  }
  throwIfProblems(problems, 'cannot register');

  const today = todayInKorea();
  // The day was loaded above; the answer shows its count after this registration.
  context.loaders.get(demandDayById).clear(input.jobDemandDayId);
  return settle(() =>
    context.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(demandDayRegistrations)
        .values({ demandDayId: input.jobDemandDayId, memberId })
        .onConflictDoNothing({
          target: [demandDayRegistrations.demandDayId, demandDayRegistrations.memberId],
        })
        .returning();
      if (!created) {
        throw new Refusal('ALREADY_REGISTERED', 'You are already registered for this day.');
      }
      const [taken] = await tx
        .update(demandDays)
        .set({ registered: sql`${demandDays.registered} + 1` })
        .where(
          and(
            eq(demandDays.id, input.jobDemandDayId),
            lt(demandDays.registered, demandDays.capacity),
            gte(demandDays.heldOn, today),
          ),
        )
        .returning({ id: demandDays.id });
      if (taken) return created;
      const [day] = await tx
        .select()
        .from(demandDays)
        .where(eq(demandDays.id, input.jobDemandDayId));
      if (!day) throw new Error('job demand day vanished while registering');
      if (day.heldOn < today) {
        throw new Refusal('DAY_PASSED', 'This job demand day has already taken place.');
      }
      throw new Refusal('DAY_FULL', 'Every place of this job demand day is taken.');
    }),
  );
}
