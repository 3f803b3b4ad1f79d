import { type InputProblem, todayInKorea } from '@jobgraph/subgraph-kit';
import type { Applicant } from '../../domain/eligibility.js';
import type { ApplicantInput } from '../../generated/graphql.js';
import type { CityContext } from '../context.js';
import { regionByCode } from '../regions/loaders.js';
import { isValidOn, REGION_CODE_SHAPE } from '../regions/validity.js';

/**
 * Validates the applicant's answers, adding every problem to `problems`; the applicant returned
 * is only meaningful when none were added.
 */
export async function readApplicant(
  context: CityContext,
  input: ApplicantInput,
  problems: InputProblem[],
  prefix = 'applicant',
): Promise<Applicant> {
  const today = todayInKorea();
  if (input.birthDate > today) {
    problems.push({ field: `${prefix}.birthDate`, message: 'not in the future' });
  } else if (input.birthDate < '1900-01-01') {
    problems.push({ field: `${prefix}.birthDate`, message: 'on or after 1900-01-01' });
  }
  const prior = input.priorParticipationMonths ?? 0;
  if (!Number.isInteger(prior) || prior < 0 || prior > 600) {
    problems.push({ field: `${prefix}.priorParticipationMonths`, message: 'between 0 and 600' });
  }
  let residenceName = '';
  const code = input.residenceRegionCode;
  if (!REGION_CODE_SHAPE.test(code)) {
    problems.push({
      field: `${prefix}.residenceRegionCode`,
      message: 'a 2-digit sido or 5-digit sigungu code',
    });
  } else {
    const region = await context.loaders.get(regionByCode).load(code);
    if (!region) {
      problems.push({
        field: `${prefix}.residenceRegionCode`,
        message: `an existing region code (no region has the code ${code})`,
      });
    } else if (!isValidOn(region, today)) {
      problems.push({
        field: `${prefix}.residenceRegionCode`,
        message: `a code in use today (${code} ${region.nameKo} was retired after ${region.validTo})`,
      });
    } else {
      const parent = region.parentCode
        ? await context.loaders.get(regionByCode).load(region.parentCode)
        : null;
      residenceName = parent ? `${parent.nameKo} ${region.nameKo}` : region.nameKo;
    }
  }
  return {
    birthDate: input.birthDate,
    residenceRegionCode: code,
    residenceName,
    employmentStatus: input.employmentStatus,
    priorParticipationMonths: prior,
  };
}
