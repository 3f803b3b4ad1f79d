import { defineLoader } from './loaders.js';

/**
 * A per-entity request with field arguments (a center's slots between two dates): `id` is the
 * entity, `args` the arguments, built with a fixed key order so equal arguments serialise alike.
 */
export interface Scoped<Args> {
  readonly id: string;
  readonly args: Args;
}

/**
 * Loaders for a field with arguments on a list of entities: the requests of one request that
 * share their arguments (every center of a list asking for the same week) become one query.
 * Bound to a subgraph's context once: `const defineScopedLoader = scopedLoaders<MyContext>()`.
 */
export function scopedLoaders<Context>() {
  return function defineScopedLoader<Args, Value>(
    name: string,
    fetch: (
      ids: readonly string[],
      args: Args,
      context: Context,
    ) => Promise<ReadonlyMap<string, Value>>,
    empty: () => Value,
  ) {
    const shapeOf = (key: Scoped<Args>) => JSON.stringify(key.args);
    return defineLoader<Scoped<Args>, Value, Context>(
      name,
      async (keys, context) => {
        const groups = new Map<string, { args: Args; ids: Set<string> }>();
        for (const key of keys) {
          const shape = shapeOf(key);
          const group = groups.get(shape);
          if (group) group.ids.add(key.id);
          else groups.set(shape, { args: key.args, ids: new Set([key.id]) });
        }
        const results = new Map<string, Value>();
        for (const [shape, group] of groups) {
          const values = await fetch([...group.ids], group.args, context);
          for (const [id, value] of values) results.set(`${shape}#${id}`, value);
        }
        return keys.map((key) => results.get(`${shapeOf(key)}#${key.id}`) ?? empty());
      },
      (key) => `${shapeOf(key)}#${key.id}`,
    );
  };
}
