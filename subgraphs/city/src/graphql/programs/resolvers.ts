import { badUserInput } from '@jobgraph/subgraph-kit';
import { desc, eq } from 'drizzle-orm';
import { type ProgramRow, programs } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { checkEligibility } from './eligibility.js';
import {
  allCityPrograms,
  eligibilityRulesOfProgram,
  programById,
  sectorsOfProgram,
  trainingFieldsOfProgram,
  typesOfProgram,
} from './loaders.js';
import { type AnyProgram, programTypeOf, servesRegion } from './program-reference.js';

/** A city programme row, or a reference the agency's own subgraph resolves. */
async function anyProgram(
  id: string,
  load: (id: string) => Promise<ProgramRow | null>,
): Promise<AnyProgram | null> {
  const type = programTypeOf(id);
  if (type === undefined) return null;
  if (type !== 'CityProgram') return { __typename: type, id };
  const row = await load(id);
  return row ? { ...row, __typename: 'CityProgram' } : null;
}

export const programResolvers: Resolvers = {
  Query: {
    program: (_parent, { id }, context) => {
      if (id.length > 100)
        throw badUserInput('id is too long', [{ field: 'id', message: 'a programme id' }]);
      return anyProgram(id, (key) => context.loaders.get(programById).load(key));
    },
    cityPrograms: (_parent, { year }, { db }) =>
      db
        .select()
        .from(programs)
        .where(year == null ? undefined : eq(programs.year, year))
        .orderBy(desc(programs.year), programs.id),
    checkEligibility: (_parent, { programId, applicant }, context) =>
      checkEligibility(context, programId, applicant),
  },
  Program: {
    __resolveReference: (reference, context) =>
      anyProgram(reference.id, (key) => context.loaders.get(programById).load(key)),
    __resolveType: (program) => ('__typename' in program ? program.__typename : 'CityProgram'),
  },
  Region: {
    programs: async (region, _args, context) => {
      const own = (await context.loaders.get(allCityPrograms).load('all'))
        .filter((program) => servesRegion(program.areaRegionCode, region.code))
        .map((program): AnyProgram => ({ ...program, __typename: 'CityProgram' }));
      const others: AnyProgram[] = [
        ...(region.fiftyPlusPrograms ?? []).map((program) => ({
          __typename: 'FiftyPlusProgram' as const,
          id: program.id,
        })),
        ...(region.ministryPrograms ?? []).map((program) => ({
          __typename: 'MinistryProgram' as const,
          id: program.id,
        })),
        ...(region.districtPrograms ?? []).map((program) => ({
          __typename: 'DistrictProgram' as const,
          id: program.id,
        })),
      ];
      return [...own, ...others];
    },
  },
  CityProgram: {
    __resolveReference: (reference, context) => context.loaders.get(programById).load(reference.id),
    name: (program) => program.nameKo,
    // Every programme this subgraph holds is the city's own.
    agency: () => 'SEOUL_METROPOLITAN_GOVERNMENT',
    totalPositions: async (program, _args, context) => {
      const sectors = await context.loaders.get(sectorsOfProgram).load(program.id);
      return sectors.reduce((sum, sector) => sum + sector.positions, 0);
    },
    sectors: async (program, _args, context) => {
      const sectors = await context.loaders.get(sectorsOfProgram).load(program.id);
      const total = sectors.reduce((sum, sector) => sum + sector.positions, 0);
      return sectors.map((sector) => ({ ...sector, programPositions: total }));
    },
    trainingFields: (program, _args, context) =>
      context.loaders.get(trainingFieldsOfProgram).load(program.id),
    training: (program) => ({
      mandatoryHours: program.mandatoryTrainingHours,
      mandatoryWeeksMin: program.mandatoryTrainingWeeksMin,
      mandatoryWeeksMax: program.mandatoryTrainingWeeksMax,
      additionalHoursMax: program.additionalTrainingHoursMax,
    }),
    wage: (program) => ({
      basis: program.wageBasis,
      hourly: program.hourlyWage,
      monthlyApprox: program.monthlyWageApprox,
    }),
    examFeeReimbursement: (program) =>
      program.examFeeTimesPerYear === null || program.examFeeMaxAmount === null
        ? null
        : { timesPerYear: program.examFeeTimesPerYear, maxAmountPerTime: program.examFeeMaxAmount },
    eligibilityRules: (program, _args, context) =>
      context.loaders.get(eligibilityRulesOfProgram).load(program.id),
  },
  ProgramSector: {
    share: (sector) =>
      sector.programPositions === 0 ? 0 : sector.positions / sector.programPositions,
    types: async (sector, _args, context) => {
      const types = await context.loaders.get(typesOfProgram).load(sector.programId);
      return types.filter((type) => type.sector === sector.kind);
    },
  },
  ProgramType: {
    name: (type) => type.nameKo,
  },
  TrainingField: {
    name: (field) => field.nameKo,
  },
};
