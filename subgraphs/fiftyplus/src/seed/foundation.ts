import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import {
  academyPlans,
  campuses,
  programs,
  SUPPORT_TYPES,
  supportTypes,
  surveyFindings,
  surveys,
  talentPlans,
} from '../db/schema.js';
import type { FiftyPlusTransaction } from '../graphql/context.js';

/** This subgraph's own seed files. */
export const seedDir = new URL('../../seed/', import.meta.url);

const count = z.number().int().nonnegative();
const foundationFile = z.object({
  programs: z.array(
    z.object({
      id: z.string().startsWith('seoul50plus-'),
      kind: z.enum(['MIDCAREER_JOB_ACADEMY', 'EXPERIENCED_TALENT_SUPPORT']),
      nameKo: z.string(),
      nameEn: z.string(),
      year: z.number().int(),
      areaCode: z.string(),
      minAge: count,
      maxAge: count,
      eligibility: z.string(),
      description: z.string(),
      academy: z
        .object({
          plannedCourses: count,
          plannedTrainees: count,
          plannedSites: count,
          plannedSitesBy: z.number().int(),
          regionalJobFairsPerYear: count,
          largeJobFairMonth: z.number().int().min(1).max(12),
        })
        .optional(),
      survey: z
        .object({
          id: z.string(),
          year: z.number().int(),
          month: z.number().int().min(1).max(12),
          respondents: count,
          population: count,
          ageFrom: count,
          ageTo: count,
          findings: z.array(
            z.object({
              kind: z.enum([
                'PLANS_JOB_CHANGE_WITHIN_FIVE_YEARS',
                'PLANS_JOB_CHANGE_IF_CHANCE_COMES',
              ]),
              description: z.string(),
              sharePercent: z.number().min(0).max(100),
              people: count,
            }),
          ),
        })
        .optional(),
      talentPlan: z
        .object({ plannedPeople: count, previousYear: z.number().int(), previousYearPeople: count })
        .optional(),
      supportTypes: z
        .array(
          z.object({
            code: z.enum(SUPPORT_TYPES),
            nameKo: z.string(),
            nameEn: z.string(),
            description: z.string(),
          }),
        )
        .optional(),
    }),
  ),
  campuses: z.array(
    z.object({ id: z.string(), nameKo: z.string(), nameEn: z.string(), regionCode: z.string() }),
  ),
});

/** The programmes with their published figures, and the campuses, from seed/foundation.json. */
export async function seedFoundation(tx: FiftyPlusTransaction): Promise<void> {
  const file = foundationFile.parse(
    JSON.parse(await readFile(new URL('foundation.json', seedDir), 'utf8')),
  );
  await tx
    .insert(campuses)
    .values(file.campuses.map((campus, position) => ({ ...campus, position })));
  for (const { academy, survey, talentPlan, supportTypes: types, ...program } of file.programs) {
    await tx.insert(programs).values(program);
    if (academy) await tx.insert(academyPlans).values({ programId: program.id, ...academy });
    if (survey) {
      const { findings, ...surveyRow } = survey;
      await tx.insert(surveys).values({ programId: program.id, ...surveyRow });
      await tx
        .insert(surveyFindings)
        .values(
          findings.map((finding, position) => ({ surveyId: survey.id, position, ...finding })),
        );
    }
    if (talentPlan) await tx.insert(talentPlans).values({ programId: program.id, ...talentPlan });
    if (types) {
      await tx
        .insert(supportTypes)
        .values(types.map((type, position) => ({ programId: program.id, position, ...type })));
    }
  }
}
