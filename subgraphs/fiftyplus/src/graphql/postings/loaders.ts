import { defineLoader } from '@jobgraph/subgraph-kit';
import { and, gte, isNull, lte, or } from 'drizzle-orm';
import { type JobPostingRow, jobPostings } from '../../db/schema.js';
import type { FiftyPlusContext } from '../context.js';

/**
 * How long the open postings of a day are reused across requests. The feed is a periodic
 * snapshot, so a few minutes' lag is the feed's own; reading thousands of rows for every
 * recommendation is not worth it.
 */
const FEED_CACHE_MS = 5 * 60_000;
const feedCache = new WeakMap<
  object,
  Map<string, { rows: Promise<JobPostingRow[]>; at: number }>
>();

function readOpenPostings(db: FiftyPlusContext['db'], day: string): Promise<JobPostingRow[]> {
  const days =
    feedCache.get(db) ?? new Map<string, { rows: Promise<JobPostingRow[]>; at: number }>();
  feedCache.set(db, days);
  const cached = days.get(day);
  if (cached && Date.now() - cached.at < FEED_CACHE_MS) return cached.rows;
  const rows = db
    .select()
    .from(jobPostings)
    .where(
      and(
        lte(jobPostings.registeredOn, day),
        or(isNull(jobPostings.closesOn), gte(jobPostings.closesOn, day)),
      ),
    );
  const entry = { rows: Promise.resolve(rows), at: Date.now() };
  entry.rows.catch(() => days.delete(day));
  days.set(day, entry);
  return entry.rows;
}

/**
 * The feed's postings open for applications on a day: registered by then and not yet closed.
 * Every profile ranks the same postings, so they are read once per day and reused for a while.
 */
export const openPostingsOn = defineLoader<string, JobPostingRow[], FiftyPlusContext>(
  'openPostingsOn',
  async (days, { db }) => Promise.all(days.map((day) => readOpenPostings(db, day))),
);
