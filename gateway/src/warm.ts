import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { operationFromDocument, type Schema } from '@apollo/federation-internals';
import type { ApolloGateway } from '@apollo/gateway';
import { type DocumentNode, Kind, parse } from 'graphql';

/** An operation clients are known to send, byte for byte (plan cache keys hash the text). */
export interface KnownOperation {
  readonly document: string;
  readonly operationName: string | null;
}

/**
 * The parts of ApolloGateway that planning uses. They are private in its typings; the gateway
 * is pinned (2.14.x) and a test fails if a new version moves them.
 */
interface GatewayPlanningInternals {
  apiSchema?: Schema;
  queryPlanner?: { buildQueryPlan(operation: ReturnType<typeof operationFromDocument>): unknown };
  queryPlanStore: {
    set(key: string, plan: unknown): Promise<void>;
    get(key: string): Promise<unknown>;
  };
}

const sha256 = (...parts: string[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};

/** The key ApolloGateway stores a plan under for this request (see its `executor`). */
export function planCacheKey(document: string, operationName: string | null): string {
  const queryHash = sha256(document);
  return operationName ? sha256(queryHash, operationName) : queryHash;
}

/**
 * Plans operations into the gateway's plan cache, so the first request of each does not pay for
 * query planning. Every plan is built before any is stored (synchronously: no request can run
 * in between), so this can run inside a schema swap. An operation the current schema no longer
 * supports is skipped. Returns how many plans were stored.
 */
export async function warmQueryPlans(
  gateway: ApolloGateway,
  operations: Iterable<KnownOperation>,
): Promise<number> {
  const internals = gateway as unknown as GatewayPlanningInternals;
  const { apiSchema, queryPlanner, queryPlanStore } = internals;
  if (!apiSchema || !queryPlanner || !queryPlanStore) {
    throw new Error('the gateway has no schema to plan against yet');
  }
  const plans: Array<[string, unknown]> = [];
  for (const operation of operations) {
    try {
      const document = parse(operation.document);
      const plan = queryPlanner.buildQueryPlan(
        operationFromDocument(apiSchema, document, {
          ...(operation.operationName ? { operationName: operation.operationName } : {}),
        }),
      );
      plans.push([planCacheKey(operation.document, operation.operationName), plan]);
    } catch {
      // Not valid against this schema (a field was removed): the request will say so itself.
    }
  }
  await Promise.all(plans.map(([key, plan]) => queryPlanStore.set(key, plan)));
  return plans.length;
}

/** Reads `*.graphql` files: each named operation in them is a known operation; a document
 * with a single operation may also be sent without its name. */
export async function readKnownOperations(folder: string): Promise<KnownOperation[]> {
  let files: string[];
  try {
    files = (await readdir(folder)).filter((file) => file.endsWith('.graphql')).sort();
  } catch {
    return [];
  }
  const operations: KnownOperation[] = [];
  for (const file of files) {
    const text = await readFile(join(folder, file), 'utf8');
    const names = operationNames(parse(text));
    for (const name of names) operations.push({ document: text, operationName: name });
    if (names.length === 1) operations.push({ document: text, operationName: null });
  }
  return operations;
}

function operationNames(document: DocumentNode): string[] {
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.name ? [definition.name.value] : [],
  );
}
