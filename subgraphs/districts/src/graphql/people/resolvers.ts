import type { Resolvers } from '../../generated/graphql.js';
import { READ, readPersonal } from '../access.js';
import { consultationsOfMember } from '../consultations/loaders.js';
import { applicationsOfPerson } from '../incentives/loaders.js';
import { registrationsOfMember } from '../job-fairs/loaders.js';
import { placementsOfPerson } from '../placements/loaders.js';

export const personResolvers: Resolvers = {
  Person: {
    __resolveReference: (reference) => ({ id: reference.id }),
    consultations: (person, _args, context) => {
      readPersonal(context, person.id, READ.consultations);
      return context.loaders.get(consultationsOfMember).load(person.id);
    },
    jobFairRegistrations: (person, _args, context) => {
      readPersonal(context, person.id, READ.jobFairRegistrations);
      return context.loaders.get(registrationsOfMember).load(person.id);
    },
    placements: (person, _args, context) => {
      readPersonal(context, person.id, READ.placements);
      return context.loaders.get(placementsOfPerson).load(person.id);
    },
    hiringIncentiveApplications: (person, _args, context) => {
      readPersonal(context, person.id, READ.hiringIncentiveApplications);
      return context.loaders.get(applicationsOfPerson).load(person.id);
    },
  },
};
