import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import {
  type CaseFileRow,
  caseFiles,
  caseNotes,
  caseReferrals,
  caseStageChanges,
  counselors,
  type NextActionRow,
  nextActions,
} from '../../db/schema.js';
import type { MinistryContext } from '../context.js';
import type { ActionParent, NoteParent, ReferralParent, StageChangeParent } from './parents.js';

export const caseFileById = defineLoader<string, CaseFileRow | null, MinistryContext>(
  'caseFileById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(caseFiles)
      .where(inArray(caseFiles.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const caseFilesOfPerson = defineLoader<string, CaseFileRow[], MinistryContext>(
  'caseFilesOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select()
      .from(caseFiles)
      .where(inArray(caseFiles.personId, [...personIds]))
      .orderBy(desc(caseFiles.openedOn), desc(caseFiles.id));
    return groupByKey(personIds, rows, (row) => row.personId);
  },
);

// The lists below read the counselors they name in the same statement: loaded afterwards, they
// would be batched by whichever lists happen to arrive together, and a request's statement count
// would depend on timing.

export const stageChangesOfCaseFile = defineLoader<string, StageChangeParent[], MinistryContext>(
  'stageChangesOfCaseFile',
  async (ids, { db }) => {
    const rows = await db
      .select({ change: caseStageChanges, counselor: counselors })
      .from(caseStageChanges)
      .leftJoin(counselors, eq(counselors.id, caseStageChanges.counselorId))
      .where(inArray(caseStageChanges.caseFileId, [...ids]))
      .orderBy(asc(caseStageChanges.caseFileId), asc(caseStageChanges.id));
    return groupByKey(
      ids,
      rows.map((row) => ({ ...row.change, counselor: row.counselor })),
      (row) => row.caseFileId,
    );
  },
);

export const notesOfCaseFile = defineLoader<string, NoteParent[], MinistryContext>(
  'notesOfCaseFile',
  async (ids, { db }) => {
    const rows = await db
      .select({ note: caseNotes, author: counselors })
      .from(caseNotes)
      .leftJoin(counselors, eq(counselors.id, caseNotes.authorId))
      .where(inArray(caseNotes.caseFileId, [...ids]))
      .orderBy(desc(caseNotes.writtenAt), desc(caseNotes.id));
    return groupByKey(
      ids,
      rows.map((row) => ({ ...row.note, author: row.author })),
      (row) => row.caseFileId,
    );
  },
);

const doneBy = alias(counselors, 'done_by');

export const nextActionsOfCaseFile = defineLoader<string, ActionParent[], MinistryContext>(
  'nextActionsOfCaseFile',
  async (ids, { db }) => {
    const rows = await db
      .select({ action: nextActions, setBy: counselors, doneBy })
      .from(nextActions)
      .leftJoin(counselors, eq(counselors.id, nextActions.setById))
      .leftJoin(doneBy, eq(doneBy.id, nextActions.doneById))
      .where(inArray(nextActions.caseFileId, [...ids]))
      .orderBy(
        sql`${nextActions.doneOn} is not null`,
        asc(nextActions.dueOn),
        asc(nextActions.createdAt),
      );
    return groupByKey(
      ids,
      rows.map((row) => ({ ...row.action, setBy: row.setBy, doneBy: row.doneBy })),
      (row) => row.caseFileId,
    );
  },
);

export const nextActionById = defineLoader<string, NextActionRow | null, MinistryContext>(
  'nextActionById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(nextActions)
      .where(inArray(nextActions.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export const referralsOfCaseFile = defineLoader<string, ReferralParent[], MinistryContext>(
  'referralsOfCaseFile',
  async (ids, { db }) => {
    const rows = await db
      .select({ referral: caseReferrals, referredBy: counselors })
      .from(caseReferrals)
      .leftJoin(counselors, eq(counselors.id, caseReferrals.referredById))
      .where(inArray(caseReferrals.caseFileId, [...ids]))
      .orderBy(asc(caseReferrals.createdAt), asc(caseReferrals.id));
    return groupByKey(
      ids,
      rows.map((row) => ({ ...row.referral, referredBy: row.referredBy })),
      (row) => row.caseFileId,
    );
  },
);
