/**
 * A small seeded generator (mulberry32): the same seed gives the same sequence on every machine,
 * so generated seed rows are the same in every database.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` distinct items drawn from `items` (a partial Fisher–Yates shuffle). */
export function sample<T>(items: readonly T[], count: number, random: () => number): T[] {
  const pool = [...items];
  const drawn: T[] = [];
  for (let index = 0; index < count && pool.length > 0; index += 1) {
    const at = Math.floor(random() * pool.length);
    drawn.push(pool[at] as T);
    pool[at] = pool[pool.length - 1] as T;
    pool.pop();
  }
  return drawn;
}

/** A stable number from a string, to give each generated set its own seed. */
export function seedOf(text: string): number {
  let hash = 2166136261;
  for (const character of text) {
    hash ^= character.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619);
  }
  return hash >>> 0;
}
