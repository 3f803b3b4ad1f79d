import { requireStaff, requireViewer } from '@jobgraph/subgraph-kit';
import type { CaseFileRow, CounselorRow } from '../../db/schema.js';
import { CASE_TRANSITIONS } from '../../domain/case-stages.js';
import type { Resolvers } from '../../generated/graphql.js';
import type { DistrictCenterParent } from '../centers/district-center.js';
import { centerTypeOf } from '../centers/district-center.js';
import { centerById } from '../centers/loaders.js';
import type { MinistryContext } from '../context.js';
import { counselorById } from '../counselors/loaders.js';
import { insuranceRecordById } from '../insurance/loaders.js';
import { READ_CASE_FILE, seePersonalData } from '../people/personal-data.js';
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

/**
 * The counselor a row names: as read with the row (lists), or loaded by its id (a row a mutation
 * just wrote); null where it names none (an administrator's change, or history from before).
 */
async function namedCounselor(
  context: MinistryContext,
  read: CounselorRow | null | undefined,
  id: string | null,
): Promise<CounselorRow | null> {
  if (read !== undefined) return read;
  if (id === null) return null;
  return required(await context.loaders.get(counselorById).load(id), 'counselor');
}

const see = (context: MinistryContext, file: CaseFileRow) =>
  seePersonalData(context, file.personId, READ_CASE_FILE);

export const caseFileResolvers: Resolvers = {
  Query: {
    caseFile: async (_parent, { id }, context) => {
      requireViewer(context);
      const file = await context.loaders.get(caseFileById).load(id);
      if (file) see(context, file);
      return file;
    },
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
    name: (file, _args, context) => {
      see(context, file);
      return file.name;
    },
    birthDate: (file, _args, context) => {
      see(context, file);
      return file.birthDate;
    },
    phone: (file, _args, context) => {
      see(context, file);
      return file.phone;
    },
    residenceRegion: (file, _args, context) => {
      see(context, file);
      return { code: file.residenceRegionCode };
    },
    nextStages: (file) => (file.closedOn === null ? CASE_TRANSITIONS[file.stage] : []),
    stageHistory: (file, _args, context) =>
      context.loaders.get(stageChangesOfCaseFile).load(file.id),
    // The counselors' working notes stay within the Ministry: the job seeker does not see them.
    notes: (file, _args, context) => {
      requireStaff(context, 'ministry');
      see(context, file);
      return context.loaders.get(notesOfCaseFile).load(file.id);
    },
    nextActions: (file, _args, context) => context.loaders.get(nextActionsOfCaseFile).load(file.id),
    referrals: (file, _args, context) => context.loaders.get(referralsOfCaseFile).load(file.id),
    placement: (file, _args, context) =>
      file.placementRecordId === null
        ? null
        : context.loaders.get(insuranceRecordById).load(file.placementRecordId),
  },
  CaseStageChange: {
    counselor: (change, _args, context) =>
      namedCounselor(context, change.counselor, change.counselorId),
  },
  CaseNote: {
    author: (note, _args, context) => namedCounselor(context, note.author, note.authorId),
  },
  NextAction: {
    done: (action) => action.doneOn !== null,
    setBy: (action, _args, context) => namedCounselor(context, action.setBy, action.setById),
    doneBy: (action, _args, context) => namedCounselor(context, action.doneBy, action.doneById),
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
      namedCounselor(context, referral.referredBy, referral.referredById),
  },
};
