import { assertMaySeePerson, badUserInput, isMemberId } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { applicationsOfMember } from '../programs/application-loaders.js';
import { reservationsOfMember } from '../suit-rental/loaders.js';

export const personResolvers: Resolvers = {
  Query: {
    person: (_parent, { id }) => {
      if (!isMemberId(id)) {
        throw badUserInput(`id must be an integrated-membership id, got "${id.slice(0, 40)}"`, [
          { field: 'id', message: 'M followed by 8–32 letters or digits' },
        ]);
      }
      return { id };
    },
  },
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    programApplications: (person, _args, context) => {
      assertMaySeePerson(context, person.id, 'city');
      context.access.read(person.id, 'read:program-applications');
      return context.loaders.get(applicationsOfMember).load(person.id);
    },
    suitRentalReservations: (person, _args, context) => {
      assertMaySeePerson(context, person.id, 'city');
      context.access.read(person.id, 'read:suit-rental-reservations');
      return context.loaders.get(reservationsOfMember).load(person.id);
    },
  },
};
