import {
  type InputProblem,
  Refusal,
  readOptionalText,
  requireCitizen,
  type Settled,
  settle,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { and, eq, gte, lt, lte, sql } from 'drizzle-orm';
import {
  type OpeningApplicationRow,
  openingApplications,
  partnerOpenings,
} from '../../db/schema.js';
import type { ApplyToGwanakPartnerOpeningInput } from '../../generated/graphql.js';
import type { GwanakContext } from '../context.js';
import { OPENING_ID } from '../input.js';
import { openingById } from './loaders.js';

export type ApplyErrorCode = 'OPENING_FULL' | 'OPENING_CLOSED' | 'ALREADY_APPLIED';

const MOTIVATION_MAX = 1000;

/**
 * Applies the signed-in member to an opening, in one transaction. The partial unique index keeps
 * one active application per person per opening (a second request of the same person waits for
 * the first and then finds the conflict); the conditional update of the opening's count takes a
 * place only while one is left and the opening takes applications, so of many requests for the
 * last place exactly one succeeds. A refusal rolls the application back.
 */
export async function applyToOpening(
  context: GwanakContext,
  input: ApplyToGwanakPartnerOpeningInput,
): Promise<Settled<OpeningApplicationRow, ApplyErrorCode>> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!OPENING_ID.test(input.openingId)) {
    problems.push({ field: 'input.openingId', message: 'an opening id (gwo-…)' });
  } else if (!(await context.loaders.get(openingById).load(input.openingId))) {
    problems.push({
      field: 'input.openingId',
      message: `an existing opening (no opening "${input.openingId}")`,
    });
  }
  const motivation = readOptionalText(
    input.motivation,
    'input.motivation',
    MOTIVATION_MAX,
    problems,
  );
  throwIfProblems(problems, 'cannot apply');

  const today = todayInKorea();
  // The opening was loaded above; the answer shows its count after this application.
  context.loaders.get(openingById).clear(input.openingId);
  return settle(() =>
    context.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(openingApplications)
        .values({ openingId: input.openingId, memberId, motivation })
        .onConflictDoNothing({
          target: [openingApplications.openingId, openingApplications.memberId],
          where: sql`status = 'APPLIED'`,
        })
        .returning();
      if (!created) {
        throw new Refusal('ALREADY_APPLIED', 'You have already applied to this opening.');
      }
      const [taken] = await tx
        .update(partnerOpenings)
        .set({ applied: sql`${partnerOpenings.applied} + 1` })
        .where(
          and(
            eq(partnerOpenings.id, input.openingId),
            lt(partnerOpenings.applied, partnerOpenings.capacity),
            lte(partnerOpenings.opensOn, today),
            gte(partnerOpenings.closesOn, today),
          ),
        )
        .returning({ id: partnerOpenings.id });
      if (taken) return created;
      const [opening] = await tx
        .select()
        .from(partnerOpenings)
        .where(eq(partnerOpenings.id, input.openingId));
      if (!opening) throw new Error('opening vanished while applying');
      if (opening.opensOn > today || opening.closesOn < today) {
        throw new Refusal(
          'OPENING_CLOSED',
          `This opening takes applications from ${opening.opensOn} to ${opening.closesOn}.`,
        );
      }
      throw new Refusal('OPENING_FULL', 'Every interview place of this opening is taken.');
    }),
  );
}
