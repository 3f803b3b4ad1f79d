import { and, desc, inArray, type SQL, sql } from 'drizzle-orm';
import { employers, type JobPostingRow, jobPostings } from '../../db/schema.js';
import type { CityContext } from '../context.js';
import type { PostingFilter } from './filter.js';

/**
 * Which postings a page is taken from. Each kind matches one index that also orders the page
 * (newest first), so a page costs an index range scan that stops after `limit` rows.
 */
export type PostingScope =
  | { readonly kind: 'all' }
  | { readonly kind: 'sido' | 'sigungu'; readonly code: string }
  | { readonly kind: 'employer'; readonly id: string };

export const ALL_POSTINGS: PostingScope = { kind: 'all' };

/** A region's scope: a 2-digit code is a sido (all its sigungu), a 5-digit one a sigungu. */
export function regionScope(code: string): PostingScope {
  return code.length === 2 ? { kind: 'sido', code } : { kind: 'sigungu', code };
}

export function employerScope(id: string): PostingScope {
  return { kind: 'employer', id };
}

/** A page position: the last posting seen, in the newest-first order. */
export interface PagePosition {
  readonly d: string;
  readonly i: string;
}

export function scopeKey(scope: PostingScope): string {
  switch (scope.kind) {
    case 'all':
      return 'all';
    case 'employer':
      return `employer:${scope.id}`;
    default:
      return `${scope.kind}:${scope.code}`;
  }
}

function scopeValue(scope: PostingScope): string | null {
  return scope.kind === 'all' ? null : scope.kind === 'employer' ? scope.id : scope.code;
}

/** The condition tying a posting to a scope's value, given as an SQL expression. */
function matchesScope(kind: PostingScope['kind'], value: SQL): SQL | undefined {
  switch (kind) {
    case 'all':
      return undefined;
    case 'sido':
      return sql`${jobPostings.sidoCode} = ${value}`;
    case 'sigungu':
      return sql`${jobPostings.regionCode} = ${value}`;
    case 'employer':
      return sql`${jobPostings.employerId} = ${value}`;
  }
}

/** `%`, `_` and `\` are LIKE syntax: a keyword matches them literally. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function filterConditions(filter: PostingFilter): SQL[] {
  const conditions: SQL[] = [];
  if (filter.region) {
    const scope = regionScope(filter.region);
    const condition = matchesScope(scope.kind, sql`${filter.region}`);
    if (condition) conditions.push(condition);
  }
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

function afterCondition(after: PagePosition | undefined): SQL[] {
  return after
    ? [sql`(${jobPostings.registeredOn}, ${jobPostings.id}) < (${after.d}::date, ${after.i})`]
    : [];
}

export function newestFirst(a: JobPostingRow, b: JobPostingRow): number {
  if (a.registeredOn !== b.registeredOn) return a.registeredOn < b.registeredOn ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

function scopesTable(scopes: readonly PostingScope[]): SQL {
  const rows = scopes.map((scope) => sql`(${scopeKey(scope)}::text, ${scopeValue(scope)}::text)`);
  return sql`(values ${sql.join(rows, sql`, `)}) as scope(key, value)`;
}

/**
 * One page (`limit` rows, newest first, after `after`) for each scope, all of one kind. One
 * scope is one statement; several are two whatever their number: a lateral keyset query for
 * the ids (one index range scan per scope), then the rows.
 */
export async function findPostingPages(
  { db }: Pick<CityContext, 'db'>,
  scopes: readonly PostingScope[],
  filter: PostingFilter,
  limit: number,
  after: PagePosition | undefined,
): Promise<Map<string, JobPostingRow[]>> {
  const [only] = scopes;
  if (scopes.length === 1 && only) {
    const value = scopeValue(only);
    const rows = await db
      .select()
      .from(jobPostings)
      .where(
        and(
          value === null ? undefined : matchesScope(only.kind, sql`${value}`),
          ...filterConditions(filter),
          ...afterCondition(after),
        ),
      )
      .orderBy(desc(jobPostings.registeredOn), desc(jobPostings.id))
      .limit(limit);
    return new Map([[scopeKey(only), rows]]);
  }

  const kind = only?.kind ?? 'all';
  const page = await db.execute<{ key: string; id: string }>(sql`
    select scope.key, page.id
    from ${scopesTable(scopes)}
    cross join lateral (
      select ${jobPostings.id} as id from ${jobPostings}
      where ${and(matchesScope(kind, sql`scope.value`), ...filterConditions(filter), ...afterCondition(after))}
      order by ${jobPostings.registeredOn} desc, ${jobPostings.id} desc
      limit ${limit}
    ) as page`);
  const ids = [...new Set(page.map((row) => row.id))];
  const rows =
    ids.length === 0 ? [] : await db.select().from(jobPostings).where(inArray(jobPostings.id, ids));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const pages = new Map<string, JobPostingRow[]>(scopes.map((scope) => [scopeKey(scope), []]));
  for (const { key, id } of page) {
    const row = byId.get(id);
    if (row) pages.get(key)?.push(row);
  }
  for (const rowsOfPage of pages.values()) rowsOfPage.sort(newestFirst);
  return pages;
}

/** How many postings match the filter in each scope (all of one kind), in one statement. */
export async function countPostings(
  { db }: Pick<CityContext, 'db'>,
  scopes: readonly PostingScope[],
  filter: PostingFilter,
): Promise<Map<string, number>> {
  const kind = scopes[0]?.kind ?? 'all';
  const rows = await db.execute<{ key: string; total: number }>(sql`
    select scope.key, (
      select count(*)::int from ${jobPostings}
      where ${and(matchesScope(kind, sql`scope.value`), ...filterConditions(filter)) ?? sql`true`}
    ) as total
    from ${scopesTable(scopes)}`);
  return new Map(rows.map((row) => [row.key, row.total]));
}
