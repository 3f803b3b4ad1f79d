import {
  checkName,
  checkNoResidentNumber,
  type InputProblem,
  normalisePhone,
  requireCitizen,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { sql } from 'drizzle-orm';
import {
  applicationEvents,
  members,
  type ProgramApplicationRow,
  programApplications,
} from '../../db/schema.js';
import { type EligibilityReason, judgeEligibility } from '../../domain/eligibility.js';
import type { ApplyToProgramInput } from '../../generated/graphql.js';
import type { CityContext } from '../context.js';
import { readApplicant } from './applicant.js';
import {
  eligibilityRulesOfProgram,
  programById,
  sectorsOfProgram,
  trainingFieldsOfProgram,
  typesOfProgram,
} from './loaders.js';

export type ApplyResult =
  | { ok: true; application: ProgramApplicationRow; error: null }
  | {
      ok: false;
      application: null;
      error: {
        code: 'NOT_ELIGIBLE' | 'ALREADY_APPLIED';
        message: string;
        reasons: readonly EligibilityReason[];
      };
    };

const MOTIVATION_MAX = 2000;

/**
 * Applies to a programme: validates everything (every problem reported at once), judges
 * eligibility, and stores the application with its first status event in one transaction. The
 * partial unique index settles "one active application per person per programme", also
 * between concurrent requests.
 */
export async function applyToProgram(
  context: CityContext,
  input: ApplyToProgramInput,
): Promise<ApplyResult> {
  const memberId = requireCitizen(context);
  const problems: InputProblem[] = [];
  const name = checkName(input.name, 'input.name', problems);
  const phone = normalisePhone(input.phone, 'input.phone', problems);
  checkNoResidentNumber(input.name, 'input.name', problems);
  checkNoResidentNumber(input.motivation, 'input.motivation', problems);
  const motivation = input.motivation?.trim() || null;
  if (motivation && [...motivation].length > MOTIVATION_MAX) {
    problems.push({ field: 'input.motivation', message: `at most ${MOTIVATION_MAX} characters` });
  }
  const applicant = await readApplicant(context, input.applicant, problems, 'input.applicant');

  const program = await context.loaders.get(programById).load(input.programId);
  if (!program) {
    problems.push({
      field: 'input.programId',
      message: `an existing programme (no programme "${input.programId}")`,
    });
  } else {
    const [sectors, types, fields] = await Promise.all([
      context.loaders.get(sectorsOfProgram).load(program.id),
      context.loaders.get(typesOfProgram).load(program.id),
      context.loaders.get(trainingFieldsOfProgram).load(program.id),
    ]);
    if (!sectors.some((sector) => sector.kind === input.sector)) {
      problems.push({ field: 'input.sector', message: 'a sector the programme has' });
    }
    if (input.programTypeId != null) {
      const type = types.find((candidate) => candidate.id === input.programTypeId);
      if (!type) {
        problems.push({ field: 'input.programTypeId', message: "one of the programme's types" });
      } else if (type.sector !== input.sector) {
        problems.push({
          field: 'input.programTypeId',
          message: `a type of the ${input.sector.toLowerCase()} sector (${type.id} is ${type.sector.toLowerCase()})`,
        });
      }
    }
    if (
      input.trainingFieldCode != null &&
      !fields.some((field) => field.code === input.trainingFieldCode)
    ) {
      problems.push({
        field: 'input.trainingFieldCode',
        message: `one of ${fields.map((field) => field.code).join(', ')}`,
      });
    }
  }
  throwIfProblems(problems, 'cannot apply');
  const programId = input.programId;

  const rules = await context.loaders.get(eligibilityRulesOfProgram).load(programId);
  const verdict = judgeEligibility(rules, applicant, todayInKorea());
  if (!verdict.eligible) {
    return {
      ok: false,
      application: null,
      error: {
        code: 'NOT_ELIGIBLE',
        message: 'The applicant does not meet the programme’s eligibility rules.',
        reasons: verdict.reasons.filter((reason) => !reason.met),
      },
    };
  }

  const stored = await context.db.transaction(async (tx) => {
    await tx.insert(members).values({ id: memberId }).onConflictDoNothing();
    const [application] = await tx
      .insert(programApplications)
      .values({
        programId,
        memberId: memberId,
        sector: input.sector,
        programTypeId: input.programTypeId ?? null,
        trainingFieldCode: input.trainingFieldCode ?? null,
        applicantName: name,
        phone,
        birthDate: applicant.birthDate,
        residenceRegionCode: applicant.residenceRegionCode,
        employmentStatus: applicant.employmentStatus,
        priorParticipationMonths: applicant.priorParticipationMonths,
        motivation,
      })
      .onConflictDoNothing({
        target: [programApplications.programId, programApplications.memberId],
        where: sql`status in ('SUBMITTED', 'ACCEPTED')`,
      })
      .returning();
    if (!application) return null;
    await tx
      .insert(applicationEvents)
      .values({ applicationId: application.id, status: 'SUBMITTED' });
    return application;
  });
  if (!stored) {
    return {
      ok: false,
      application: null,
      error: {
        code: 'ALREADY_APPLIED',
        message: 'This member already has an active application to the programme.',
        reasons: [],
      },
    };
  }
  return { ok: true, application: stored, error: null };
}
