import { readFile } from 'node:fs/promises';
import { addDays } from '@jobgraph/subgraph-kit';
import { z } from 'zod';
import { COURSE_TRACKS, campuses, courses } from '../db/schema.js';
import type { FiftyPlusTransaction } from '../graphql/context.js';
import { seedDir } from './foundation.js';

const catalogFile = z.object({
  programId: z.string(),
  rounds: z.array(z.iso.date()),
  tracks: z.array(
    z.object({
      track: z.enum(COURSE_TRACKS),
      capacity: z.number().int().positive(),
      hours: z.number().int().positive(),
      startsAfterWeeks: z.number().int().nonnegative(),
      weeks: z.number().int().positive(),
      titles: z.array(z.string()).min(1),
    }),
  ),
});

type CourseInsert = typeof courses.$inferInsert;

/**
 * The year's course schedule, generated from seed/course-catalog.json: at every campus, each
 * round opens with a basic-education course (Monday to Friday), and two weeks later one course
 * of each track starts. Titles rotate through the vocabulary by campus and round.
 */
/** A course's id: year, campus, round and track, e.g. `fp26-south-r6-regular`. */
export function courseId(year: string, campusId: string, round: number, track: string): string {
  return `fp${year.slice(2, 4)}-${campusId.replace('campus-', '')}-r${round}-${track.toLowerCase().replace('_', '-')}`;
}

export function scheduleCourses(
  file: z.infer<typeof catalogFile>,
  campusIds: readonly string[],
): CourseInsert[] {
  const year = file.rounds[0]?.slice(0, 4) ?? '';
  return campusIds.flatMap((campusId, campusIndex) =>
    file.rounds.flatMap((roundStart, roundIndex) =>
      file.tracks.map((track): CourseInsert => {
        const startsOn = addDays(roundStart, track.startsAfterWeeks * 7);
        const round = roundIndex + 1;
        const title =
          track.titles.length === 1
            ? `${track.titles[0]} ${round}기`
            : (track.titles[(campusIndex + roundIndex) % track.titles.length] ?? '');
        return {
          id: courseId(year, campusId, round, track.track),
          programId: file.programId,
          campusId,
          track: track.track,
          title,
          startsOn,
          // A course week runs Monday to Friday.
          endsOn: addDays(startsOn, track.weeks * 7 - 3),
          hours: track.hours,
          capacity: track.capacity,
        };
      }),
    ),
  );
}

export async function seedCourses(tx: FiftyPlusTransaction): Promise<void> {
  const file = catalogFile.parse(
    JSON.parse(await readFile(new URL('course-catalog.json', seedDir), 'utf8')),
  );
  const campusRows = await tx.select({ id: campuses.id }).from(campuses).orderBy(campuses.position);
  await tx.insert(courses).values(
    scheduleCourses(
      file,
      campusRows.map((campus) => campus.id),
    ),
  );
}
