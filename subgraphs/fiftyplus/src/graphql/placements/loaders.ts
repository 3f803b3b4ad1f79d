import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, inArray } from 'drizzle-orm';
import { type FollowUpRow, followUps, type PlacementRow, placements } from '../../db/schema.js';
import type { FiftyPlusContext } from '../context.js';

export const placementById = defineLoader<string, PlacementRow | null, FiftyPlusContext>(
  'placementById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(placements)
      .where(inArray(placements.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

/** Each person's placements, earliest first. */
export const placementsOfPerson = defineLoader<string, PlacementRow[], FiftyPlusContext>(
  'placementsOfPerson',
  async (personIds, { db }) => {
    const rows = await db
      .select()
      .from(placements)
      .where(inArray(placements.personId, [...personIds]))
      .orderBy(asc(placements.startedOn), asc(placements.id));
    return groupByKey(personIds, rows, (row) => row.personId);
  },
);

/** Each placement's follow-up checks, earliest first. */
export const followUpsOfPlacement = defineLoader<string, FollowUpRow[], FiftyPlusContext>(
  'followUpsOfPlacement',
  async (placementIds, { db }) => {
    const rows = await db
      .select()
      .from(followUps)
      .where(inArray(followUps.placementId, [...placementIds]))
      .orderBy(asc(followUps.checkedOn));
    return groupByKey(placementIds, rows, (row) => row.placementId);
  },
);
