import { conflict, forbidden, type InputProblem, todayInKorea } from '@jobgraph/subgraph-kit';
import { and, eq, sql } from 'drizzle-orm';
import type { MinistryTransaction } from '../../db/database.js';
import { type CaseFileRow, type CounselorRow, caseFiles } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';
import { counselorById } from '../counselors/loaders.js';
import { caseFileById } from './loaders.js';

/** What every change to a file names: the file, the version seen, the counselor making it. */
export interface ChangeInput {
  readonly caseFileId: string;
  readonly expectedVersion: number;
  readonly counselorId: string;
}

export interface ChangeTarget {
  readonly file: CaseFileRow;
  readonly counselor: CounselorRow;
  readonly today: string;
}

/**
 * Reads the file and the counselor a change names, adding a problem for each that is missing;
 * undefined when a problem was added.
 */
export async function findChangeTarget(
  context: MinistryContext,
  input: ChangeInput,
  problems: InputProblem[],
): Promise<ChangeTarget | undefined> {
  if (!Number.isInteger(input.expectedVersion) || input.expectedVersion < 1) {
    problems.push({
      field: 'input.expectedVersion',
      message: 'a version the file has had (1 or more)',
    });
  }
  const [file, counselor] = await Promise.all([
    context.loaders.get(caseFileById).load(input.caseFileId),
    context.loaders.get(counselorById).load(input.counselorId),
  ]);
  if (!file) problems.push({ field: 'input.caseFileId', message: 'an existing case file' });
  if (!counselor) problems.push({ field: 'input.counselorId', message: 'an existing counselor' });
  return file && counselor ? { file, counselor, today: todayInKorea() } : undefined;
}

/**
 * A counselor changes only their own center's files, and only the version they saw: a file
 * changed since is refused, so two counselors editing at once never lose an update.
 */
export function checkAccessAndVersion(target: ChangeTarget, expectedVersion: number): void {
  const { file, counselor } = target;
  if (counselor.centerId !== file.centerId) {
    throw forbidden(
      `counselor ${counselor.id} works at ${counselor.centerId}, not at ${file.centerId} where case file ${file.id} is kept`,
    );
  }
  if (file.version !== expectedVersion) throw staleVersion(file.id, expectedVersion, file.version);
}

function staleVersion(id: string, expected: number, current?: number) {
  const now = current === undefined ? '' : ` (it is at version ${current})`;
  return conflict(
    `case file ${id} has changed since version ${expected}${now}: read it again and retry`,
  );
}

type CaseFileChanges = Partial<
  Pick<
    typeof caseFiles.$inferInsert,
    'stage' | 'stageChangedOn' | 'placementRecordId' | 'closedOn' | 'closureReason'
  >
>;

/**
 * Raises the file's version if it is still the one the change was made on, in the change's
 * transaction and before its other rows: the row lock queues a concurrent change, which then
 * finds the version moved on and is refused with CONFLICT, rolling back everything it did.
 */
export async function applyChange(
  tx: MinistryTransaction,
  file: CaseFileRow,
  expectedVersion: number,
  changes: CaseFileChanges = {},
): Promise<CaseFileRow> {
  const [updated] = await tx
    .update(caseFiles)
    .set({ ...changes, version: sql`${caseFiles.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(caseFiles.id, file.id), eq(caseFiles.version, expectedVersion)))
    .returning();
  if (!updated) throw staleVersion(file.id, expectedVersion);
  return updated;
}

/** Loaders of this request must not serve the file as it was before the change. */
export function forgetFile(context: MinistryContext, id: string): void {
  context.loaders.get(caseFileById).clear(id);
}

/** The message of a refusal because the file is closed. */
export function closedMessage(file: CaseFileRow): string {
  return `Case file ${file.id} was closed on ${file.closedOn}; it no longer changes.`;
}
