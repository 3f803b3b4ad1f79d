/** A CSV cell that must be one of a closed set of words; anything else is a broken seed file. */
export function oneOf<T extends string>(allowed: readonly T[], value: string, what: string): T {
  if (!(allowed as readonly string[]).includes(value)) throw new Error(`unknown ${what} ${value}`);
  return value as T;
}
