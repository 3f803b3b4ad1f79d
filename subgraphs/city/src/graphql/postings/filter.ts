import { badUserInput, type InputProblem } from '@jobgraph/subgraph-kit';
import type { JobPostingFilter } from '../../generated/graphql.js';

/** A validated filter: what the SQL conditions are built from. */
export interface PostingFilter {
  readonly region?: string;
  readonly occupation?: string;
  /** Whitespace-separated words; every one must appear in the title or the employer's name. */
  readonly keywords: readonly string[];
  readonly employmentType?: string;
  readonly openOn?: string;
}

const REGION_CODE = /^\d{2}(\d{3})?$/;
const OCCUPATION_CODE = /^\d{1,6}$/;

/**
 * Checks a filter's shape and reports every problem at once. Whether a well-formed region code
 * exists is checked by the caller, which has the loaders.
 */
export function readPostingFilter(input: JobPostingFilter | null | undefined): PostingFilter {
  const problems: InputProblem[] = [];
  const filter: {
    region?: string;
    occupation?: string;
    keywords: string[];
    employmentType?: string;
    openOn?: string;
  } = { keywords: [] };
  if (!input) return filter;
  if (input.region != null) {
    if (REGION_CODE.test(input.region)) filter.region = input.region;
    else
      problems.push({ field: 'filter.region', message: 'a 2-digit sido or 5-digit sigungu code' });
  }
  if (input.occupation != null) {
    if (OCCUPATION_CODE.test(input.occupation)) filter.occupation = input.occupation;
    else problems.push({ field: 'filter.occupation', message: 'a KECO code or prefix (digits)' });
  }
  if (input.keyword != null) {
    const keyword = input.keyword.trim().replace(/\s+/g, ' ');
    if ([...keyword].length < 2 || [...keyword].length > 100) {
      problems.push({ field: 'filter.keyword', message: 'between 2 and 100 characters' });
    } else {
      filter.keywords = keyword.split(' ');
    }
  }
  if (input.employmentType != null) filter.employmentType = input.employmentType;
  if (input.openOn != null) filter.openOn = input.openOn;
  if (problems.length > 0) {
    throw badUserInput(
      `invalid job posting filter: ${problems.map((p) => `${p.field} must be ${p.message}`).join('; ')}`,
      problems,
    );
  }
  return filter;
}

/** A stable text form of a filter, so equal filters batch together. */
export function filterKey(filter: PostingFilter): string {
  return JSON.stringify([
    filter.region ?? null,
    filter.occupation ?? null,
    filter.keywords,
    filter.employmentType ?? null,
    filter.openOn ?? null,
  ]);
}
