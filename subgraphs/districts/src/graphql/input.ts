import type { InputProblem } from '@jobgraph/subgraph-kit';

const DAY_MS = 86_400_000;

/** Midnight at the start of a Korean calendar day, as an instant. */
export const koreanMidnight = (day: string) => new Date(`${day}T00:00:00+09:00`);

/** The instants [from, until) of the Korean days `from`…`to`, inclusive. */
export interface Span {
  readonly from: string;
  readonly until: string;
}

/**
 * The days `from`…`to` (inclusive) as instants, checking the order and, when given, that the
 * period is at most `maxDays` long.
 */
export function readSpan(
  from: string,
  to: string,
  problems: InputProblem[],
  fields: { readonly to: string; readonly from: string },
  maxDays?: number,
): Span {
  const start = koreanMidnight(from);
  const until = new Date(koreanMidnight(to).getTime() + DAY_MS);
  if (until <= start) {
    problems.push({ field: fields.to, message: `on or after ${fields.from}` });
  } else if (maxDays !== undefined && (until.getTime() - start.getTime()) / DAY_MS > maxDays) {
    problems.push({ field: fields.to, message: `at most ${maxDays} days after ${fields.from}` });
  }
  return { from: start.toISOString(), until: until.toISOString() };
}

/** Checks an optional date period: `to` not before `from`. */
export function checkDateOrder(
  from: string | null | undefined,
  to: string | null | undefined,
  problems: InputProblem[],
  fields: { readonly to: string; readonly from: string },
): void {
  if (from != null && to != null && to < from) {
    problems.push({ field: fields.to, message: `on or after ${fields.from}` });
  }
}

export const ID_SHAPE = /^[a-z0-9-]{1,100}$/;
