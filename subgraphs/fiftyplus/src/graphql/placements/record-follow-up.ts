import {
  checkText,
  type InputProblem,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { type FollowUpRow, followUps, type PlacementRow } from '../../db/schema.js';
import type { RecordFollowUpInput } from '../../generated/graphql.js';
import type { FiftyPlusContext } from '../context.js';
import { profileOfPerson } from '../profiles/loaders.js';
import { required } from '../required.js';
import { assertServesCampus, requireFoundationStaff } from '../staff.js';
import { placementById } from './loaders.js';

export type RecordFollowUpResult =
  | { ok: true; followUp: FollowUpRow; placement: PlacementRow; error: null }
  | {
      ok: false;
      followUp: null;
      placement: PlacementRow;
      error: { code: 'ALREADY_RECORDED'; message: string };
    };

const PLACEMENT_ID = /^TP\d{5,10}$/;
const NOTE_MAX = 500;

/**
 * Records the signed-in staff member's follow-up check of a placement of a member their campus
 * serves, dated between its start and today. The unique (placement, day) constraint keeps one
 * check a day, also between concurrent requests.
 */
export async function recordFollowUp(
  context: FiftyPlusContext,
  input: RecordFollowUpInput,
): Promise<RecordFollowUpResult> {
  const staff = requireFoundationStaff(context);
  const today = todayInKorea();
  const problems: InputProblem[] = [];
  const wellFormedId = PLACEMENT_ID.test(input.placementId);
  if (!wellFormedId) {
    problems.push({ field: 'input.placementId', message: 'a placement id such as TP00001' });
  }
  const note =
    input.note == null
      ? null
      : checkText(input.note, 'input.note', { min: 0, max: NOTE_MAX }, problems) || null;
  if (input.checkedOn > today) {
    problems.push({ field: 'input.checkedOn', message: `not after today (${today})` });
  }
  const placement = wellFormedId
    ? await context.loaders.get(placementById).load(input.placementId)
    : null;
  if (wellFormedId && !placement) {
    problems.push({ field: 'input.placementId', message: 'an existing placement' });
  }
  if (placement) {
    // Before anything about the placement is told: another campus's member is not this staff's.
    const profile = await context.loaders.get(profileOfPerson).load(placement.personId);
    assertServesCampus(staff, required(profile, 'talent profile').campusId);
  }
  if (placement && input.checkedOn < placement.startedOn) {
    problems.push({
      field: 'input.checkedOn',
      message: `on or after the placement's start (${placement.startedOn})`,
    });
  }
  if (placement && input.status === 'COMPLETED' && placement.supportType !== 'JOB_EXPERIENCE') {
    problems.push({
      field: 'input.status',
      message: 'EMPLOYED or LEFT for a hiring placement (COMPLETED ends a job-experience term)',
    });
  }
  throwIfProblems(problems, 'cannot record the follow-up');
  // No problems means the placement was found; the check only tells the compiler so.
  if (!placement) throw new Error('a valid follow-up without its placement');

  const [recorded] = await context.db
    .insert(followUps)
    .values({
      placementId: placement.id,
      checkedOn: input.checkedOn,
      status: input.status,
      note,
      staffId: staff.subject,
    })
    .onConflictDoNothing({ target: [followUps.placementId, followUps.checkedOn] })
    .returning();
  if (!recorded) {
    return {
      ok: false,
      followUp: null,
      placement,
      error: {
        code: 'ALREADY_RECORDED',
        message: `The placement already has a follow-up on ${input.checkedOn}.`,
      },
    };
  }
  return { ok: true, followUp: recorded, placement, error: null };
}
