import { conflict, type InputProblem, todayInKorea } from '@jobgraph/subgraph-kit';
import { and, eq, sql } from 'drizzle-orm';
import type { MinistryTransaction } from '../../db/database.js';
import { type CaseFileRow, caseFiles } from '../../db/schema.js';
import type { MinistryContext } from '../context.js';
import { assertWorksAt, type CaseWorker } from './case-worker.js';
import { caseFileById } from './loaders.js';

/** What every change to a file names: the file and the version seen. */
export interface ChangeInput {
  readonly caseFileId: string;
  readonly expectedVersion: number;
}

export interface ChangeTarget {
  readonly file: CaseFileRow;
  readonly today: string;
}

/** Reads the file a change names, adding a problem when it is missing (then undefined). */
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
  const file = await context.loaders.get(caseFileById).load(input.caseFileId);
  if (!file) problems.push({ field: 'input.caseFileId', message: 'an existing case file' });
  return file ? { file, today: todayInKorea() } : undefined;
}

/**
 * A counselor changes only their own center's files, and only the version they saw: a file
 * changed since is refused, so two counselors editing at once never lose an update. An
 * administrator's change names no counselor, so it is recorded in the access log as `action`,
 * with the reason the administrator must give, before anything changes.
 */
export function checkAccessAndVersion(
  context: MinistryContext,
  worker: CaseWorker,
  target: ChangeTarget,
  expectedVersion: number,
  action: string,
): void {
  const { file } = target;
  assertWorksAt(worker, file.centerId);
  if (worker.kind === 'admin') context.access.read(file.personId, `write:${action}`);
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
