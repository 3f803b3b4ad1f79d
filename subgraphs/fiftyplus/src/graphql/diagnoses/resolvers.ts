import { TRACK_FOR_READINESS } from '../../domain/readiness.js';
import type { Resolvers } from '../../generated/graphql.js';
import { profileOfPerson } from '../profiles/loaders.js';
import { required } from '../required.js';
import { recordCareerDiagnosis } from './record.js';

export const diagnosisResolvers: Resolvers = {
  Mutation: {
    recordCareerDiagnosis: (_parent, { input }, context) => recordCareerDiagnosis(context, input),
  },
  CareerDiagnosis: {
    profile: async (diagnosis, _args, context) =>
      required(await context.loaders.get(profileOfPerson).load(diagnosis.personId), 'profile'),
    recommendedTrack: (diagnosis) => TRACK_FOR_READINESS[diagnosis.readiness],
  },
};
