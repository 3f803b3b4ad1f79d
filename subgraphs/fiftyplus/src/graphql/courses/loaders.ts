import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, count, eq, gte, inArray, ne, type SQL } from 'drizzle-orm';
import { type CourseRow, courses, enrollments } from '../../db/schema.js';
import type { CourseTrack } from '../../domain/readiness.js';
import type { FiftyPlusContext } from '../context.js';

export const courseById = defineLoader<string, CourseRow | null, FiftyPlusContext>(
  'courseById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(courses)
      .where(inArray(courses.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

/** Seats taken in each course: enrolments that are not withdrawn. */
export const enrolledCountOfCourse = defineLoader<string, number, FiftyPlusContext>(
  'enrolledCountOfCourse',
  async (ids, { db }) => {
    const rows = await db
      .select({ courseId: enrollments.courseId, taken: count() })
      .from(enrollments)
      .where(and(inArray(enrollments.courseId, [...ids]), ne(enrollments.status, 'WITHDRAWN')))
      .groupBy(enrollments.courseId);
    const taken = new Map(rows.map((row) => [row.courseId, row.taken]));
    return ids.map((id) => taken.get(id) ?? 0);
  },
);

export interface CampusCoursesRequest {
  readonly campusId: string;
  readonly track: CourseTrack | null;
  readonly startsFrom: string | null;
}

const filterShape = (request: CampusCoursesRequest) =>
  JSON.stringify([request.track, request.startsFrom]);

/**
 * The courses of many campuses at once (a list of campuses, each with its courses): requests
 * with the same filter share one statement.
 */
export const coursesOfCampus = defineLoader<CampusCoursesRequest, CourseRow[], FiftyPlusContext>(
  'coursesOfCampus',
  async (requests, { db }) => {
    const shapes = new Map<string, CampusCoursesRequest[]>();
    for (const request of requests) {
      const group = shapes.get(filterShape(request)) ?? [];
      group.push(request);
      shapes.set(filterShape(request), group);
    }
    const results = new Map<string, CourseRow[]>();
    for (const [shape, group] of shapes) {
      const [{ track, startsFrom }] = group as [CampusCoursesRequest];
      const campusIds = [...new Set(group.map((request) => request.campusId))];
      const conditions: SQL[] = [inArray(courses.campusId, campusIds)];
      if (track) conditions.push(eq(courses.track, track));
      if (startsFrom) conditions.push(gte(courses.startsOn, startsFrom));
      const rows = await db
        .select()
        .from(courses)
        .where(and(...conditions))
        .orderBy(asc(courses.startsOn), asc(courses.id));
      groupByKey(campusIds, rows, (row) => row.campusId).forEach((campusRows, index) => {
        results.set(`${shape}#${campusIds[index]}`, campusRows);
      });
    }
    return requests.map(
      (request) => results.get(`${filterShape(request)}#${request.campusId}`) ?? [],
    );
  },
  (request) => `${filterShape(request)}#${request.campusId}`,
);
