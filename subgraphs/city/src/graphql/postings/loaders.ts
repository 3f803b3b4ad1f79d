import { alignByKey, defineLoader } from '@jobgraph/subgraph-kit';
import { inArray } from 'drizzle-orm';
import { type JobPostingRow, jobPostings } from '../../db/schema.js';
import type { CityContext } from '../context.js';
import { filterKey, type PostingFilter } from './filter.js';
import {
  countPostings,
  findPostingPages,
  type PagePosition,
  type PostingScope,
  scopeKey,
} from './query.js';

export const postingById = defineLoader<string, JobPostingRow | null, CityContext>(
  'postingById',
  async (ids, { db }) => {
    const rows = await db
      .select()
      .from(jobPostings)
      .where(inArray(jobPostings.id, [...ids]));
    return alignByKey(ids, rows, (row) => row.id);
  },
);

export interface PageRequest {
  readonly scope: PostingScope;
  readonly filter: PostingFilter;
  readonly limit: number;
  readonly after: PagePosition | undefined;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

/** Requests batch together when they differ only in the scope's value. */
const pageShape = (request: PageRequest) =>
  JSON.stringify([
    request.scope.kind,
    filterKey(request.filter),
    request.limit,
    request.after ?? null,
  ]);
const countShape = (request: CountRequest) =>
  JSON.stringify([request.scope.kind, filterKey(request.filter)]);

/**
 * Pages of postings for many scopes at once (the regions of a list, the employers of a page):
 * requests with the same filter, size and position share one query.
 */
export const postingPage = defineLoader<PageRequest, JobPostingRow[], CityContext>(
  'postingPage',
  async (requests, context) => {
    const results = new Map<string, JobPostingRow[]>();
    for (const [shape, group] of groupBy(requests, pageShape)) {
      const [first] = group as [PageRequest];
      const pages = await findPostingPages(
        context,
        group.map((request) => request.scope),
        first.filter,
        first.limit,
        first.after,
      );
      for (const [scope, rows] of pages) results.set(`${shape}#${scope}`, rows);
    }
    return requests.map(
      (request) => results.get(`${pageShape(request)}#${scopeKey(request.scope)}`) ?? [],
    );
  },
  (request) => `${pageShape(request)}#${scopeKey(request.scope)}`,
);

export interface CountRequest {
  readonly scope: PostingScope;
  readonly filter: PostingFilter;
}

export const postingCount = defineLoader<CountRequest, number, CityContext>(
  'postingCount',
  async (requests, context) => {
    const results = new Map<string, number>();
    for (const [shape, group] of groupBy(requests, countShape)) {
      const [first] = group as [CountRequest];
      const counts = await countPostings(
        context,
        group.map((request) => request.scope),
        first.filter,
      );
      for (const [scope, total] of counts) results.set(`${shape}#${scope}`, total);
    }
    return requests.map(
      (request) => results.get(`${countShape(request)}#${scopeKey(request.scope)}`) ?? 0,
    );
  },
  (request) => `${countShape(request)}#${scopeKey(request.scope)}`,
);
