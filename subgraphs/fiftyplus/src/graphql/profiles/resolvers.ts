import { assertMaySeePerson } from '@jobgraph/subgraph-kit';
import type { TalentProfileRow } from '../../db/schema.js';
import { TRACK_FOR_READINESS } from '../../domain/readiness.js';
import type { Resolvers } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import type { FiftyPlusContext } from '../context.js';
import { diagnosesOfPerson } from '../diagnoses/loaders.js';
import { enrollmentsOfPerson } from '../enrollments/loaders.js';
import { required } from '../required.js';
import { careersOfPerson } from './loaders.js';
import { recommendedJobs } from './recommended-jobs.js';
import { registerTalentProfile } from './register.js';

/**
 * Checks that the caller may see this profile's personal data (`what`: name, phone, …) and notes
 * the read for the access log: the profile can be reached by paths other than `Person`.
 */
function personal(context: FiftyPlusContext, profile: TalentProfileRow, what: string): void {
  assertMaySeePerson(context, profile.personId, 'fiftyplus');
  context.access.read(profile.personId, `read:${what}`);
}

export const profileResolvers: Resolvers = {
  Mutation: {
    registerTalentProfile: (_parent, { input }, context) => registerTalentProfile(context, input),
  },
  TalentProfile: {
    person: (profile) => ({ id: profile.personId }),
    name: (profile, _args, context) => {
      personal(context, profile, 'name');
      return profile.name;
    },
    birthDate: (profile, _args, context) => {
      personal(context, profile, 'birth-date');
      return profile.birthDate;
    },
    phone: (profile, _args, context) => {
      personal(context, profile, 'phone');
      return profile.phone;
    },
    residenceRegion: (profile, _args, context) => {
      personal(context, profile, 'residence-region');
      return { code: profile.residenceRegionCode };
    },
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
