import { asc, eq } from 'drizzle-orm';
import { workingGroups } from '../../db/schema.js';
import type { Resolvers } from '../../generated/graphql.js';
import { membersOfGroup } from './loaders.js';

export const groupResolvers: Resolvers = {
  Query: {
    incheonWorkingGroups: (_parent, { industry }, context) =>
      context.db
        .select()
        .from(workingGroups)
        .where(industry == null ? undefined : eq(workingGroups.industry, industry))
        .orderBy(asc(workingGroups.id)),
  },
  JobCreationWorkingGroup: {
    center: (group) => ({ id: group.centerId }),
    name: (group) => group.nameKo,
    members: (group, _args, context) => context.loaders.get(membersOfGroup).load(group.id),
  },
  WorkingGroupMember: {
    name: (member) => member.nameKo,
    employer: (member) => (member.employerId === null ? null : { id: member.employerId }),
    region: (member) => (member.regionCode === null ? null : { code: member.regionCode }),
  },
};
