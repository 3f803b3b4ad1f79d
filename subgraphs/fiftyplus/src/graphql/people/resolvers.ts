import { assertMaySeePerson } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { enrollmentsOfPerson } from '../enrollments/loaders.js';
import { placementsOfPerson } from '../placements/loaders.js';
import { profileOfPerson } from '../profiles/loaders.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    talentProfile: (person, _args, context) => {
      assertMaySeePerson(context, person.id, 'fiftyplus');
      context.access.read(person.id, 'read:talent-profile');
      return context.loaders.get(profileOfPerson).load(person.id);
    },
    courseEnrollments: (person, _args, context) => {
      assertMaySeePerson(context, person.id, 'fiftyplus');
      context.access.read(person.id, 'read:course-enrollments');
      return context.loaders.get(enrollmentsOfPerson).load(person.id);
    },
    experiencedTalentPlacements: (person, _args, context) => {
      assertMaySeePerson(context, person.id, 'fiftyplus');
      context.access.read(person.id, 'read:experienced-talent-placements');
      return context.loaders.get(placementsOfPerson).load(person.id);
    },
  },
};
