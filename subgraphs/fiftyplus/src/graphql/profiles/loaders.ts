import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import {
  type CareerEntryRow,
  careerEntries,
  type TalentProfileRow,
  talentProfiles,
} from '../../db/schema.js';
import type { FiftyPlusContext } from '../context.js';

export const profileOfPerson = defineLoader<string, TalentProfileRow | null, FiftyPlusContext>(
  'profileOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select()
      .from(talentProfiles)
      .where(inArray(talentProfiles.personId, [...personIds]));
    return alignByKey(personIds, rows, (row) => row.personId);
  },
);

export const careersOfPerson = defineLoader<string, CareerEntryRow[], FiftyPlusContext>(
  'careersOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select()
      .from(careerEntries)
      .where(inArray(careerEntries.personId, [...personIds]))
      .orderBy(asc(careerEntries.personId), asc(careerEntries.position));
    return groupByKey(personIds, rows, (row) => row.personId);
  },
);
