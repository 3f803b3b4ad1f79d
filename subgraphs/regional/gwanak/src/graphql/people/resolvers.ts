import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { applicationsOfMember } from '../openings/loaders.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    gwanakOpeningApplications: (person, _args, context) => {
      readPersonal(context, person.id, READ.openingApplications);
      return context.loaders.get(applicationsOfMember).load(person.id);
    },
  },
};
