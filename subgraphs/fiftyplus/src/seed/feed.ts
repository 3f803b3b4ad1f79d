import { chunks, intOrNull, orNull, readCsv, work24Feed } from '@jobgraph/data';
import { jobPostings } from '../db/schema.js';
import type { FiftyPlusTransaction } from '../graphql/context.js';

type PostingCsv = Record<
  | 'id'
  | 'employment_type'
  | 'wage_type'
  | 'wage_min'
  | 'wage_max'
  | 'region_code'
  | 'occupation_code'
  | 'career_kind'
  | 'career_min_years'
  | 'work_hours_per_week'
  | 'registered_on'
  | 'closes_on',
  string
>;
type PostingInsert = typeof jobPostings.$inferInsert;

/**
 * The public Work24 feed snapshot, as far as recommendations need it: the same feed the city
 * shows, read from the source rather than from the city subgraph.
 */
export async function seedJobFeed(tx: FiftyPlusTransaction): Promise<void> {
  const rows = await readCsv<PostingCsv>(work24Feed, 'job-postings.csv');
  for (const batch of chunks(rows, 1000)) {
    await tx.insert(jobPostings).values(
      batch.map(
        (row): PostingInsert => ({
          id: row.id,
          occupationCode: row.occupation_code,
          regionCode: row.region_code,
          employmentType: row.employment_type as PostingInsert['employmentType'],
          wageType: row.wage_type as PostingInsert['wageType'],
          wageMin: Number.parseInt(row.wage_min, 10),
          wageMax: intOrNull(row.wage_max),
          careerKind: row.career_kind as PostingInsert['careerKind'],
          careerMinYears: intOrNull(row.career_min_years),
          workHoursPerWeek: intOrNull(row.work_hours_per_week),
          registeredOn: row.registered_on,
          closesOn: orNull(row.closes_on),
        }),
      ),
    );
  }
}
