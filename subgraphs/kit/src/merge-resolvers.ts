/**
 * Merges resolver maps written per feature (regions, postings, ...) into one; a field defined
 * twice is a mistake and fails at start rather than silently winning.
 */
export function mergeResolvers<T extends object>(...parts: ReadonlyArray<Partial<T>>): T {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const part of parts) {
    for (const [typeName, fields] of Object.entries(part as Record<string, unknown>)) {
      if (typeof fields !== 'object' || fields === null || !isPlainObject(fields)) {
        // Scalars (GraphQLScalarType) are taken as they are.
        if (typeName in merged) throw new Error(`resolvers: ${typeName} defined twice`);
        merged[typeName] = fields as Record<string, unknown>;
        continue;
      }
      const target = merged[typeName] ?? {};
      merged[typeName] = target;
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`resolvers: ${typeName}.${field} defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as T;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
