import type { Resolvers } from '../../generated/graphql.js';
import { caseFilesOfPerson } from '../case-files/loaders.js';
import { insuranceRecordsOfPerson } from '../insurance/loaders.js';
import { READ_CASE_FILE, READ_INSURANCE_RECORDS, seePersonalData } from './personal-data.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    caseFiles: (person, _args, context) => {
      seePersonalData(context, person.id, READ_CASE_FILE);
      return context.loaders.get(caseFilesOfPerson).load(person.id);
    },
    employmentInsuranceRecords: (person, _args, context) => {
      seePersonalData(context, person.id, READ_INSURANCE_RECORDS);
      return context.loaders.get(insuranceRecordsOfPerson).load(person.id);
    },
  },
};
