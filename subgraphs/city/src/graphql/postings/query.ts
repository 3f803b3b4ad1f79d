import { and, desc, inArray, type SQL, sql } from 'drizzle-orm';
import { employers, type JobPostingRow, jobPostings } from '../../db/schema.js';
import type { CityContext } from '../context.js';
import type { PostingFilter } from './filter.js';

/** Which postings a page is taken from: all, one region (and its sub-regions), one employer. */
export interface PostingScope {
  readonly regionPrefix?: string;
  readonly employerId?: string;
}

/** A page position: the last posting seen, in the newest-first order. */
export interface PagePosition {
  readonly d: string;
  readonly i: string;
}

export function scopeKey(scope: PostingScope): string {
  return `${scope.regionPrefix ?? ''}|${scope.employerId ?? ''}`;
}

/** `%`, `_` and `\` are LIKE syntax: a keyword matches them literally. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function filterConditions(filter: PostingFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.region) conditions.push(sql`${jobPostings.regionCode} like ${`${filter.region}%`}`);
  if (filter.occupation) {
    conditions.push(sql`${jobPostings.occupationCode} like ${`${filter.occupation}%`}`);
  }
  if (filter.employmentType) {
    conditions.push(sql`${jobPostings.employmentType} = ${filter.employmentType}`);
  }
  if (filter.openOn) {
    conditions.push(
      sql`${jobPostings.registeredOn} <= ${filter.openOn} and (${jobPostings.closesOn} is null or ${jobPostings.closesOn} >= ${filter.openOn})`,
    );
  }
  for (const word of filter.keywords) {
    const pattern = likePattern(word);
    // Trigram indexes serve both ILIKEs for words of three or more characters.
    conditions.push(sql`(${jobPostings.title} ilike ${pattern} or exists (
      select 1 from ${employers}
      where ${employers.id} = ${jobPostings.employerId} and ${employers.name} ilike ${pattern}))`);
  }
  return conditions;
}

function scopesTable(scopes: readonly PostingScope[]): SQL {
  const rows = scopes.map(
    (scope) =>
      sql`(${scopeKey(scope)}::text, ${scope.regionPrefix ?? null}::text, ${scope.employerId ?? null}::text)`,
  );
  return sql`(values ${sql.join(rows, sql`, `)}) as scope(key, region_prefix, employer_id)`;
}

const inScope = sql`(scope.region_prefix is null or ${jobPostings.regionCode} like scope.region_prefix || '%')
  and (scope.employer_id is null or ${jobPostings.employerId} = scope.employer_id)`;

/**
 * One page (`limit` rows, newest first, after `after`) for each scope, in two statements
 * whatever the number of scopes: a lateral keyset query for the ids, then the rows.
 */
export async function findPostingPages(
  { db }: Pick<CityContext, 'db'>,
  scopes: readonly PostingScope[],
  filter: PostingFilter,
  limit: number,
  after: PagePosition | undefined,
): Promise<Map<string, JobPostingRow[]>> {
  const conditions = [inScope, ...filterConditions(filter)];
  if (after) {
    conditions.push(
      sql`(${jobPostings.registeredOn}, ${jobPostings.id}) < (${after.d}::date, ${after.i})`,
    );
  }
  const page = await db.execute<{ key: string; id: string }>(sql`
    select scope.key, page.id
    from ${scopesTable(scopes)}
    cross join lateral (
      select ${jobPostings.id} as id from ${jobPostings}
      where ${and(...conditions)}
      order by ${jobPostings.registeredOn} desc, ${jobPostings.id} desc
      limit ${limit}
    ) as page`);
  const ids = [...new Set(page.map((row) => row.id))];
  const rows =
    ids.length === 0
      ? []
      : await db
          .select()
          .from(jobPostings)
          .where(inArray(jobPostings.id, ids))
          .orderBy(desc(jobPostings.registeredOn), desc(jobPostings.id));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pages = new Map<string, JobPostingRow[]>(scopes.map((scope) => [scopeKey(scope), []]));
  for (const { key, id } of page) {
    const row = byId.get(id);
    if (row) pages.get(key)?.push(row);
  }
  for (const rowsOfPage of pages.values()) rowsOfPage.sort(newestFirst);
  return pages;
}

export function newestFirst(a: JobPostingRow, b: JobPostingRow): number {
  if (a.registeredOn !== b.registeredOn) return a.registeredOn < b.registeredOn ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** How many postings match the filter in each scope, in one statement. */
export async function countPostings(
  { db }: Pick<CityContext, 'db'>,
  scopes: readonly PostingScope[],
  filter: PostingFilter,
): Promise<Map<string, number>> {
  const rows = await db.execute<{ key: string; total: number }>(sql`
    select scope.key, (
      select count(*)::int from ${jobPostings} where ${and(inScope, ...filterConditions(filter))}
    ) as total
    from ${scopesTable(scopes)}`);
  return new Map(rows.map((row) => [row.key, row.total]));
}
