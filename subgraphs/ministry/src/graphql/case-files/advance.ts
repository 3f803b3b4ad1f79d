import type { InputProblem } from '@jobgraph/subgraph-kit';
import { caseStageChanges } from '../../db/schema.js';
import { CASE_TRANSITIONS, canMove } from '../../domain/case-stages.js';
import type { AdvanceCaseStageInput } from '../../generated/graphql.js';
import type { MinistryContext } from '../context.js';
import { acceptInput } from '../input.js';
import { insuranceRecordById } from '../insurance/loaders.js';
import { attributedCounselor, requireCaseWorker } from './case-worker.js';
import {
  applyChange,
  checkAccessAndVersion,
  closedMessage,
  findChangeTarget,
  forgetFile,
} from './change.js';
import { refused } from './outcome.js';

const RECORD_ID = /^IR\d{7}$/;

/**
 * Moves a file to another stage by the transition table. PLACED needs the person's own
 * employment-insurance acquisition from the file's opening on: the national record that they
 * started work, not the counselor's word for it.
 */
export async function advanceCaseStage(context: MinistryContext, input: AdvanceCaseStageInput) {
  const worker = await requireCaseWorker(context);
  const problems: InputProblem[] = [];
  const found = await findChangeTarget(context, input, problems);
  const recordId = input.placementRecordId ?? null;
  if (recordId !== null) {
    if (input.to !== 'PLACED') {
      problems.push({
        field: 'input.placementRecordId',
        message: 'given only when moving to PLACED',
      });
    } else if (!RECORD_ID.test(recordId)) {
      problems.push({
        field: 'input.placementRecordId',
        message: 'an insurance record id (IR + 7 digits)',
      });
    }
  }
  const target = acceptInput(problems, 'cannot change the stage', found);
  checkAccessAndVersion(context, worker, target, input.expectedVersion, 'case-stage');
  const { file, today } = target;

  if (file.closedOn !== null) return refused('CASE_CLOSED', closedMessage(file), file);
  if (!canMove(file.stage, input.to)) {
    const allowed = CASE_TRANSITIONS[file.stage];
    return refused(
      'INVALID_TRANSITION',
      allowed.length === 0
        ? `A file at ${file.stage} moves no further; close it when the follow-up is over.`
        : `A file at ${file.stage} may move to ${allowed.join(' or ')}, not to ${input.to}.`,
      file,
    );
  }
  if (input.to === 'PLACED') {
    if (recordId === null) {
      return refused(
        'PLACEMENT_REQUIRED',
        'PLACED needs the employment-insurance acquisition that proves the placement.',
        file,
      );
    }
    const record = await context.loaders.get(insuranceRecordById).load(recordId);
    if (!record || record.personId !== file.personId || record.acquiredOn < file.openedOn) {
      return refused(
        'PLACEMENT_NOT_FOUND',
        `No employment-insurance acquisition ${recordId} of ${file.personId} on or after ${file.openedOn}.`,
        file,
      );
    }
  }

  const changed = await context.db.transaction(async (tx) => {
    const updated = await applyChange(tx, file, input.expectedVersion, {
      stage: input.to,
      stageChangedOn: today,
      ...(input.to === 'PLACED' ? { placementRecordId: recordId } : {}),
    });
    await tx.insert(caseStageChanges).values({
      caseFileId: file.id,
      stage: input.to,
      enteredOn: today,
      counselorId: attributedCounselor(worker),
    });
    return updated;
  });
  forgetFile(context, file.id);
  return { ok: true, caseFile: changed, error: null } as const;
}
