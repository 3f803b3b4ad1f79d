import type { Resolvers } from '../../generated/graphql.js';
import { courseById } from '../courses/loaders.js';
import { required } from '../required.js';
import { enrollInCourse } from './enroll.js';
import { withdrawFromCourse } from './withdraw.js';

export const enrollmentResolvers: Resolvers = {
  Mutation: {
    enrollInCourse: (_parent, { input }, context) => enrollInCourse(context, input),
    withdrawFromCourse: (_parent, { input }, context) => withdrawFromCourse(context, input),
  },
  Enrollment: {
    course: async (enrollment, _args, context) =>
      required(await context.loaders.get(courseById).load(enrollment.courseId), 'course'),
    person: (enrollment) => ({ id: enrollment.personId }),
  },
};
