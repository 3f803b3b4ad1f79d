import { defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, eq, getTableColumns, inArray } from 'drizzle-orm';
import { courses, type EnrollmentRow, enrollments } from '../../db/schema.js';
import type { FiftyPlusContext } from '../context.js';

/** Each person's enrolments, earliest course first. */
export const enrollmentsOfPerson = defineLoader<string, EnrollmentRow[], FiftyPlusContext>(
  'enrollmentsOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select(getTableColumns(enrollments))
      .from(enrollments)
      .innerJoin(courses, eq(courses.id, enrollments.courseId))
      .where(inArray(enrollments.personId, [...personIds]))
      .orderBy(asc(courses.startsOn), asc(courses.id), asc(enrollments.enrolledOn));
    return groupByKey(personIds, rows, (row) => row.personId);
  },
);
