import type { Resolvers } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import { required } from '../required.js';
import { courseStatsOfProgram, placementCountsOfProgram } from './loaders.js';

const SEOUL = '11';

export const programResolvers: Resolvers = {
  Query: {
    fiftyPlusPrograms: async (_parent, { year }, { db }) =>
      (await catalog(db)).programs.filter((program) => year == null || program.year === year),
  },
  FiftyPlusProgram: {
    __resolveReference: async (reference, { db }) =>
      (await catalog(db)).programById.get(reference.id) ?? null,
    name: (program) => program.nameKo,
    agency: () => 'SEOUL_50PLUS_FOUNDATION',
    eligibility: (program) => ({
      minAge: program.minAge,
      maxAge: program.maxAge,
      seoulResidentsOnly: program.areaCode === SEOUL,
      description: program.eligibility,
    }),
    academy: async (program, _args, { db }) => {
      const plan = (await catalog(db)).academyPlanOf.get(program.id);
      return plan ? { program, plan } : null;
    },
    experiencedTalent: async (program, _args, { db }) => {
      const plan = (await catalog(db)).talentPlanOf.get(program.id);
      return plan ? { program, plan } : null;
    },
  },
  MidCareerAcademy: {
    plannedCourses: ({ plan }) => plan.plannedCourses,
    plannedTrainees: ({ plan }) => plan.plannedTrainees,
    courseCount: async ({ program }, _args, context) =>
      (await context.loaders.get(courseStatsOfProgram).load(program.id)).courses,
    seatCount: async ({ program }, _args, context) =>
      (await context.loaders.get(courseStatsOfProgram).load(program.id)).seats,
    enrolledCount: async ({ program }, _args, context) =>
      (await context.loaders.get(courseStatsOfProgram).load(program.id)).enrolled,
    campusCount: async (_academy, _args, { db }) => (await catalog(db)).campuses.length,
    campuses: async (_academy, _args, { db }) => (await catalog(db)).campuses,
    plannedSites: ({ plan }) => plan.plannedSites,
    plannedSitesBy: ({ plan }) => plan.plannedSitesBy,
    regionalJobFairsPerYear: ({ plan }) => plan.regionalJobFairsPerYear,
    largeJobFairMonth: ({ plan }) => plan.largeJobFairMonth,
    survey: async ({ program }, _args, { db }) =>
      required((await catalog(db)).surveyOf.get(program.id), 'survey'),
  },
  MidCareerSurvey: {
    findings: async (survey, _args, { db }) => (await catalog(db)).findingsOf.get(survey.id) ?? [],
  },
  SurveyFinding: {
    // Published to one decimal in percent: 53.7 is exactly 537 / 1000.
    share: (finding) => Math.round(finding.sharePercent * 10) / 1000,
  },
  ExperiencedTalentSupport: {
    plannedPeople: ({ plan }) => plan.plannedPeople,
    previousYear: ({ plan }) => plan.previousYear,
    previousYearPeople: ({ plan }) => plan.previousYearPeople,
    supportTypes: async ({ program }, _args, { db }) =>
      (await catalog(db)).supportTypesOf.get(program.id) ?? [],
    placementCount: async ({ program }, _args, context) => {
      const counts = await context.loaders.get(placementCountsOfProgram).load(program.id);
      return [...counts.values()].reduce((sum, count) => sum + count, 0);
    },
  },
  ExperiencedTalentSupportTypeInfo: {
    type: (supportType) => supportType.code,
    name: (supportType) => supportType.nameKo,
    placementCount: async (supportType, _args, context) =>
      (await context.loaders.get(placementCountsOfProgram).load(supportType.programId)).get(
        supportType.code,
      ) ?? 0,
  },
};
