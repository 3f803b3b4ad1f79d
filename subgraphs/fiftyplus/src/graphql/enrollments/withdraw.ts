import {
  type InputProblem,
  notFound,
  requireCitizen,
  throwIfProblems,
  todayInKorea,
  UUID_SHAPE,
} from '@jobgraph/subgraph-kit';
import { and, eq } from 'drizzle-orm';
import { courses, type EnrollmentRow, enrollments } from '../../db/schema.js';
import type { WithdrawFromCourseInput } from '../../generated/graphql.js';
import type { FiftyPlusContext } from '../context.js';

export type WithdrawResult =
  | { ok: true; enrollment: EnrollmentRow; error: null }
  | {
      ok: false;
      enrollment: EnrollmentRow;
      error: { code: 'NOT_ENROLLED' | 'COURSE_ENDED'; message: string };
    };

/**
 * Withdraws the signed-in member from a course they hold a seat in, until the course ends. The
 * update is conditional on the seat still being held, so of two concurrent withdrawals one wins.
 */
export async function withdrawFromCourse(
  context: FiftyPlusContext,
  input: WithdrawFromCourseInput,
): Promise<WithdrawResult> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!UUID_SHAPE.test(input.enrollmentId)) {
    problems.push({ field: 'input.enrollmentId', message: 'an enrolment id' });
  }
  throwIfProblems(problems, 'cannot withdraw');

  const today = todayInKorea();
  const ownEnrollment = and(
    eq(enrollments.id, input.enrollmentId),
    eq(enrollments.personId, memberId),
  );
  const [found] = await context.db
    .select({ enrollment: enrollments, endsOn: courses.endsOn })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .where(ownEnrollment);
  // Someone else's enrolment is as unknown as a missing one.
  if (!found) throw notFound('enrolment', input.enrollmentId);
  if (found.endsOn < today) {
    return {
      ok: false,
      enrollment: found.enrollment,
      error: { code: 'COURSE_ENDED', message: `The course ended on ${found.endsOn}.` },
    };
  }
  const [withdrawn] = await context.db
    .update(enrollments)
    .set({ status: 'WITHDRAWN', withdrawnOn: today })
    .where(and(ownEnrollment, eq(enrollments.status, 'ENROLLED')))
    .returning();
  if (!withdrawn) {
    return {
      ok: false,
      enrollment: found.enrollment,
      error: { code: 'NOT_ENROLLED', message: 'The enrolment is no longer active.' },
    };
  }
  return { ok: true, enrollment: withdrawn, error: null };
}
