import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { bookingsOfMember } from '../sessions/loaders.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    careerDesignBookings: (person, _args, context) => {
      readPersonal(context, person.id, READ.careerDesignBookings);
      return context.loaders.get(bookingsOfMember).load(person.id);
    },
  },
};
