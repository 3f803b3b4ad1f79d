import { desc, eq } from 'drizzle-orm';
import { programs } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { checkEligibility } from './eligibility.js';
import {
  eligibilityRulesOfProgram,
  programById,
  sectorsOfProgram,
  trainingFieldsOfProgram,
  typesOfProgram,
} from './loaders.js';

export const programResolvers: Resolvers = {
  Query: {
    program: (_parent, { id }, context) => context.loaders.get(programById).load(id),
    programs: (_parent, { year }, { db }) =>
      db
        .select()
        .from(programs)
        .where(year == null ? undefined : eq(programs.year, year))
        .orderBy(desc(programs.year), programs.id),
    checkEligibility: (_parent, { programId, applicant }, context) =>
      checkEligibility(context, programId, applicant),
  },
  Program: {
    __resolveReference: (reference, context) => context.loaders.get(programById).load(reference.id),
    name: (program) => program.nameKo,
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
