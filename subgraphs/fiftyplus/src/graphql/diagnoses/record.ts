import {
  checkMemberId,
  checkText,
  type InputProblem,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { desc, eq, sql } from 'drizzle-orm';
import { type CareerDiagnosisRow, careerDiagnoses, talentProfiles } from '../../db/schema.js';
import { readinessOfScore } from '../../domain/readiness.js';
import type { RecordCareerDiagnosisInput } from '../../generated/graphql.js';
import type { FiftyPlusContext } from '../context.js';
import { profileOfPerson } from '../profiles/loaders.js';
import { assertServesCampus, requireFoundationStaff } from '../staff.js';

export type RecordDiagnosisResult =
  | { ok: true; diagnosis: CareerDiagnosisRow; error: null }
  | { ok: false; diagnosis: null; error: { code: 'NO_TALENT_PROFILE'; message: string } };

const STRENGTHS = { min: 1, max: 5 } as const;
const NOTE_MAX = 1000;

/**
 * Records the signed-in counselor's diagnosis of a member their campus serves, and sets the
 * profile's readiness to that of its latest diagnosis, in one transaction. The profile row is
 * locked first, so of two diagnoses recorded at once the later-dated one decides, whichever
 * commits last.
 */
export async function recordCareerDiagnosis(
  context: FiftyPlusContext,
  input: RecordCareerDiagnosisInput,
): Promise<RecordDiagnosisResult> {
  const counselor = requireFoundationStaff(context);
  const today = todayInKorea();
  const problems: InputProblem[] = [];
  checkMemberId(input.memberId, 'input.memberId', problems);
  const score = input.readinessScore;
  if (!Number.isInteger(score) || score < 0 || score > 100) {
    problems.push({ field: 'input.readinessScore', message: 'between 0 and 100' });
  }
  if (input.strengths.length < STRENGTHS.min || input.strengths.length > STRENGTHS.max) {
    problems.push({
      field: 'input.strengths',
      message: `between ${STRENGTHS.min} and ${STRENGTHS.max} strengths`,
    });
  }
  const strengths = input.strengths.map((strength, index) =>
    checkText(strength, `input.strengths[${index}]`, { min: 1, max: 100 }, problems),
  );
  const note =
    input.note == null
      ? null
      : checkText(input.note, 'input.note', { min: 0, max: NOTE_MAX }, problems) || null;
  const diagnosedOn = input.diagnosedOn ?? today;
  if (diagnosedOn > today) {
    problems.push({ field: 'input.diagnosedOn', message: 'not in the future' });
  }
  const profile = problems.some((problem) => problem.field === 'input.memberId')
    ? null
    : await context.loaders.get(profileOfPerson).load(input.memberId);
  // Before anything about the profile is told: another campus's member is not this counselor's.
  if (profile) assertServesCampus(counselor, profile.campusId);
  if (profile && diagnosedOn < profile.registeredOn) {
    problems.push({
      field: 'input.diagnosedOn',
      message: `on or after the profile's registration (${profile.registeredOn})`,
    });
  }
  throwIfProblems(problems, 'cannot record the diagnosis');
  if (!profile) {
    return {
      ok: false,
      diagnosis: null,
      error: {
        code: 'NO_TALENT_PROFILE',
        message: 'The member has no talent profile to diagnose.',
      },
    };
  }

  const stored = await context.db.transaction(async (tx) => {
    await tx
      .select({ personId: talentProfiles.personId })
      .from(talentProfiles)
      .where(eq(talentProfiles.personId, profile.personId))
      .for('update');
    const [created] = await tx
      .insert(careerDiagnoses)
      .values({
        personId: profile.personId,
        diagnosedOn,
        readinessScore: score,
        readiness: readinessOfScore(score),
        strengths,
        counselorId: counselor.subject,
        note,
      })
      .returning();
    if (!created) throw new Error('insert returned no row');
    const latest = tx
      .select({ readiness: careerDiagnoses.readiness })
      .from(careerDiagnoses)
      .where(eq(careerDiagnoses.personId, profile.personId))
      .orderBy(desc(careerDiagnoses.diagnosedOn), desc(careerDiagnoses.recordedAt))
      .limit(1);
    const [updated] = await tx
      .update(talentProfiles)
      .set({ readiness: sql`(${latest})`, updatedAt: sql`now()` })
      .where(eq(talentProfiles.personId, profile.personId))
      .returning();
    return { created, updated };
  });
  // This request read the profile before the change: the payload must show it after.
  if (stored.updated) {
    context.loaders
      .get(profileOfPerson)
      .clear(profile.personId)
      .prime(profile.personId, stored.updated);
  }
  return { ok: true, diagnosis: stored.created, error: null };
}
