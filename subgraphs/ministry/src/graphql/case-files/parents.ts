import type {
  CaseNoteRow,
  CaseReferralRow,
  CaseStageChangeRow,
  CounselorRow,
  NextActionRow,
} from '../../db/schema.js';

// A case file's lists as resolvers see them: each row with the counselors it names when it was
// read with them (lists; null where it names none), or without (a row a mutation just wrote),
// then loaded by id.

export type StageChangeParent = CaseStageChangeRow & { readonly counselor?: CounselorRow | null };
export type NoteParent = CaseNoteRow & { readonly author?: CounselorRow | null };
export type ActionParent = NextActionRow & {
  readonly setBy?: CounselorRow | null;
  readonly doneBy?: CounselorRow | null;
};
export type ReferralParent = CaseReferralRow & { readonly referredBy?: CounselorRow | null };
