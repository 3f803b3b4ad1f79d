import type { Resolvers } from '../../generated/graphql.js';
import { required } from '../required.js';
import { programTypeById } from './application-loaders.js';
import { applyToProgram } from './apply.js';
import { programById, trainingFieldsOfProgram } from './loaders.js';

export const applicationResolvers: Resolvers = {
  Mutation: {
    applyToProgram: (_parent, { input }, context) => applyToProgram(context, input),
  },
  ProgramApplication: {
    program: async (application, _args, context) =>
      required(await context.loaders.get(programById).load(application.programId), 'program'),
    programType: (application, _args, context) =>
      application.programTypeId === null
        ? null
        : context.loaders.get(programTypeById).load(application.programTypeId),
    trainingField: async (application, _args, context) => {
      if (application.trainingFieldCode === null) return null;
      const fields = await context.loaders.get(trainingFieldsOfProgram).load(application.programId);
      return fields.find((field) => field.code === application.trainingFieldCode) ?? null;
    },
  },
};
