import {
  type Connection,
  decodeCursor,
  type InputProblem,
  pageSize,
  throwIfProblems,
  toConnection,
} from '@jobgraph/subgraph-kit';
import { and, desc, eq, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type IncentiveApplicationRow, incentiveApplications } from '../../db/schema.js';
import type { HiringIncentiveStatus } from '../../generated/graphql.js';
import { assertActsForCenter, requireDistrictStaff } from '../access.js';
import type { DistrictsContext } from '../context.js';
import { programById } from '../programs/loaders.js';

/** The connection as resolvers pass it on: `totalCount` is only counted when asked for. */
export interface ApplicationConnectionParent extends Connection<IncentiveApplicationRow> {
  count(): Promise<number>;
}

const positionSchema = z.object({ t: z.iso.datetime(), i: z.uuid() }).strict();

export interface ApplicationConnectionArgs {
  readonly programId: string;
  readonly status?: HiringIncentiveStatus | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/**
 * A programme's applications, newest first (one programme per request: no batching needed), for
 * staff of the programme's center. The people listed are recorded as read where the edges are.
 */
export async function applicationConnection(
  context: DistrictsContext,
  args: ApplicationConnectionArgs,
): Promise<ApplicationConnectionParent> {
  const staff = requireDistrictStaff(context);
  const problems: InputProblem[] = [];
  const program = await context.loaders.get(programById).load(args.programId);
  if (!program) {
    problems.push({
      field: 'programId',
      message: `an existing programme (no programme "${args.programId}")`,
    });
  }
  throwIfProblems(problems, 'cannot list applications');
  if (program) assertActsForCenter(staff, program.centerId);
  const size = pageSize(args.first);
  const after = args.after == null ? null : decodeCursor(args.after, positionSchema);
  const scope: SQL[] = [eq(incentiveApplications.programId, args.programId)];
  if (args.status != null) scope.push(eq(incentiveApplications.status, args.status));
  const rows = await context.db
    .select()
    .from(incentiveApplications)
    .where(
      and(
        ...scope,
        after === null
          ? undefined
          : sql`(${incentiveApplications.submittedAt}, ${incentiveApplications.id}) < (${after.t}::timestamptz, ${after.i}::uuid)`,
      ),
    )
    .orderBy(desc(incentiveApplications.submittedAt), desc(incentiveApplications.id))
    .limit(size + 1);
  return {
    ...toConnection(rows, size, after !== null, (row) => ({
      t: row.submittedAt.toISOString(),
      i: row.id,
    })),
    count: async () => {
      const [counted] = await context.db
        .select({ count: sql<number>`count(*)::int` })
        .from(incentiveApplications)
        .where(and(...scope));
      return counted?.count ?? 0;
    },
  };
}
