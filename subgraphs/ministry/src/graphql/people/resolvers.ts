import type { Resolvers } from '../../generated/graphql.js';
import { caseFilesOfPerson } from '../case-files/loaders.js';
import { insuranceRecordsOfPerson } from '../insurance/loaders.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    caseFiles: (person, _args, context) => context.loaders.get(caseFilesOfPerson).load(person.id),
    employmentInsuranceRecords: (person, _args, context) =>
      context.loaders.get(insuranceRecordsOfPerson).load(person.id),
  },
};
