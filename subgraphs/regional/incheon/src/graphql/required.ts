/**
 * A row a foreign key guarantees. Its absence is a broken invariant, reported as an internal
 * error (logged, never shown), not as a null the schema promises cannot happen.
 */
export function required<T>(row: T | null | undefined, what: string): T {
  if (row === null || row === undefined) throw new Error(`missing ${what} behind a foreign key`);
  return row;
}
