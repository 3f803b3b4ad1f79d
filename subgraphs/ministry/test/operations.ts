/** The case-file mutations as the tests send them, with the fields they look at. */

const FILE_FIELDS = 'id version stage nextStages closedOn';

export const ADVANCE = /* GraphQL */ `
  mutation Advance($input: AdvanceCaseStageInput!) {
    advanceCaseStage(input: $input) {
      ok error { code message }
      caseFile { ${FILE_FIELDS} placement { id } stageHistory { stage enteredOn counselor { id } } }
    }
  }
`;

export const NOTE = /* GraphQL */ `
  mutation Note($input: AddCaseNoteInput!) {
    addCaseNote(input: $input) {
      ok error { code message }
      note { id body writtenAt author { id } }
      caseFile { ${FILE_FIELDS} notes { id body } }
    }
  }
`;

export const SET_ACTION = /* GraphQL */ `
  mutation SetAction($input: SetNextActionInput!) {
    setNextAction(input: $input) {
      ok error { code message }
      nextAction { id description dueOn done doneOn setBy { id } doneBy { id } }
      caseFile { ${FILE_FIELDS} nextActions { id description dueOn done } }
    }
  }
`;

export const COMPLETE_ACTION = /* GraphQL */ `
  mutation CompleteAction($input: CompleteNextActionInput!) {
    completeNextAction(input: $input) {
      ok error { code message }
      nextAction { id done doneOn doneBy { id } }
      caseFile { ${FILE_FIELDS} }
    }
  }
`;

export const REFER = /* GraphQL */ `
  mutation Refer($input: ReferCaseInput!) {
    referCase(input: $input) {
      ok error { code message }
      referral {
        id note referredOn referredBy { id }
        program { __typename id }
        ministryProgram { id name }
        employmentCenter { __typename id }
      }
      caseFile { ${FILE_FIELDS} referrals { id } }
    }
  }
`;

export const CLOSE = /* GraphQL */ `
  mutation Close($input: CloseCaseFileInput!) {
    closeCaseFile(input: $input) {
      ok error { code message }
      caseFile { ${FILE_FIELDS} closureReason }
    }
  }
`;

export interface FileState {
  id: string;
  version: number;
  stage: string;
  nextStages: string[];
  closedOn: string | null;
}

/** A payload: `ok`, the typed error, the file and whatever else the mutation returns. */
export type Payload<Extra = Record<string, unknown>> = {
  ok: boolean;
  error: { code: string; message: string } | null;
  caseFile: (FileState & Record<string, unknown>) | null;
} & Extra;
