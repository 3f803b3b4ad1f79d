import { checkText, type InputProblem } from '@jobgraph/subgraph-kit';
import { caseReferrals } from '../../db/schema.js';
import type { ReferCaseInput } from '../../generated/graphql.js';
import { centerTypeOf } from '../centers/district-center.js';
import { centerById } from '../centers/loaders.js';
import type { MinistryContext } from '../context.js';
import { acceptInput } from '../input.js';
import { programById } from '../programs/loaders.js';
import { programTypeOf } from '../programs/program-reference.js';
import { required } from '../required.js';
import { attributedCounselor, requireCaseWorker } from './case-worker.js';
import {
  applyChange,
  checkAccessAndVersion,
  closedMessage,
  findChangeTarget,
  forgetFile,
} from './change.js';
import { refused } from './outcome.js';

const ID_SHAPE = /^[a-z0-9]+(-[a-z0-9]+)+$/;
const ID_MAX = 100;
const NOTE_MAX = 1000;

/**
 * Checks a referral's target. The Ministry's own programmes and centers are checked against
 * its records; another agency's ids by their shape only: their subgraphs hold them.
 */
async function checkTarget(
  context: MinistryContext,
  input: ReferCaseInput,
  ownCenterId: string | undefined,
  problems: InputProblem[],
): Promise<void> {
  const programId = input.programId ?? null;
  const centerId = input.employmentCenterId ?? null;
  if ((programId === null) === (centerId === null)) {
    const message = 'given alone: a referral is to a programme or to a center';
    problems.push({ field: 'input.programId', message });
    problems.push({ field: 'input.employmentCenterId', message });
    return;
  }
  if (programId !== null) {
    const type = programTypeOf(programId);
    if (!ID_SHAPE.test(programId) || programId.length > ID_MAX || type === undefined) {
      problems.push({
        field: 'input.programId',
        message: 'a programme id (seoul-…, seoul50plus-…, district-… or moel-…)',
      });
    } else if (
      type === 'MinistryProgram' &&
      !(await context.loaders.get(programById).load(programId))
    ) {
      problems.push({ field: 'input.programId', message: 'an existing Ministry programme' });
    }
  }
  if (centerId !== null) {
    const type = centerTypeOf(centerId);
    if (!ID_SHAPE.test(centerId) || centerId.length > ID_MAX || type === undefined) {
      problems.push({ field: 'input.employmentCenterId', message: 'a center id (moel-… or dc-…)' });
    } else if (type === 'NationalEmploymentCenter') {
      if (!(await context.loaders.get(centerById).load(centerId))) {
        problems.push({
          field: 'input.employmentCenterId',
          message: 'an existing national center',
        });
      } else if (centerId === ownCenterId) {
        problems.push({
          field: 'input.employmentCenterId',
          message: "another center than the file's own",
        });
      }
    }
  }
}

/** Refers the job seeker to another agency's programme, a Ministry programme or another center. */
export async function referCase(context: MinistryContext, input: ReferCaseInput) {
  const worker = await requireCaseWorker(context);
  const problems: InputProblem[] = [];
  const found = await findChangeTarget(context, input, problems);
  await checkTarget(context, input, found?.file.centerId, problems);
  const note =
    input.note == null
      ? null
      : checkText(input.note, 'input.note', { min: 1, max: NOTE_MAX }, problems);
  const target = acceptInput(problems, 'cannot refer the case', found);
  checkAccessAndVersion(context, worker, target, input.expectedVersion, 'case-referral');
  const { file, today } = target;
  if (file.closedOn !== null) return refused('CASE_CLOSED', closedMessage(file), file);

  const { updated, referral } = await context.db.transaction(async (tx) => {
    const updated = await applyChange(tx, file, input.expectedVersion);
    const [referral] = await tx
      .insert(caseReferrals)
      .values({
        caseFileId: file.id,
        programId: input.programId ?? null,
        centerId: input.employmentCenterId ?? null,
        note,
        referredOn: today,
        referredById: attributedCounselor(worker),
      })
      .returning();
    return { updated, referral: required(referral, 'inserted referral') };
  });
  forgetFile(context, file.id);
  return { ok: true, caseFile: updated, referral, error: null } as const;
}
