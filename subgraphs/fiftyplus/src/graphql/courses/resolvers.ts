import { todayInKorea } from '@jobgraph/subgraph-kit';
import type { Resolvers } from '../../generated/graphql.js';
import { catalog } from '../catalog.js';
import { required } from '../required.js';
import { courseConnection } from './connection.js';
import { courseById, enrolledCountOfCourse } from './loaders.js';

export const courseResolvers: Resolvers = {
  Query: {
    course: (_parent, { id }, context) => context.loaders.get(courseById).load(id),
    courses: (_parent, args, context) => courseConnection(context, args),
  },
  CourseConnection: {
    totalCount: (connection) => connection.count(),
  },
  Course: {
    campus: async (course, _args, { db }) =>
      required((await catalog(db)).campusById.get(course.campusId), 'campus'),
    program: async (course, _args, { db }) =>
      required((await catalog(db)).programById.get(course.programId), 'program'),
    enrolledCount: (course, _args, context) =>
      context.loaders.get(enrolledCountOfCourse).load(course.id),
    seatsAvailable: async (course, _args, context) =>
      course.capacity - (await context.loaders.get(enrolledCountOfCourse).load(course.id)),
    openForEnrollment: async (course, _args, context) =>
      course.startsOn > todayInKorea() &&
      (await context.loaders.get(enrolledCountOfCourse).load(course.id)) < course.capacity,
  },
};
