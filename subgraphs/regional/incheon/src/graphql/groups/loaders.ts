import { defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import {
  type WorkingGroupMemberRow,
  type WorkingGroupRow,
  workingGroupMembers,
  workingGroups,
} from '../../db/schema.js';
import type { IncheonContext } from '../context.js';

export const groupsOfCenter = defineLoader<string, WorkingGroupRow[], IncheonContext>(
  'groupsOfCenter',
  async (centerIds, { db }) => {
    const rows = await db
      .select()
      .from(workingGroups)
      .where(inArray(workingGroups.centerId, [...centerIds]))
      .orderBy(asc(workingGroups.id));
    return groupByKey(centerIds, rows, (row) => row.centerId);
  },
);

export const membersOfGroup = defineLoader<string, WorkingGroupMemberRow[], IncheonContext>(
  'membersOfGroup',
  async (groupIds, { db }) => {
    const rows = await db
      .select()
      .from(workingGroupMembers)
      .where(inArray(workingGroupMembers.groupId, [...groupIds]))
      .orderBy(asc(workingGroupMembers.groupId), asc(workingGroupMembers.position));
    return groupByKey(groupIds, rows, (row) => row.groupId);
  },
);
