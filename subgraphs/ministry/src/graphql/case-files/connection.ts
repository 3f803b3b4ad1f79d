import {
  badUserInput,
  type Connection,
  decodeCursor,
  type InputProblem,
  pageSize,
  requireStaff,
  toConnection,
} from '@jobgraph/subgraph-kit';
import { and, count, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type CaseFileRow, caseFiles } from '../../db/schema.js';
import type { CaseStage } from '../../domain/case-stages.js';
import { centerById } from '../centers/loaders.js';
import type { MinistryContext } from '../context.js';
import { counselorById } from '../counselors/loaders.js';
import { READ_CASE_FILE } from '../people/personal-data.js';

/** A page of case files; `totalCount` is only counted when asked for. */
export interface CaseFilePage extends Connection<CaseFileRow> {
  count(): Promise<number>;
}

export interface CaseFileListArgs {
  readonly centerId: string;
  readonly stage?: CaseStage | null;
  readonly counselorId?: string | null;
  readonly includeClosed?: boolean | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

const positionSchema = z.object({ o: z.iso.date(), i: z.string().min(1).max(32) }).strict();

/**
 * A center's files, most recently opened first (the `case_files_center_opened_idx` order), for
 * the Ministry's staff of any center; each person listed is recorded as read.
 */
export async function caseFilePage(
  context: MinistryContext,
  args: CaseFileListArgs,
): Promise<CaseFilePage> {
  requireStaff(context, 'ministry');
  const size = pageSize(args.first);
  const after = args.after == null ? undefined : decodeCursor(args.after, positionSchema);
  const problems: InputProblem[] = [];
  const [center, counselor] = await Promise.all([
    context.loaders.get(centerById).load(args.centerId),
    args.counselorId == null ? null : context.loaders.get(counselorById).load(args.counselorId),
  ]);
  if (!center) problems.push({ field: 'centerId', message: 'a national center (moel-…)' });
  if (args.counselorId != null && counselor?.centerId !== args.centerId) {
    problems.push({ field: 'counselorId', message: `a counselor of ${args.centerId}` });
  }
  if (problems.length > 0) {
    throw badUserInput(
      `cannot list case files: ${problems.map((p) => `${p.field} must be ${p.message}`).join('; ')}`,
      problems,
    );
  }

  const filter: SQL[] = [eq(caseFiles.centerId, args.centerId)];
  if (args.stage) filter.push(eq(caseFiles.stage, args.stage));
  if (args.counselorId != null) filter.push(eq(caseFiles.counselorId, args.counselorId));
  if (!args.includeClosed) filter.push(isNull(caseFiles.closedOn));
  const position = after
    ? [sql`(${caseFiles.openedOn}, ${caseFiles.id}) < (${after.o}::date, ${after.i})`]
    : [];
  const rows = await context.db
    .select()
    .from(caseFiles)
    .where(and(...filter, ...position))
    .orderBy(desc(caseFiles.openedOn), desc(caseFiles.id))
    .limit(size + 1);
  for (const row of rows.slice(0, size)) context.access.read(row.personId, READ_CASE_FILE);
  return {
    ...toConnection(rows, size, after !== undefined, (row) => ({ o: row.openedOn, i: row.id })),
    count: async () => {
      const [total] = await context.db
        .select({ total: count() })
        .from(caseFiles)
        .where(and(...filter));
      return total?.total ?? 0;
    },
  };
}
