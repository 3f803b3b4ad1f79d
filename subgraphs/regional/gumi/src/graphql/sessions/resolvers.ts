import { type InputProblem, throwIfProblems } from '@jobgraph/subgraph-kit';
import { and } from 'drizzle-orm';
import { careerSessions } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { required } from '../required.js';
import { bookSession } from './book.js';
import { SESSION_ORDER, sessionById, sessionConditions } from './loaders.js';

/** `to` not before `from`. */
export function checkPeriod(
  from: string | null | undefined,
  to: string | null | undefined,
  what: string,
): void {
  const problems: InputProblem[] = [];
  if (from != null && to != null && to < from) {
    problems.push({ field: 'to', message: 'on or after from' });
  }
  throwIfProblems(problems, what);
}

export const sessionResolvers: Resolvers = {
  Query: {
    careerDesignSessions: (_parent, { from, to, onlyAvailable }, context) => {
      checkPeriod(from, to, 'cannot list sessions');
      return context.db
        .select()
        .from(careerSessions)
        .where(
          and(
            ...sessionConditions({
              from: from ?? null,
              to: to ?? null,
              onlyAvailable: onlyAvailable ?? false,
            }),
          ),
        )
        .orderBy(...SESSION_ORDER);
    },
    careerDesignSession: (_parent, { id }, context) => context.loaders.get(sessionById).load(id),
  },
  Mutation: {
    bookCareerDesignSession: async (_parent, { input }, context) => {
      const result = await bookSession(context, input);
      return result.ok
        ? { ok: true, booking: result.value, error: null }
        : { ok: false, booking: null, error: result.error };
    },
  },
  CareerDesignSession: {
    center: (session) => ({ id: session.centerId }),
    title: (session) => session.titleKo,
    available: (session) => session.capacity - session.booked,
  },
  CareerDesignBooking: {
    session: async (booking, _args, context) =>
      required(await context.loaders.get(sessionById).load(booking.sessionId), 'session'),
    person: (booking, _args, context) => {
      readPersonal(context, booking.memberId, READ.careerDesignBookings);
      return { id: booking.memberId };
    },
  },
};
