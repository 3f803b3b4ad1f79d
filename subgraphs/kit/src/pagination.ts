import { badUserInput } from '@jobgraph/graphql-server';
import type { z } from 'zod';

export interface PageLimits {
  readonly defaultSize: number;
  readonly maxSize: number;
}

export const DEFAULT_PAGE_LIMITS: PageLimits = { defaultSize: 20, maxSize: 100 };

/** Relay `first`: absent means the default; outside 1..max is the caller's mistake. */
export function pageSize(first: number | null | undefined, limits = DEFAULT_PAGE_LIMITS): number {
  if (first === null || first === undefined) return limits.defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > limits.maxSize) {
    throw badUserInput(`first must be between 1 and ${limits.maxSize}, got ${first}`, [
      { field: 'first', message: `between 1 and ${limits.maxSize}` },
    ]);
  }
  return first;
}

/** Cursors are opaque to clients: base64url of a small JSON position. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url');
}

/** Decodes a cursor this API issued; anything else is bad input, not a crash. */
export function decodeCursor<Position>(
  cursor: string,
  schema: z.ZodType<Position>,
  field = 'after',
): Position {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw badUserInput(`${field} is not a cursor this API issued`, [
      { field, message: 'use a cursor from pageInfo.endCursor or an edge' },
    ]);
  }
  return parsed.data;
}

export interface Connection<Node> {
  readonly edges: ReadonlyArray<{ readonly cursor: string; readonly node: Node }>;
  readonly pageInfo: {
    readonly hasNextPage: boolean;
    readonly hasPreviousPage: boolean;
    readonly startCursor: string | null;
    readonly endCursor: string | null;
  };
}

/**
 * Builds a forward connection from `size + 1` rows fetched by keyset: the extra row only tells
 * whether there is a next page.
 */
export function toConnection<Node>(
  rows: readonly Node[],
  size: number,
  hasAfter: boolean,
  positionOf: (node: Node) => unknown,
): Connection<Node> {
  const page = rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(positionOf(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > size,
      hasPreviousPage: hasAfter,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
