import {
  badUserInput,
  type Connection,
  decodeCursor,
  pageSize,
  toConnection,
} from '@jobgraph/subgraph-kit';
import { and, asc, count, eq, gte, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type CourseRow, courses } from '../../db/schema.js';
import type { CourseFilter } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import type { FiftyPlusContext } from '../context.js';

/** The connection as resolvers pass it on: `totalCount` is only counted when asked for. */
export interface CourseConnectionParent extends Connection<CourseRow> {
  count(): Promise<number>;
}

/** A page position: the last course seen, in the earliest-first order. */
const positionSchema = z.object({ d: z.iso.date(), i: z.string().min(1).max(64) }).strict();

export interface CoursePageArgs {
  readonly filter?: CourseFilter | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Courses matching a filter, earliest start first, by keyset over (starts_on, id). */
export async function courseConnection(
  context: FiftyPlusContext,
  args: CoursePageArgs,
): Promise<CourseConnectionParent> {
  const size = pageSize(args.first);
  const after = args.after == null ? undefined : decodeCursor(args.after, positionSchema);
  const filter = args.filter ?? {};
  if (filter.campusId != null && !(await catalog(context.db)).campusById.has(filter.campusId)) {
    throw badUserInput(`filter.campusId: no campus "${filter.campusId}"`, [
      { field: 'filter.campusId', message: 'an existing campus id' },
    ]);
  }
  const conditions: SQL[] = [];
  if (filter.campusId != null) conditions.push(eq(courses.campusId, filter.campusId));
  if (filter.track != null) conditions.push(eq(courses.track, filter.track));
  if (filter.startsFrom != null) conditions.push(gte(courses.startsOn, filter.startsFrom));
  const page = after
    ? [...conditions, sql`(${courses.startsOn}, ${courses.id}) > (${after.d}::date, ${after.i})`]
    : conditions;
  const rows = await context.db
    .select()
    .from(courses)
    .where(and(...page))
    .orderBy(asc(courses.startsOn), asc(courses.id))
    .limit(size + 1);
  return {
    ...toConnection(rows, size, after !== undefined, (row) => ({ d: row.startsOn, i: row.id })),
    count: async () => {
      const [row] = await context.db
        .select({ total: count() })
        .from(courses)
        .where(and(...conditions));
      return row?.total ?? 0;
    },
  };
}
