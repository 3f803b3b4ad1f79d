import DataLoader from 'dataloader';

/**
 * A loader's definition, made once at module level. Its DataLoader is created per request by the
 * registry, so batching spans one request and no cached row outlives it.
 */
export interface LoaderDefinition<Key, Value, Context> {
  readonly name: string;
  readonly batch: (keys: readonly Key[], context: Context) => Promise<ReadonlyArray<Value | Error>>;
  /** For keys that are objects: how to tell two equal keys apart from two different ones. */
  readonly cacheKey?: (key: Key) => string;
}

export function defineLoader<Key, Value, Context>(
  name: string,
  batch: (keys: readonly Key[], context: Context) => Promise<ReadonlyArray<Value | Error>>,
  cacheKey?: (key: Key) => string,
): LoaderDefinition<Key, Value, Context> {
  return cacheKey ? { name, batch, cacheKey } : { name, batch };
}

/** The per-request set of DataLoaders, each made on first use. */
export class LoaderRegistry<Context> {
  private readonly loaders = new Map<
    LoaderDefinition<unknown, unknown, Context>,
    DataLoader<unknown, unknown, unknown>
  >();
  private context: Context | undefined;

  /** Binds the registry to the request context it batches for (set once the context exists). */
  bind(context: Context): void {
    this.context = context;
  }

  get<Key, Value>(definition: LoaderDefinition<Key, Value, Context>): DataLoader<Key, Value> {
    const key = definition as unknown as LoaderDefinition<unknown, unknown, Context>;
    let loader = this.loaders.get(key);
    if (!loader) {
      const context = this.context;
      if (context === undefined) throw new Error('LoaderRegistry used before bind()');
      loader = new DataLoader<unknown, unknown, unknown>(
        (keys) => key.batch(keys, context),
        key.cacheKey ? { cacheKeyFn: key.cacheKey } : {},
      );
      this.loaders.set(key, loader);
    }
    return loader as unknown as DataLoader<Key, Value>;
  }
}

/**
 * Orders rows to match the keys DataLoader asked for: one entry per key, `null` for a missing
 * row, so a batch function is a single `WHERE key = ANY(...)` query.
 */
export function alignByKey<Key, Row>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
): Array<Row | null> {
  const byKey = new Map<Key, Row>();
  for (const row of rows) byKey.set(keyOf(row), row);
  return keys.map((key) => byKey.get(key) ?? null);
}

/** Like `alignByKey` for one-to-many: each key gets its (possibly empty) list of rows. */
export function groupByKey<Key, Row>(
  keys: readonly Key[],
  rows: readonly Row[],
  keyOf: (row: Row) => Key,
): Row[][] {
  const groups = groupRows(rows, keyOf);
  return keys.map((key) => groups.get(key) ?? []);
}

/** Groups rows by a key into a map. */
export function groupRows<Key, Row>(rows: readonly Row[], keyOf: (row: Row) => Key) {
  const groups = new Map<Key, Row[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
