import { defineLoader } from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import { courses, enrollments, placements, programs } from '../../db/schema.js';
import type { FiftyPlusContext } from '../context.js';

export interface CourseStats {
  readonly courses: number;
  readonly seats: number;
  readonly enrolled: number;
}

/** Courses, seats and seats taken of each programme, counted from the records in one statement. */
export const courseStatsOfProgram = defineLoader<string, CourseStats, FiftyPlusContext>(
  'courseStatsOfProgram',
  async (programIds, { db }) => {
    const rows = await db.execute<{
      program_id: string;
      courses: number;
      seats: number;
      enrolled: number;
    }>(sql`
      select c.program_id, count(*)::int as courses, sum(c.capacity)::int as seats,
             coalesce(sum(taken.count), 0)::int as enrolled
      from ${courses} c
      left join lateral (
        select count(*) as count from ${enrollments} e
        where e.course_id = c.id and e.status <> 'WITHDRAWN'
      ) taken on true
      where c.program_id in ${[...programIds]}
      group by c.program_id`);
    const byProgram = new Map(rows.map((row) => [row.program_id, row]));
    return programIds.map((id) => {
      const row = byProgram.get(id);
      return row
        ? { courses: row.courses, seats: row.seats, enrolled: row.enrolled }
        : { courses: 0, seats: 0, enrolled: 0 };
    });
  },
);

/**
 * Placements started in each programme's year, by support type, counted from the records in one
 * statement.
 */
export const placementCountsOfProgram = defineLoader<
  string,
  ReadonlyMap<string, number>,
  FiftyPlusContext
>('placementCountsOfProgram', async (programIds, { db }) => {
  const rows = await db.execute<{ program_id: string; support_type: string; count: number }>(sql`
    select pl.program_id, pl.support_type, count(*)::int as count
    from ${placements} pl
    join ${programs} p on p.id = pl.program_id
    where pl.program_id in ${[...programIds]}
      and pl.started_on >= make_date(p.year, 1, 1) and pl.started_on < make_date(p.year + 1, 1, 1)
    group by pl.program_id, pl.support_type`);
  const counts = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const byType = counts.get(row.program_id) ?? new Map<string, number>();
    byType.set(row.support_type, row.count);
    counts.set(row.program_id, byType);
  }
  return programIds.map((id) => counts.get(id) ?? new Map());
});
