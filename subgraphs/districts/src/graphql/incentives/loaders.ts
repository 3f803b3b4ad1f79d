import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { asc, desc, inArray } from 'drizzle-orm';
import {
  type IncentiveApplicationRow,
  type IncentiveEventRow,
  incentiveApplications,
  incentiveEvents,
} from '../../db/schema.js';
import type { DistrictsContext } from '../context.js';

export const applicationById = defineLoader<
  string,
  IncentiveApplicationRow | null,
  DistrictsContext
>('incentiveApplicationById', async (ids, { db }) => {
  const rows = await db
    .select()
    .from(incentiveApplications)
    .where(inArray(incentiveApplications.id, [...ids]));
  return alignByKey(ids, rows, (row) => row.id);
});

export const applicationsOfEmployer = defineLoader<
  string,
  IncentiveApplicationRow[],
  DistrictsContext
>('incentiveApplicationsOfEmployer', async (employerIds, { db }) => {
  const rows = await db
    .select()
    .from(incentiveApplications)
    .where(inArray(incentiveApplications.employerId, [...employerIds]))
    .orderBy(desc(incentiveApplications.submittedAt), desc(incentiveApplications.id));
  return groupByKey(employerIds, rows, (row) => row.employerId);
});

export const applicationsOfPerson = defineLoader<
  string,
  IncentiveApplicationRow[],
  DistrictsContext
>('incentiveApplicationsOfPerson', async (personIds, { db }) => {
  const rows = await db
    .select()
    .from(incentiveApplications)
    .where(inArray(incentiveApplications.personId, [...personIds]))
    .orderBy(asc(incentiveApplications.submittedAt), asc(incentiveApplications.id));
  return groupByKey(personIds, rows, (row) => row.personId);
});

export const eventsOfApplication = defineLoader<string, IncentiveEventRow[], DistrictsContext>(
  'incentiveEventsOfApplication',
  async (applicationIds, { db }) => {
    const rows = await db
      .select()
      .from(incentiveEvents)
      .where(inArray(incentiveEvents.applicationId, [...applicationIds]))
      .orderBy(asc(incentiveEvents.at), asc(incentiveEvents.id));
    return groupByKey(applicationIds, rows, (row) => row.applicationId);
  },
);
