export const SESSION_ID = /^cds-[a-z0-9-]{1,100}$/;
export const EMPLOYER_ID = /^E\d{5}$/;
export const MEASURE_CODE = /^[A-Z][A-Z_]{1,60}$/;

const DAY_MS = 86_400_000;

/** The days `from`…`to` (inclusive, Korean days) as instants [from, until). */
export function koreanSpan(
  from: string | null | undefined,
  to: string | null | undefined,
): { from: Date | null; until: Date | null } {
  return {
    from: from == null ? null : new Date(`${from}T00:00:00+09:00`),
    until: to == null ? null : new Date(Date.parse(`${to}T00:00:00+09:00`) + DAY_MS),
  };
}

/** The Korean calendar day of an instant (YYYY-MM-DD). */
export function koreanDayOf(instant: Date): string {
  return new Date(instant.getTime() + 9 * 3_600_000).toISOString().slice(0, 10);
}
