import { defineLoader } from '@jobgraph/subgraph-kit';
import { and, gte, isNull, lte, or } from 'drizzle-orm';
import { type JobPostingRow, jobPostings } from '../../db/schema.js';
import type { FiftyPlusContext } from '../context.js';

/**
 * The feed's postings open for applications on a day: registered by then and not yet closed.
 * Every profile of a request ranks the same postings, so they are read once per day asked for.
 */
export const openPostingsOn = defineLoader<string, JobPostingRow[], FiftyPlusContext>(
  'openPostingsOn',
  async (days, { db }) =>
    Promise.all(
      days.map((day) =>
        db
          .select()
          .from(jobPostings)
          .where(
            and(
              lte(jobPostings.registeredOn, day),
              or(isNull(jobPostings.closesOn), gte(jobPostings.closesOn, day)),
            ),
          ),
      ),
    ),
);
