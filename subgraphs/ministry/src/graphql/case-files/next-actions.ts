import { checkText, type InputProblem, todayInKorea, UUID_SHAPE } from '@jobgraph/subgraph-kit';
import { and, eq, isNull } from 'drizzle-orm';
import { type NextActionRow, nextActions } from '../../db/schema.js';
import { addDays } from '../../domain/dates.js';
import type { CompleteNextActionInput, SetNextActionInput } from '../../generated/graphql.js';
import type { MinistryContext } from '../context.js';
import { acceptInput } from '../input.js';
import { required } from '../required.js';
import { attributedCounselor, requireCaseWorker } from './case-worker.js';
import {
  applyChange,
  type ChangeTarget,
  checkAccessAndVersion,
  closedMessage,
  findChangeTarget,
  forgetFile,
} from './change.js';
import { nextActionById } from './loaders.js';
import { refused } from './outcome.js';

const DESCRIPTION_MAX = 500;
const DUE_WITHIN_DAYS = 366;

/** Reads the action a change names; a problem when it is not one of the file's. */
async function findAction(
  context: MinistryContext,
  id: string,
  target: ChangeTarget | undefined,
  problems: InputProblem[],
): Promise<NextActionRow | undefined> {
  const action = UUID_SHAPE.test(id) ? await context.loaders.get(nextActionById).load(id) : null;
  if (!action || (target && action.caseFileId !== target.file.id)) {
    problems.push({ field: 'input.nextActionId', message: 'a next action of the case file' });
    return undefined;
  }
  return action;
}

function alreadyDone(action: NextActionRow) {
  return `The next action was done on ${action.doneOn}.`;
}

/** Sets a new next action, or changes the description and due date of an open one. */
export async function setNextAction(context: MinistryContext, input: SetNextActionInput) {
  const worker = await requireCaseWorker(context);
  const problems: InputProblem[] = [];
  const found = await findChangeTarget(context, input, problems);
  const today = todayInKorea();
  const description = checkText(
    input.description,
    'input.description',
    { min: 1, max: DESCRIPTION_MAX },
    problems,
  );
  if (input.dueOn < today) {
    problems.push({ field: 'input.dueOn', message: 'today or later' });
  } else if (input.dueOn > addDays(today, DUE_WITHIN_DAYS)) {
    problems.push({ field: 'input.dueOn', message: `within ${DUE_WITHIN_DAYS} days` });
  }
  const existing =
    input.nextActionId == null
      ? null
      : await findAction(context, input.nextActionId, found, problems);
  const target = acceptInput(problems, 'cannot set the next action', found);
  checkAccessAndVersion(context, worker, target, input.expectedVersion, 'next-action');
  const { file } = target;
  if (file.closedOn !== null) return refused('CASE_CLOSED', closedMessage(file), file);
  if (existing?.doneOn) return refused('ALREADY_DONE', alreadyDone(existing), file);

  const { updated, action } = await context.db.transaction(async (tx) => {
    const updated = await applyChange(tx, file, input.expectedVersion);
    const [action] = existing
      ? await tx
          .update(nextActions)
          .set({ description, dueOn: input.dueOn })
          .where(and(eq(nextActions.id, existing.id), isNull(nextActions.doneOn)))
          .returning()
      : await tx
          .insert(nextActions)
          .values({
            caseFileId: file.id,
            description,
            dueOn: input.dueOn,
            setById: attributedCounselor(worker),
          })
          .returning();
    return { updated, action: required(action, 'next action') };
  });
  forgetFile(context, file.id);
  return { ok: true, caseFile: updated, nextAction: action, error: null } as const;
}

/** Marks an open next action done today, by the calling counselor. */
export async function completeNextAction(context: MinistryContext, input: CompleteNextActionInput) {
  const worker = await requireCaseWorker(context);
  const problems: InputProblem[] = [];
  const found = await findChangeTarget(context, input, problems);
  const existing = await findAction(context, input.nextActionId, found, problems);
  const target = acceptInput(problems, 'cannot complete the next action', found);
  const action = required(existing, 'next action');
  checkAccessAndVersion(context, worker, target, input.expectedVersion, 'next-action');
  const { file, today } = target;
  if (file.closedOn !== null) return refused('CASE_CLOSED', closedMessage(file), file);
  if (action.doneOn) return refused('ALREADY_DONE', alreadyDone(action), file);

  const { updated, done } = await context.db.transaction(async (tx) => {
    const updated = await applyChange(tx, file, input.expectedVersion);
    const [done] = await tx
      .update(nextActions)
      .set({ doneOn: today, doneById: attributedCounselor(worker) })
      .where(and(eq(nextActions.id, action.id), isNull(nextActions.doneOn)))
      .returning();
    return { updated, done: required(done, 'open next action') };
  });
  forgetFile(context, file.id);
  return { ok: true, caseFile: updated, nextAction: done, error: null } as const;
}
