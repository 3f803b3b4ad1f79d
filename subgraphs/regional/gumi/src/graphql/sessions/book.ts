import {
  ageOn,
  type InputProblem,
  Refusal,
  requireCitizen,
  type Settled,
  settle,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import { type CareerBookingRow, careerBookings, careerSessions } from '../../db/schema.js';
import type { BookCareerDesignSessionInput } from '../../generated/graphql.js';
import type { GumiContext } from '../context.js';
import { koreanDayOf, SESSION_ID } from '../input.js';
import { sessionById } from './loaders.js';

export type BookErrorCode =
  | 'SESSION_FULL'
  | 'SESSION_STARTED'
  | 'ALREADY_BOOKED'
  | 'BELOW_MINIMUM_AGE';

/** The oldest plausible age: a birth date further back is a typing mistake. */
const MAX_AGE = 110;

/**
 * Books the signed-in member a place, in one transaction. The session's minimum age (data on the
 * session: 40 or 50) is checked against the birth date the member gives, on the session's day;
 * the birth date is not stored. The partial unique index keeps one active booking per person per
 * session; the conditional update of the session's count takes a place only while one is left and
 * the session has not started, so of many requests for the last place exactly one succeeds.
 */
export async function bookSession(
  context: GumiContext,
  input: BookCareerDesignSessionInput,
): Promise<Settled<CareerBookingRow, BookErrorCode>> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  const session = SESSION_ID.test(input.sessionId)
    ? await context.loaders.get(sessionById).load(input.sessionId)
    : null;
  if (!session) {
    problems.push({
      field: 'input.sessionId',
      message: `an existing career design session (no session "${input.sessionId}")`,
    });
  }
  const today = todayInKorea();
  if (input.birthDate > today) {
    problems.push({ field: 'input.birthDate', message: 'not in the future' });
  } else if (ageOn(input.birthDate, today) > MAX_AGE) {
    problems.push({
      field: 'input.birthDate',
      message: `a birth date at most ${MAX_AGE} years ago`,
    });
  }
  throwIfProblems(problems, 'cannot book');
  if (!session) throw new Error('validated session missing');
  context.loaders.get(sessionById).clear(session.id);

  return settle(async () => {
    const age = ageOn(input.birthDate, koreanDayOf(session.startsAt));
    if (age < session.minimumAge) {
      throw new Refusal(
        'BELOW_MINIMUM_AGE',
        `This session is for people aged ${session.minimumAge} or over on its day.`,
      );
    }
    return context.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(careerBookings)
        .values({ sessionId: session.id, memberId })
        .onConflictDoNothing({
          target: [careerBookings.sessionId, careerBookings.memberId],
          where: sql`status = 'BOOKED'`,
        })
        .returning();
      if (!created)
        throw new Refusal('ALREADY_BOOKED', 'You already have a place in this session.');
      const [taken] = await tx
        .update(careerSessions)
        .set({ booked: sql`${careerSessions.booked} + 1` })
        .where(
          and(
            eq(careerSessions.id, session.id),
            lt(careerSessions.booked, careerSessions.capacity),
            gt(careerSessions.startsAt, sql`now()`),
          ),
        )
        .returning({ id: careerSessions.id });
      if (taken) return created;
      const [current] = await tx
        .select({ started: sql<boolean>`${careerSessions.startsAt} <= now()` })
        .from(careerSessions)
        .where(eq(careerSessions.id, session.id));
      if (current?.started) throw new Refusal('SESSION_STARTED', 'This session has started.');
      throw new Refusal('SESSION_FULL', 'Every place in this session is taken.');
    });
  });
}
