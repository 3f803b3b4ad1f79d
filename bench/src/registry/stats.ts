export interface Summary {
  readonly median: number;
  readonly max: number;
  readonly runs: readonly number[];
}

export function summarise(runs: readonly number[]): Summary {
  const sorted = [...runs].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? (sorted[middle] as number)
      : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, max: sorted[sorted.length - 1] ?? Number.NaN, runs };
}

/** Wall time of `work`, ms, with its result. */
export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

/** `1.23 s` or `456 ms`. */
export function seconds(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(0)} ms`;
}
