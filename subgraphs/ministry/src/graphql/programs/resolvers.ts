import type { Resolvers } from '../../generated/graphql.js';
import { allPrograms, componentsOfPackage, programById } from './loaders.js';

export const programResolvers: Resolvers = {
  Query: {
    ministryPrograms: (_parent, _args, context) => context.loaders.get(allPrograms).load('all'),
    ministryProgram: (_parent, { id }, context) => context.loaders.get(programById).load(id),
  },
  MinistryProgram: {
    __resolveReference: (reference, context) => context.loaders.get(programById).load(reference.id),
    name: (program) => program.nameKo,
    agency: () => 'MINISTRY_OF_EMPLOYMENT_AND_LABOR',
    components: (program, _args, context) =>
      context.loaders.get(componentsOfPackage).load(program.id),
  },
  PackageComponent: {
    name: (component) => component.nameKo,
    program: (component, _args, context) =>
      component.programId === null
        ? null
        : context.loaders.get(programById).load(component.programId),
  },
  Program: {
    __resolveType: (program) => program.__typename,
  },
};
