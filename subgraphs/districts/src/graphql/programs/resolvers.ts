import { asc } from 'drizzle-orm';
import { programs } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { centerById } from '../centers/loaders.js';
import { required } from '../required.js';
import { programById, rulesOfProgram } from './loaders.js';

export const programResolvers: Resolvers = {
  Query: {
    districtPrograms: (_parent, _args, { db }) =>
      db.select().from(programs).orderBy(asc(programs.id)),
    districtProgram: (_parent, { id }, context) => context.loaders.get(programById).load(id),
  },
  DistrictProgram: {
    __resolveReference: (reference, context) => context.loaders.get(programById).load(reference.id),
    name: (program) => program.nameKo,
    agency: () => 'AUTONOMOUS_DISTRICT',
    center: async (program, _args, context) =>
      required(await context.loaders.get(centerById).load(program.centerId), 'center'),
    region: async (program, _args, context) => ({
      code: required(await context.loaders.get(centerById).load(program.centerId), 'center')
        .regionCode,
    }),
    maxAmountPerHireKrw: (program) => program.maxAmountKrw,
    rules: (program, _args, context) => context.loaders.get(rulesOfProgram).load(program.id),
  },
  DistrictProgramRule: {
    description: (rule) => rule.descriptionKo,
  },
};
