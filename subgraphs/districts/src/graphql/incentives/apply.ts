import {
  checkMemberId,
  type InputProblem,
  Refusal,
  type Settled,
  settle,
  throwIfProblems,
  todayInKorea,
} from '@jobgraph/subgraph-kit';
import { and, desc, eq } from 'drizzle-orm';
import {
  type IncentiveApplicationRow,
  incentiveApplications,
  incentiveEvents,
  placements,
} from '../../db/schema.js';
import type { ApplyForHiringIncentiveInput } from '../../generated/graphql.js';
import { assertActsForCenter, requireDistrictStaff } from '../access.js';
import type { DistrictsContext } from '../context.js';
import { employerById } from '../employers/loaders.js';
import { programById, rulesOfProgram } from '../programs/loaders.js';

export type ApplyErrorCode = 'EMPLOYER_NOT_SME' | 'NOT_PLACED_BY_CENTER' | 'ALREADY_APPLIED';

const EMPLOYER_ID = /^(E\d{5}|G\d{2}(\d{3})?)$/;

/**
 * An employer's application for a hire, filed by staff of the programme's center (the graph has
 * no employer accounts). Input problems are reported together; then the programme's rules, as
 * stored, are applied in order. The unique index settles "one application per person per
 * employer", also between concurrent requests; the application and its first status are stored
 * in one transaction.
 */
export async function applyForHiringIncentive(
  context: DistrictsContext,
  input: ApplyForHiringIncentiveInput,
): Promise<Settled<IncentiveApplicationRow, ApplyErrorCode>> {
  const staff = requireDistrictStaff(context);
  const problems: InputProblem[] = [];
  checkMemberId(input.memberId, 'input.memberId', problems);
  const [program, employer] = await Promise.all([
    context.loaders.get(programById).load(input.programId),
    EMPLOYER_ID.test(input.employerId)
      ? context.loaders.get(employerById).load(input.employerId)
      : null,
  ]);
  if (!program) {
    problems.push({
      field: 'input.programId',
      message: `an existing programme (no programme "${input.programId}")`,
    });
  }
  if (!employer) {
    problems.push({
      field: 'input.employerId',
      message: `an employer of the Work24 register (no employer "${input.employerId}")`,
    });
  }
  if (input.hiredOn > todayInKorea()) {
    problems.push({ field: 'input.hiredOn', message: 'not in the future' });
  }
  const maxMonths = program?.maxMonths ?? 1;
  if (
    !Number.isInteger(input.monthsClaimed) ||
    input.monthsClaimed < 1 ||
    input.monthsClaimed > maxMonths
  ) {
    problems.push({
      field: 'input.monthsClaimed',
      message: `between 1 and ${maxMonths} (the programme's maximum)`,
    });
  }
  throwIfProblems(problems, 'cannot apply');
  if (!program || !employer) throw new Error('validated programme and employer missing');
  assertActsForCenter(staff, program.centerId);

  const rules = await context.loaders.get(rulesOfProgram).load(program.id);
  const has = (kind: (typeof rules)[number]['kind']) => rules.some((rule) => rule.kind === kind);

  return settle(async () => {
    if (has('SME_EMPLOYER') && employer.size !== 'SMALL_OR_MEDIUM') {
      throw new Refusal(
        'EMPLOYER_NOT_SME',
        `${employer.name} is not a small or medium enterprise.`,
      );
    }
    const [placement] = await context.db
      .select({ id: placements.id })
      .from(placements)
      .where(
        and(
          eq(placements.centerId, program.centerId),
          eq(placements.personId, input.memberId),
          eq(placements.employerId, employer.id),
        ),
      )
      .orderBy(desc(placements.placedOn), desc(placements.id))
      .limit(1);
    if (has('PLACED_BY_CENTER') && !placement) {
      throw new Refusal(
        'NOT_PLACED_BY_CENTER',
        'The center has no record of placing this person with this employer.',
      );
    }
    return context.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(incentiveApplications)
        .values({
          programId: program.id,
          employerId: employer.id,
          personId: input.memberId,
          placementId: placement?.id ?? null,
          hiredOn: input.hiredOn,
          monthsClaimed: input.monthsClaimed,
        })
        .onConflictDoNothing({
          target: [
            incentiveApplications.programId,
            incentiveApplications.employerId,
            incentiveApplications.personId,
          ],
        })
        .returning();
      if (!created) {
        throw new Refusal(
          'ALREADY_APPLIED',
          'This employer has already applied for this person under the programme.',
        );
      }
      await tx
        .insert(incentiveEvents)
        .values({ applicationId: created.id, status: 'SUBMITTED', at: created.submittedAt });
      return created;
    });
  });
}
