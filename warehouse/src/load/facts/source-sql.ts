import { programVariantId } from '../programs.js';

/** The Ministry network's case management is its Mid-career Tomorrow Connection Package. */
export const CASE_MANAGEMENT_VARIANT = programVariantId(
  'ministry',
  'moel-midcareer-tomorrow-connection',
);

/** SQL: the day of a timestamp in Korea. */
export const koreanDay = (timestamp: string) => `(${timestamp} at time zone 'Asia/Seoul')::date`;

/** 50Plus enrolments with their course and profile (participations and trainings read them). */
export const ENROLMENTS_FROM = `fiftyplus.enrollments e
      join fiftyplus.courses c on c.id = e.course_id
      join fiftyplus.talent_profiles p on p.person_id = e.person_id`;

/** SQL: an enrolment's programme variant: the academy's course tracks are its types. */
export const ENROLMENT_VARIANT = `'fiftyplus:' || c.program_id || '/-/' || c.track || '/-'`;
