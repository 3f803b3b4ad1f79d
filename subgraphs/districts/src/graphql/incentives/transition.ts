import {
  type InputProblem,
  notFound,
  readOptionalText,
  throwIfProblems,
  UUID_SHAPE,
} from '@jobgraph/subgraph-kit';
import { and, eq } from 'drizzle-orm';
import {
  type IncentiveApplicationRow,
  incentiveApplications,
  incentiveEvents,
  programs,
} from '../../db/schema.js';
import type {
  DecideHiringIncentiveInput,
  MarkHiringIncentivePaidInput,
} from '../../generated/graphql.js';
import { assertActsForCenter, type DistrictStaff, requireDistrictStaff } from '../access.js';
import type { DistrictsContext } from '../context.js';

type Status = IncentiveApplicationRow['status'];

export type TransitionResult =
  | { readonly ok: true; readonly application: IncentiveApplicationRow; readonly error: null }
  | {
      readonly ok: false;
      readonly application: null;
      readonly error: {
        readonly code: 'INVALID_TRANSITION';
        readonly message: string;
        readonly currentStatus: Status;
      };
    };

const NOTE_MAX = 1000;

/**
 * Moves an application from one status to the next, by the calling staff member, who must work
 * at the programme's center (or for every center). The conditional update (`status = from`) is
 * the whole decision: of two staff members deciding at once, the database lets exactly one
 * update match, and the other is told what the status has become.
 */
async function transition(
  context: DistrictsContext,
  staff: DistrictStaff,
  applicationId: string,
  change: { from: Status; to: Status; note: string | null },
): Promise<TransitionResult> {
  const [target] = await context.db
    .select({ centerId: programs.centerId })
    .from(incentiveApplications)
    .innerJoin(programs, eq(programs.id, incentiveApplications.programId))
    .where(eq(incentiveApplications.id, applicationId));
  if (!target) throw notFound('hiring-incentive application', applicationId);
  assertActsForCenter(staff, target.centerId);

  const outcome = await context.db.transaction(async (tx) => {
    const [moved] = await tx
      .update(incentiveApplications)
      .set({ status: change.to })
      .where(
        and(
          eq(incentiveApplications.id, applicationId),
          eq(incentiveApplications.status, change.from),
        ),
      )
      .returning();
    if (!moved) return null;
    await tx.insert(incentiveEvents).values({
      applicationId,
      status: change.to,
      staffId: staff.subject,
      note: change.note,
    });
    return moved;
  });
  if (outcome) return { ok: true, application: outcome, error: null };
  const [current] = await context.db
    .select({ status: incentiveApplications.status })
    .from(incentiveApplications)
    .where(eq(incentiveApplications.id, applicationId));
  if (!current) throw notFound('hiring-incentive application', applicationId);
  return {
    ok: false,
    application: null,
    error: {
      code: 'INVALID_TRANSITION',
      message: `The application is ${current.status}; only a ${change.from} application can become ${change.to}.`,
      currentStatus: current.status,
    },
  };
}

function readApplicationId(value: string, problems: InputProblem[]): void {
  if (!UUID_SHAPE.test(value)) {
    problems.push({ field: 'input.applicationId', message: 'an application id' });
  }
}

/** SUBMITTED → APPROVED or REJECTED (a rejection says why). Staff operation. */
export function decideHiringIncentive(
  context: DistrictsContext,
  input: DecideHiringIncentiveInput,
): Promise<TransitionResult> {
  const staff = requireDistrictStaff(context);
  const problems: InputProblem[] = [];
  readApplicationId(input.applicationId, problems);
  const note = readOptionalText(input.note, 'input.note', NOTE_MAX, problems);
  if (input.decision === 'REJECT' && note === null) {
    problems.push({ field: 'input.note', message: 'the reason, to reject' });
  }
  throwIfProblems(problems, 'cannot decide');
  return transition(context, staff, input.applicationId, {
    from: 'SUBMITTED',
    to: input.decision === 'APPROVE' ? 'APPROVED' : 'REJECTED',
    note,
  });
}

/** APPROVED → PAID. Staff operation. */
export function markHiringIncentivePaid(
  context: DistrictsContext,
  input: MarkHiringIncentivePaidInput,
): Promise<TransitionResult> {
  const staff = requireDistrictStaff(context);
  const problems: InputProblem[] = [];
  readApplicationId(input.applicationId, problems);
  throwIfProblems(problems, 'cannot mark paid');
  return transition(context, staff, input.applicationId, {
    from: 'APPROVED',
    to: 'PAID',
    note: null,
  });
}
