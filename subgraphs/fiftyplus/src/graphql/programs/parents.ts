import type { AcademyPlanRow, ProgramRow, SupportTypeRow, TalentPlanRow } from '../../db/schema.js';

/** The Academy section of a programme: the programme and its published plan. */
export interface AcademyParent {
  readonly program: ProgramRow;
  readonly plan: AcademyPlanRow;
}

/** The Experienced Talent section of a programme: the programme and its published plan. */
export interface TalentSupportParent {
  readonly program: ProgramRow;
  readonly plan: TalentPlanRow;
}

export type SupportTypeParent = SupportTypeRow;
