import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { registrationsOfMember } from '../demand-days/loaders.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    jobDemandDayRegistrations: (person, _args, context) => {
      readPersonal(context, person.id, READ.demandDayRegistrations);
      return context.loaders.get(registrationsOfMember).load(person.id);
    },
  },
};
