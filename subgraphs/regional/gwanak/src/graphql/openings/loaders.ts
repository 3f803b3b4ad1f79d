import { alignByKey, defineLoader, groupByKey } from '@jobgraph/subgraph-kit';
import { and, asc, eq, gte, inArray, lte, type SQL } from 'drizzle-orm';
import {
  type OpeningApplicationRow,
  openingApplications,
  type PartnerOpeningRow,
  partnerEmployers,
  partnerOpenings,
} from '../../db/schema.js';
import { defineScopedLoader, groupRows } from '../batching.js';
import type { GwanakContext } from '../context.js';

export const openingById = defineLoader<string, PartnerOpeningRow | null, GwanakContext>(
  'openingById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(partnerOpenings)
      .where(inArray(partnerOpenings.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

/** Which openings to list: all, or those taking applications on `today`. */
export interface OpeningArgs {
  readonly includeClosed: boolean;
  readonly today: string;
}

export function openCondition(args: OpeningArgs): SQL | undefined {
  return args.includeClosed
    ? undefined
    : and(lte(partnerOpenings.opensOn, args.today), gte(partnerOpenings.closesOn, args.today));
}

export const OPENING_ORDER = [asc(partnerOpenings.closesOn), asc(partnerOpenings.id)] as const;

export const openingsOfPartner = defineScopedLoader<OpeningArgs, PartnerOpeningRow[]>(
  'openingsOfPartner',
  async (employerIds, args, { db }) => {
    const rows = await db
      .select()
      .from(partnerOpenings)
      .where(and(inArray(partnerOpenings.employerId, [...employerIds]), openCondition(args)))
      .orderBy(...OPENING_ORDER);
    return groupRows(rows, (row) => row.employerId);
  },
  () => [],
);

export const openingsOfCenter = defineScopedLoader<OpeningArgs, PartnerOpeningRow[]>(
  'openingsOfCenter',
  async (centerIds, args, { db }) => {
    const rows = await db
      .select({ centerId: partnerEmployers.centerId, opening: partnerOpenings })
      .from(partnerOpenings)
      .innerJoin(partnerEmployers, eq(partnerEmployers.id, partnerOpenings.employerId))
      .where(and(inArray(partnerEmployers.centerId, [...centerIds]), openCondition(args)))
      .orderBy(...OPENING_ORDER);
    const groups = groupRows(rows, (row) => row.centerId);
    return new Map(
      [...groups].map(([centerId, group]) => [centerId, group.map((row) => row.opening)]),
    );
  },
  () => [],
);

/** Each member's applications, oldest first. */
export const applicationsOfMember = defineLoader<string, OpeningApplicationRow[], GwanakContext>(
  'applicationsOfMember',
  async (memberIds, { db }) => {
    const rows = await db
      .select()
      .from(openingApplications)
      .where(inArray(openingApplications.memberId, [...memberIds]))
      .orderBy(asc(openingApplications.appliedAt), asc(openingApplications.id));
    return groupByKey(memberIds, rows, (row) => row.memberId);
  },
);
