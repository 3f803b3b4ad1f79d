import { chunks } from '@jobgraph/data';
import { addDays, ageOn, earlierDay, laterDay } from '@jobgraph/subgraph-kit';
import { asc, eq } from 'drizzle-orm';
import {
  type CourseRow,
  courses,
  enrollments,
  programs,
  type TalentProfileRow,
  talentProfiles,
} from '../db/schema.js';
import { type CourseTrack, TRACK_FOR_READINESS } from '../domain/readiness.js';
import type { FiftyPlusTransaction } from '../graphql/context.js';
import { courseId } from './courses.js';
import { type Random, seededRandom } from './random.js';
import { SNAPSHOT_DAY } from './snapshot-day.js';

type EnrollmentInsert = typeof enrollments.$inferInsert;
type Member = Pick<
  TalentProfileRow,
  'personId' | 'birthDate' | 'campusId' | 'readiness' | 'registeredOn'
>;

/** The story people's Academy journeys (data/synthetic/README.md), by round of the year. */
const STORY: Record<
  string,
  ReadonlyArray<{ track: CourseTrack; round: number; status: 'COMPLETED' | 'ENROLLED' }>
> = {
  // 김영수: basic education done in September, a Regular course starting in December.
  M00000001: [
    { track: 'BASIC', round: 5, status: 'COMPLETED' },
    { track: 'REGULAR', round: 6, status: 'ENROLLED' },
  ],
  // 한수진: registered in September, enrolled in December's basic education.
  M00000006: [{ track: 'BASIC', round: 6, status: 'ENROLLED' }],
};

/** Share of an upcoming course the seed fills, so that members can still enrol. */
const UPCOMING_FILL = 0.6;
const WITHDRAWAL_RATE = 0.06;
const CONTINUE_RATE = 0.8;

/**
 * Enrolments as of the snapshot day, made up deterministically: each member takes the first
 * basic-education course at their campus after registering, and most who completed it go on to
 * the track their readiness suits. Members must be 40–64 on a course's first day; no course gets
 * more members than seats (upcoming ones are only partly filled).
 */
export function planEnrollments(
  members: readonly Member[],
  schedule: readonly CourseRow[],
  eligibleAges: { readonly minAge: number; readonly maxAge: number },
): EnrollmentInsert[] {
  const taken = new Map<string, number>();
  const planned: EnrollmentInsert[] = [];
  const seatsFor = (course: CourseRow) =>
    course.startsOn > SNAPSHOT_DAY ? Math.floor(course.capacity * UPCOMING_FILL) : course.capacity;
  const fits = (member: Member, course: CourseRow) => {
    const age = ageOn(member.birthDate, course.startsOn);
    return (
      age >= eligibleAges.minAge &&
      age <= eligibleAges.maxAge &&
      (taken.get(course.id) ?? 0) < seatsFor(course)
    );
  };
  const enrol = (
    member: Member,
    course: CourseRow,
    status: EnrollmentInsert['status'],
    earliest: string,
    random: Random,
  ) => {
    const wanted = addDays(course.startsOn, -random.between(3, 21));
    const enrolledOn = earlierDay(laterDay(wanted, earliest), SNAPSHOT_DAY);
    planned.push({
      courseId: course.id,
      personId: member.personId,
      status,
      enrolledOn,
      completedOn: status === 'COMPLETED' ? course.endsOn : null,
      withdrawnOn: status === 'WITHDRAWN' ? addDays(course.startsOn, random.between(1, 4)) : null,
    });
    if (status !== 'WITHDRAWN') taken.set(course.id, (taken.get(course.id) ?? 0) + 1);
  };
  const statusOn = (course: CourseRow, random: Random): EnrollmentInsert['status'] => {
    if (course.endsOn >= SNAPSHOT_DAY) return 'ENROLLED';
    return random.next() < WITHDRAWAL_RATE ? 'WITHDRAWN' : 'COMPLETED';
  };
  const byId = new Map(schedule.map((course) => [course.id, course]));
  const year = schedule[0]?.startsOn ?? '';

  for (const member of members) {
    const random = seededRandom(`enrolment:${member.personId}`);
    const story = STORY[member.personId];
    if (story) {
      let earliest = member.registeredOn;
      for (const step of story) {
        const course = byId.get(courseId(year, member.campusId, step.round, step.track));
        if (!course) throw new Error(`no ${step.track} course in round ${step.round}`);
        enrol(member, course, step.status, earliest, random);
        earliest = course.endsOn;
      }
      continue;
    }
    const atCampus = schedule.filter((course) => course.campusId === member.campusId);
    const basic = atCampus.find(
      (course) =>
        course.track === 'BASIC' && course.startsOn > member.registeredOn && fits(member, course),
    );
    if (!basic) continue;
    const basicStatus = statusOn(basic, random);
    enrol(member, basic, basicStatus, member.registeredOn, random);
    if (basicStatus !== 'COMPLETED' || member.readiness === null) continue;
    if (random.next() >= CONTINUE_RATE) continue;
    const track = TRACK_FOR_READINESS[member.readiness];
    const next = atCampus.find(
      (course) => course.track === track && course.startsOn > basic.endsOn && fits(member, course),
    );
    if (next) enrol(member, next, statusOn(next, random), basic.endsOn, random);
  }
  return planned;
}

export async function seedEnrollments(tx: FiftyPlusTransaction): Promise<void> {
  const [schedule, members, [academy]] = await Promise.all([
    tx.select().from(courses).orderBy(asc(courses.startsOn), asc(courses.id)),
    tx.select().from(talentProfiles).orderBy(asc(talentProfiles.personId)),
    tx.select().from(programs).where(eq(programs.kind, 'MIDCAREER_JOB_ACADEMY')),
  ]);
  if (!academy) throw new Error('the Mid-career Job Academy programme is not seeded');
  // Story people first, so the seats their journeys need are theirs.
  const ordered = [
    ...members.filter((member) => member.personId in STORY),
    ...members.filter((member) => !(member.personId in STORY)),
  ];
  for (const batch of chunks(planEnrollments(ordered, schedule, academy), 1000)) {
    await tx.insert(enrollments).values(batch);
  }
}
