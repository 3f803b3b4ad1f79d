import { type AuthorizedOperation, FILLER_ALIAS } from './authorize-operation.js';

type Data = Record<string, unknown> | null | undefined;

/** Visits every object found at `keys` below `value`, through lists. */
function eachAt(
  value: unknown,
  keys: readonly string[],
  visit: (parent: Record<string, unknown>, key: string) => void,
) {
  if (keys.length === 0 || value === null || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) eachAt(item, keys, visit);
    return;
  }
  if (typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const [key, ...rest] = keys as [string, ...string[]];
  if (rest.length === 0) visit(record, key);
  else eachAt(record[key], rest, visit);
}

/**
 * Shapes the answer to what the client asked: a denied field is null (or its nearest nullable
 * ancestor, as GraphQL requires), and comes with an error at its path saying why.
 */
export function applyDenials(
  data: Data,
  authorized: AuthorizedOperation,
): {
  data: Data;
  errors: Array<{ message: string; path: string[]; extensions: { code: string } }>;
} {
  let result = data;
  for (const path of authorized.fillerPaths) {
    if (path.length === 0) {
      if (result) delete result[FILLER_ALIAS];
      continue;
    }
    eachAt(result, path, (parent, key) => {
      const value = parent[key];
      const strip = (item: unknown) => {
        if (item && typeof item === 'object')
          delete (item as Record<string, unknown>)[FILLER_ALIAS];
      };
      if (Array.isArray(value)) value.forEach(strip);
      else strip(value);
    });
  }
  for (const denial of authorized.denials) {
    if (denial.nullAt.length === 0) {
      result = null;
      break;
    }
    eachAt(result, denial.nullAt, (parent, key) => {
      parent[key] = null;
    });
  }
  const errors = authorized.denials.map((denial) => ({
    message: `Not authorized to see ${denial.coordinate}: ${denial.message}`,
    path: [...denial.path],
    extensions: { code: denial.code },
  }));
  return { data: result, errors };
}
