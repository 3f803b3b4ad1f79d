import type { CounselorRow } from '../../db/schema.js';
import { CASE_TRANSITIONS } from '../../domain/case-stages.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { DistrictCenterParent } from '../centers/district-center.js';
import { centerTypeOf } from '../centers/district-center.js';
import { centerById } from '../centers/loaders.js';
import type { MinistryContext } from '../context.js';
import { counselorById } from '../counselors/loaders.js';
import { insuranceRecordById } from '../insurance/loaders.js';
import { programById } from '../programs/loaders.js';
import { programReference, programTypeOf } from '../programs/program-reference.js';
import { required } from '../required.js';
import { advanceCaseStage } from './advance.js';
import { closeCaseFile } from './close.js';
import { caseFilePage } from './connection.js';
import {
  caseFileById,
  nextActionsOfCaseFile,
  notesOfCaseFile,
  referralsOfCaseFile,
  stageChangesOfCaseFile,
} from './loaders.js';
import { completeNextAction, setNextAction } from './next-actions.js';
import { addCaseNote } from './notes.js';
import { openCaseFile } from './open.js';
import { referCase } from './refer.js';

/** A counselor a row names, for rows read without it (what a mutation just wrote). */
async function counselor(context: MinistryContext, id: string): Promise<CounselorRow> {
  return required(await context.loaders.get(counselorById).load(id), 'counselor');
}

export const caseFileResolvers: Resolvers = {
  Query: {
    caseFile: (_parent, { id }, context) => context.loaders.get(caseFileById).load(id),
    caseFiles: (_parent, args, context) => caseFilePage(context, args),
  },
  Mutation: {
    openCaseFile: (_parent, { input }, context) => openCaseFile(context, input),
    advanceCaseStage: (_parent, { input }, context) => advanceCaseStage(context, input),
    addCaseNote: (_parent, { input }, context) => addCaseNote(context, input),
    setNextAction: (_parent, { input }, context) => setNextAction(context, input),
    completeNextAction: (_parent, { input }, context) => completeNextAction(context, input),
    referCase: (_parent, { input }, context) => referCase(context, input),
    closeCaseFile: (_parent, { input }, context) => closeCaseFile(context, input),
  },
  CaseFileConnection: {
    totalCount: (page) => page.count(),
  },
  CaseFile: {
    person: (file) => ({ id: file.personId }),
    center: async (file, _args, context) =>
      required(await context.loaders.get(centerById).load(file.centerId), 'center'),
    counselor: async (file, _args, context) =>
      required(await context.loaders.get(counselorById).load(file.counselorId), 'counselor'),
    residenceRegion: (file) => ({ code: file.residenceRegionCode }),
    nextStages: (file) => (file.closedOn === null ? CASE_TRANSITIONS[file.stage] : []),
    stageHistory: (file, _args, context) =>
      context.loaders.get(stageChangesOfCaseFile).load(file.id),
    notes: (file, _args, context) => context.loaders.get(notesOfCaseFile).load(file.id),
    nextActions: (file, _args, context) => context.loaders.get(nextActionsOfCaseFile).load(file.id),
    referrals: (file, _args, context) => context.loaders.get(referralsOfCaseFile).load(file.id),
    placement: (file, _args, context) =>
      file.placementRecordId === null
        ? null
        : context.loaders.get(insuranceRecordById).load(file.placementRecordId),
  },
  CaseStageChange: {
    counselor: (change, _args, context) =>
      change.counselor !== undefined
        ? change.counselor
        : change.counselorId === null
          ? null
          : context.loaders.get(counselorById).load(change.counselorId),
  },
  CaseNote: {
    author: (note, _args, context) => note.author ?? counselor(context, note.authorId),
  },
  NextAction: {
    done: (action) => action.doneOn !== null,
    setBy: (action, _args, context) => action.setBy ?? counselor(context, action.setById),
    doneBy: (action, _args, context) =>
      action.doneBy !== undefined
        ? action.doneBy
        : action.doneById === null
          ? null
          : counselor(context, action.doneById),
  },
  CaseReferral: {
    program: (referral) =>
      referral.programId === null ? null : programReference(referral.programId),
    ministryProgram: (referral, _args, context) =>
      referral.programId !== null && programTypeOf(referral.programId) === 'MinistryProgram'
        ? context.loaders.get(programById).load(referral.programId)
        : null,
    employmentCenter: (referral, _args, context) => {
      const id = referral.centerId;
      if (id === null) return null;
      return centerTypeOf(id) === 'NationalEmploymentCenter'
        ? context.loaders.get(centerById).load(id)
        : ({ __typename: 'DistrictEmploymentCenter', id } satisfies DistrictCenterParent);
    },
    referredBy: (referral, _args, context) =>
      referral.referredBy ?? counselor(context, referral.referredById),
  },
};
