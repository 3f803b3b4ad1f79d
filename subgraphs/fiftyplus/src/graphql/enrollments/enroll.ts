import {
  badUserInput,
  type InputProblem,
  Refusal,
  requireCitizen,
  settle,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { and, count, eq, ne, sql } from 'drizzle-orm';
import { courses, type EnrollmentRow, enrollments } from '../../db/schema.js';
import { type EnrollmentRefusal, judgeEnrollment } from '../../domain/enrollment-rules.js';
import type { EnrollInCourseInput } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import type { FiftyPlusContext } from '../context.js';
import { courseById } from '../courses/loaders.js';
import { profileOfPerson } from '../profiles/loaders.js';
import { required } from '../required.js';

export type EnrollErrorCode =
  | EnrollmentRefusal
  | 'NO_TALENT_PROFILE'
  | 'COURSE_STARTED'
  | 'COURSE_FULL'
  | 'ALREADY_ENROLLED';

export type EnrollResult =
  | { ok: true; enrollment: EnrollmentRow; error: null }
  | { ok: false; enrollment: null; error: { code: EnrollErrorCode; message: string } };

const COURSE_ID = /^[a-z0-9-]{1,64}$/;

const refused = (code: EnrollErrorCode, message: string): EnrollResult => ({
  ok: false,
  enrollment: null,
  error: { code, message },
});

async function hasCompletedBasic(context: FiftyPlusContext, personId: string): Promise<boolean> {
  const [row] = await context.db
    .select({ found: sql<number>`1` })
    .from(enrollments)
    .innerJoin(courses, eq(courses.id, enrollments.courseId))
    .where(
      and(
        eq(enrollments.personId, personId),
        eq(enrollments.status, 'COMPLETED'),
        eq(courses.track, 'BASIC'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/**
 * Enrols the signed-in member: the Academy's rules first (profile, eligibility, basic education,
 * track), then the seat, under the course row's lock: concurrent enrolments queue on it, so each
 * sees the seats the others took and a course is never over-filled. The partial unique index
 * keeps one seat per person per course whatever happens above it.
 */
export async function enrollInCourse(
  context: FiftyPlusContext,
  input: EnrollInCourseInput,
): Promise<EnrollResult> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  if (!COURSE_ID.test(input.courseId)) {
    problems.push({ field: 'input.courseId', message: 'a course id' });
  }
  throwIfProblems(problems, 'cannot enrol');
  const course = await context.loaders.get(courseById).load(input.courseId);
  if (!course) {
    throw badUserInput(`input.courseId: no course "${input.courseId}"`, [
      { field: 'input.courseId', message: 'an existing course' },
    ]);
  }

  const profile = await context.loaders.get(profileOfPerson).load(memberId);
  if (!profile) {
    return refused(
      'NO_TALENT_PROFILE',
      'The member has no talent profile: register one on Il-jari Mongttang first.',
    );
  }
  const program = required(
    (await catalog(context.db)).programById.get(course.programId),
    'program',
  );
  const verdict = judgeEnrollment(
    {
      birthDate: profile.birthDate,
      residenceRegionCode: profile.residenceRegionCode,
      readiness: profile.readiness,
      completedBasic:
        course.track !== 'BASIC' && (await hasCompletedBasic(context, profile.personId)),
    },
    course,
    program,
  );
  if (verdict) return refused(verdict.refusal, verdict.message);

  const settled = await settle<EnrollmentRow, EnrollErrorCode>(() =>
    context.db.transaction(async (tx) => {
      const today = todayInKorea();
      const [locked] = await tx
        .select({ startsOn: courses.startsOn, capacity: courses.capacity })
        .from(courses)
        .where(eq(courses.id, course.id))
        .for('update');
      if (!locked) throw new Error(`course ${course.id} vanished`);
      const [held] = await tx
        .select({ id: enrollments.id })
        .from(enrollments)
        .where(
          and(
            eq(enrollments.courseId, course.id),
            eq(enrollments.personId, profile.personId),
            ne(enrollments.status, 'WITHDRAWN'),
          ),
        );
      if (held)
        throw new Refusal<EnrollErrorCode>(
          'ALREADY_ENROLLED',
          'The member already has a seat in this course.',
        );
      if (locked.startsOn <= today) {
        throw new Refusal<EnrollErrorCode>(
          'COURSE_STARTED',
          `The course started on ${locked.startsOn}.`,
        );
      }
      const [seats] = await tx
        .select({ taken: count() })
        .from(enrollments)
        .where(and(eq(enrollments.courseId, course.id), ne(enrollments.status, 'WITHDRAWN')));
      if ((seats?.taken ?? 0) >= locked.capacity) {
        throw new Refusal<EnrollErrorCode>(
          'COURSE_FULL',
          `All ${locked.capacity} seats are taken.`,
        );
      }
      const [created] = await tx
        .insert(enrollments)
        .values({ courseId: course.id, personId: profile.personId, enrolledOn: today })
        .onConflictDoNothing({
          target: [enrollments.courseId, enrollments.personId],
          where: sql`status <> 'WITHDRAWN'`,
        })
        .returning();
      if (!created) {
        throw new Refusal<EnrollErrorCode>(
          'ALREADY_ENROLLED',
          'The member already has a seat in this course.',
        );
      }
      return created;
    }),
  );
  return settled.ok
    ? { ok: true, enrollment: settled.value, error: null }
    : refused(settled.error.code, settled.error.message);
}
