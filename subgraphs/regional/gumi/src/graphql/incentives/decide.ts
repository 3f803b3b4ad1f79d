import {
  type InputProblem,
  readOptionalText,
  throwIfProblems,
  UUID_SHAPE,
} from '@jobgraph/subgraph-kit';
import { and, eq, sql } from 'drizzle-orm';
import { type HrApplicationRow, hrApplications } from '../../db/schema.js';
import type { DecideHrImprovementApplicationInput } from '../../generated/graphql.js';
import { requireGumiStaff } from '../access.js';
import type { GumiContext } from '../context.js';

export type DecideResult =
  | { readonly ok: true; readonly application: HrApplicationRow; readonly error: null }
  | {
      readonly ok: false;
      readonly application: null;
      readonly error: {
        readonly code: 'ALREADY_DECIDED';
        readonly message: string;
        readonly currentStatus: HrApplicationRow['status'];
      };
    };

const NOTE_MAX = 1000;

/**
 * SUBMITTED → APPROVED or REJECTED (a rejection says why), by the calling staff member of Gumi,
 * recorded as deciding. The conditional update (`status = 'SUBMITTED'`) is the whole decision: of
 * two staff members deciding at once, exactly one update matches; the other is told the status.
 */
export async function decideApplication(
  context: GumiContext,
  input: DecideHrImprovementApplicationInput,
): Promise<DecideResult> {
  const staff = requireGumiStaff(context);
  const problems: InputProblem[] = [];
  const [existing] = UUID_SHAPE.test(input.applicationId)
    ? await context.db
        .select({ id: hrApplications.id })
        .from(hrApplications)
        .where(eq(hrApplications.id, input.applicationId))
    : [];
  if (!existing) {
    problems.push({ field: 'input.applicationId', message: 'the id of an application' });
  }
  const note = readOptionalText(input.note, 'input.note', NOTE_MAX, problems);
  if (input.decision === 'REJECT' && note === null) {
    problems.push({ field: 'input.note', message: 'the reason, to reject' });
  }
  throwIfProblems(problems, 'cannot decide');

  const decided = await context.db.transaction(async (tx) => {
    const [row] = await tx
      .update(hrApplications)
      .set({
        status: input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
        decidedAt: sql`now()`,
        decidedBy: staff.subject,
        decisionNote: note,
      })
      .where(
        and(eq(hrApplications.id, input.applicationId), eq(hrApplications.status, 'SUBMITTED')),
      )
      .returning();
    return row ?? null;
  });
  if (decided) return { ok: true, application: decided, error: null };
  const [current] = await context.db
    .select({ status: hrApplications.status })
    .from(hrApplications)
    .where(eq(hrApplications.id, input.applicationId));
  const status = current?.status ?? 'SUBMITTED';
  return {
    ok: false,
    application: null,
    error: {
      code: 'ALREADY_DECIDED',
      message: `The application is ${status}; only a SUBMITTED application can be decided.`,
      currentStatus: status,
    },
  };
}
