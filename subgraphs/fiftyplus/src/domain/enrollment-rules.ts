import { ageOn } from '@jobgraph/subgraph-kit';
import { type CourseTrack, type Readiness, trackSuits } from './readiness.js';

/** Why an enrolment is refused before any seat is looked at. */
export type EnrollmentRefusal = 'NOT_ELIGIBLE' | 'PREREQUISITE_MISSING' | 'TRACK_NOT_SUITED';

export interface EnrollingMember {
  readonly birthDate: string;
  readonly residenceRegionCode: string;
  readonly readiness: Readiness | null;
  readonly completedBasic: boolean;
}

export interface EnrollingCourse {
  readonly track: CourseTrack;
  readonly startsOn: string;
}

export interface ProgramEligibility {
  readonly minAge: number;
  readonly maxAge: number;
  /** The region code the programme serves (`11`: Seoul). */
  readonly areaCode: string;
}

export interface EnrollmentVerdict {
  readonly refusal: EnrollmentRefusal;
  readonly message: string;
}

/**
 * The Academy's rules for one member and one course, in the order a member would fix them:
 * eligibility (age on the first day, residence), the basic education, then the track. Seats and
 * dates are the database's to settle.
 */
export function judgeEnrollment(
  member: EnrollingMember,
  course: EnrollingCourse,
  program: ProgramEligibility,
): EnrollmentVerdict | null {
  const age = ageOn(member.birthDate, course.startsOn);
  if (age < program.minAge || age > program.maxAge) {
    return {
      refusal: 'NOT_ELIGIBLE',
      message: `Aged ${age} on ${course.startsOn}, the first day; the Academy is for ages ${program.minAge}–${program.maxAge}.`,
    };
  }
  if (!member.residenceRegionCode.startsWith(program.areaCode)) {
    return {
      refusal: 'NOT_ELIGIBLE',
      message: 'The Academy is for Seoul residents; the registered address is outside Seoul.',
    };
  }
  if (course.track !== 'BASIC' && !member.completedBasic) {
    return {
      refusal: 'PREREQUISITE_MISSING',
      message: 'The mandatory basic education (a BASIC course) must be completed first.',
    };
  }
  if (!trackSuits(course.track, member.readiness)) {
    return {
      refusal: 'TRACK_NOT_SUITED',
      message: `A ${course.track} course needs ${course.track === 'FAST_TRACK' ? 'HIGH' : 'MEDIUM or HIGH'} readiness; the member's is ${member.readiness ?? 'not yet diagnosed'}.`,
    };
  }
  return null;
}
