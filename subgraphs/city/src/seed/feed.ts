import { chunks, intOrNull, orNull, readCsv, work24Feed } from '@jobgraph/data';
import { employers, jobPostings } from '../db/schema.js';
import type { CityTransaction } from './transaction.js';

type EmployerCsv = {
  id: string;
  name: string;
  industry_code: string;
  size: string;
  region_code: string;
  seoul_strong_sme: string;
  homepage: string;
};
type PostingCsv = Record<
  | 'id'
  | 'employer_id'
  | 'title'
  | 'employment_type'
  | 'wage_type'
  | 'wage_min'
  | 'wage_max'
  | 'region_code'
  | 'occupation_code'
  | 'education'
  | 'career_kind'
  | 'career_min_years'
  | 'work_hours_per_week'
  | 'registered_on'
  | 'closes_on'
  | 'source'
  | 'source_url',
  string
>;

type EmployerInsert = typeof employers.$inferInsert;
type PostingInsert = typeof jobPostings.$inferInsert;

/** The Work24 feed snapshot the portal shows (data/work24; see data/generators). */
export async function seedJobFeed(tx: CityTransaction): Promise<number> {
  const employerRows = await readCsv<EmployerCsv>(work24Feed, 'employers.csv');
  for (const batch of chunks(employerRows, 1000)) {
    await tx.insert(employers).values(
      batch.map(
        (row): EmployerInsert => ({
          id: row.id,
          name: row.name,
          industryCode: row.industry_code,
          size: row.size as EmployerInsert['size'],
          regionCode: row.region_code,
          seoulStrongSme: row.seoul_strong_sme === 'true',
          homepage: orNull(row.homepage),
        }),
      ),
    );
  }
  const postingRows = await readCsv<PostingCsv>(work24Feed, 'job-postings.csv');
  for (const batch of chunks(postingRows, 1000)) {
    await tx.insert(jobPostings).values(
      batch.map(
        (row): PostingInsert => ({
          id: row.id,
          employerId: row.employer_id,
          title: row.title,
          employmentType: row.employment_type as PostingInsert['employmentType'],
          wageType: row.wage_type as PostingInsert['wageType'],
          wageMin: Number.parseInt(row.wage_min, 10),
          wageMax: intOrNull(row.wage_max),
          regionCode: row.region_code,
          occupationCode: row.occupation_code,
          education: row.education as PostingInsert['education'],
          careerKind: row.career_kind as PostingInsert['careerKind'],
          careerMinYears: intOrNull(row.career_min_years),
          workHoursPerWeek: intOrNull(row.work_hours_per_week),
          registeredOn: row.registered_on,
          closesOn: orNull(row.closes_on),
          source: row.source as PostingInsert['source'],
          sourceUrl: row.source_url,
        }),
      ),
    );
  }
  return postingRows.length;
}
