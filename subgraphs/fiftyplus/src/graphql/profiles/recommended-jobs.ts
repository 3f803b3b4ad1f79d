import { badUserInput, todayInKorea } from '@jobgraph/subgraph-kit';
import type { TalentProfileRow } from '../../db/schema.js';
import { type Recommendation, recommend } from '../../domain/recommendation.js';
import { catalog } from '../catalog.js';
import type { FiftyPlusContext } from '../context.js';
import { openPostingsOn } from '../postings/loaders.js';
import { careersOfPerson } from './loaders.js';

const MAX_RECOMMENDATIONS = 50;

/** The best `first` open postings for a profile (domain/recommendation.ts has the scoring). */
export async function recommendedJobs(
  context: FiftyPlusContext,
  profile: TalentProfileRow,
  args: { readonly first?: number | null; readonly asOf?: string | null },
): Promise<Recommendation[]> {
  const first = args.first ?? 10;
  if (!Number.isInteger(first) || first < 1 || first > MAX_RECOMMENDATIONS) {
    throw badUserInput(`first must be between 1 and ${MAX_RECOMMENDATIONS}, got ${first}`, [
      { field: 'first', message: `between 1 and ${MAX_RECOMMENDATIONS}` },
    ]);
  }
  const asOf = args.asOf ?? todayInKorea();
  const [careers, postings, { occupations }] = await Promise.all([
    context.loaders.get(careersOfPerson).load(profile.personId),
    context.loaders.get(openPostingsOn).load(asOf),
    catalog(context.db),
  ]);
  return recommend(
    {
      readiness: profile.readiness,
      careers,
      desiredRegionCodes: profile.desiredRegionCodes,
      minMonthlyWageKrw: profile.desiredMinMonthlyWage,
      maxHoursPerWeek: profile.desiredMaxHoursPerWeek,
      employmentTypes: profile.desiredEmploymentTypes,
    },
    postings,
    first,
    { occupationName: (code) => occupations.get(code)?.nameKo },
  );
}
