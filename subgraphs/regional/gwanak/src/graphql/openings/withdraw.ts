import {
  type InputProblem,
  Refusal,
  requireCitizen,
  type Settled,
  settle,
  throwIfProblems,
  todayInKorea,
  UUID_SHAPE,
} from '@jobgraph/subgraph-kit';
import { and, eq, gte, sql } from 'drizzle-orm';
import {
  type OpeningApplicationRow,
  openingApplications,
  partnerOpenings,
} from '../../db/schema.js';
import type { WithdrawGwanakOpeningApplicationInput } from '../../generated/graphql.js';
import type { GwanakContext } from '../context.js';
import { openingById } from './loaders.js';

export type WithdrawErrorCode = 'NOT_APPLIED' | 'OPENING_CLOSED';

/**
 * Withdraws the signed-in member's own application and frees its place, in one transaction: the
 * conditional update (`status = 'APPLIED'`) lets one of two simultaneous withdrawals through, and
 * the place is given back only while the opening takes applications.
 */
export async function withdrawApplication(
  context: GwanakContext,
  input: WithdrawGwanakOpeningApplicationInput,
): Promise<Settled<OpeningApplicationRow, WithdrawErrorCode>> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  // Someone else's application is reported as unknown: no hint that it exists.
  const [own] = UUID_SHAPE.test(input.applicationId)
    ? await context.db
        .select({ id: openingApplications.id })
        .from(openingApplications)
        .where(
          and(
            eq(openingApplications.id, input.applicationId),
            eq(openingApplications.memberId, memberId),
          ),
        )
    : [];
  if (!own) {
    problems.push({ field: 'input.applicationId', message: 'the id of an application of yours' });
  }
  throwIfProblems(problems, 'cannot withdraw');

  const today = todayInKorea();
  return settle(() =>
    context.db.transaction(async (tx) => {
      const [withdrawn] = await tx
        .update(openingApplications)
        .set({ status: 'WITHDRAWN', withdrawnAt: sql`now()` })
        .where(
          and(
            eq(openingApplications.id, input.applicationId),
            eq(openingApplications.memberId, memberId),
            eq(openingApplications.status, 'APPLIED'),
          ),
        )
        .returning();
      if (!withdrawn) throw new Refusal('NOT_APPLIED', 'This application is already withdrawn.');
      const [freed] = await tx
        .update(partnerOpenings)
        .set({ applied: sql`${partnerOpenings.applied} - 1` })
        .where(
          and(eq(partnerOpenings.id, withdrawn.openingId), gte(partnerOpenings.closesOn, today)),
        )
        .returning({ id: partnerOpenings.id });
      if (!freed) {
        throw new Refusal('OPENING_CLOSED', 'The opening no longer takes applications.');
      }
      context.loaders.get(openingById).clear(withdrawn.openingId);
      return withdrawn;
    }),
  );
}
