import { checkText, type InputProblem } from '@jobgraph/subgraph-kit';
import { caseNotes } from '../../db/schema.js';
import type { AddCaseNoteInput } from '../../generated/graphql.js';
import type { MinistryContext } from '../context.js';
import { acceptInput } from '../input.js';
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

const NOTE_MAX = 4000;

/** Adds a dated note by the calling counselor, raising the file's version with it. */
export async function addCaseNote(context: MinistryContext, input: AddCaseNoteInput) {
  const worker = await requireCaseWorker(context);
  const problems: InputProblem[] = [];
  const found = await findChangeTarget(context, input, problems);
  const body = checkText(input.body, 'input.body', { min: 1, max: NOTE_MAX }, problems);
  const target = acceptInput(problems, 'cannot add a note', found);
  checkAccessAndVersion(context, worker, target, input.expectedVersion, 'case-note');
  const { file } = target;
  if (file.closedOn !== null) return refused('CASE_CLOSED', closedMessage(file), file);

  const { updated, note } = await context.db.transaction(async (tx) => {
    const updated = await applyChange(tx, file, input.expectedVersion);
    const [note] = await tx
      .insert(caseNotes)
      .values({ caseFileId: file.id, authorId: attributedCounselor(worker), body })
      .returning();
    return { updated, note: required(note, 'inserted note') };
  });
  forgetFile(context, file.id);
  return { ok: true, caseFile: updated, note, error: null } as const;
}
