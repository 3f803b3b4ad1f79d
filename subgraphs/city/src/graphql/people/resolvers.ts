import type { Resolvers } from '../../generated/graphql.js';
import { applicationsOfMember } from '../programs/application-loaders.js';
import { reservationsOfMember } from '../suit-rental/loaders.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    programApplications: (person, _args, context) =>
      context.loaders.get(applicationsOfMember).load(person.id),
    suitRentalReservations: (person, _args, context) =>
      context.loaders.get(reservationsOfMember).load(person.id),
  },
};
