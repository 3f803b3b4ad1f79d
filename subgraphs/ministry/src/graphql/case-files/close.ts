import type { InputProblem } from '@jobgraph/subgraph-kit';
import type { CloseCaseFileInput } from '../../generated/graphql.js';
import type { MinistryContext } from '../context.js';
import { acceptInput } from '../input.js';
import { requireCaseWorker } from './case-worker.js';
import {
  applyChange,
  checkAccessAndVersion,
  closedMessage,
  findChangeTarget,
  forgetFile,
} from './change.js';
import { refused } from './outcome.js';

/** Closes a file with its reason; the person may then have a new file opened at the center. */
export async function closeCaseFile(context: MinistryContext, input: CloseCaseFileInput) {
  const worker = await requireCaseWorker(context);
  const problems: InputProblem[] = [];
  const found = await findChangeTarget(context, input, problems);
  const target = acceptInput(problems, 'cannot close the case file', found);
  checkAccessAndVersion(context, worker, target, input.expectedVersion, 'case-closure');
  const { file, today } = target;
  if (file.closedOn !== null) return refused('CASE_CLOSED', closedMessage(file), file);

  const closed = await context.db.transaction((tx) =>
    applyChange(tx, file, input.expectedVersion, { closedOn: today, closureReason: input.reason }),
  );
  forgetFile(context, file.id);
  return { ok: true, caseFile: closed, error: null } as const;
}
