import { TRACK_FOR_READINESS } from '../../domain/readiness.js';
import type { Resolvers } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import { diagnosesOfPerson } from '../diagnoses/loaders.js';
import { enrollmentsOfPerson } from '../enrollments/loaders.js';
import { required } from '../required.js';
import { careersOfPerson } from './loaders.js';
import { recommendedJobs } from './recommended-jobs.js';
import { registerTalentProfile } from './register.js';

export const profileResolvers: Resolvers = {
  Mutation: {
    registerTalentProfile: (_parent, { input }, context) => registerTalentProfile(context, input),
  },
  TalentProfile: {
    person: (profile) => ({ id: profile.personId }),
    residenceRegion: (profile) => ({ code: profile.residenceRegionCode }),
    campus: async (profile, _args, { db }) =>
      required((await catalog(db)).campusById.get(profile.campusId), 'campus'),
    recommendedTrack: (profile) =>
      profile.readiness === null ? null : TRACK_FOR_READINESS[profile.readiness],
    careerHistory: (profile, _args, context) =>
      context.loaders.get(careersOfPerson).load(profile.personId),
    desiredConditions: (profile) => profile,
    diagnoses: (profile, _args, context) =>
      context.loaders.get(diagnosesOfPerson).load(profile.personId),
    enrollments: (profile, _args, context) =>
      context.loaders.get(enrollmentsOfPerson).load(profile.personId),
    recommendedJobs: (profile, args, context) => recommendedJobs(context, profile, args),
  },
  DesiredConditions: {
    regions: (profile) => profile.desiredRegionCodes.map((code) => ({ code })),
    minMonthlyWageKrw: (profile) => profile.desiredMinMonthlyWage,
    maxHoursPerWeek: (profile) => profile.desiredMaxHoursPerWeek,
    employmentTypes: (profile) => profile.desiredEmploymentTypes,
  },
  CareerEntry: {
    occupation: async (entry, _args, { db }) =>
      required((await catalog(db)).occupations.get(entry.occupationCode), 'occupation'),
  },
  CareerOccupation: {
    name: (occupation) => occupation.nameKo,
  },
  JobRecommendation: {
    posting: (recommendation) => ({ id: recommendation.postingId }),
  },
};
