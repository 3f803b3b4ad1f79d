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

export interface Warming {
  readonly warmed: number;
  /** Operations left unplanned when the deadline came. */
  readonly rest: KnownOperation[];
  /** Resolves when the plans are in the store. */
  readonly stored: Promise<void>;
}

/**
 * Plans operations into the gateway's plan cache, so their next request does not pay for query
 * planning. Planning is synchronous (no request runs in between), so this can run inside a schema
 * swap; it stops at `deadline` (a `performance.now()` time) and returns what is left. An
 * operation the current schema no longer supports is skipped.
 */
export function warmQueryPlans(
  gateway: ApolloGateway,
  operations: readonly KnownOperation[],
  deadline = Number.POSITIVE_INFINITY,
): Warming {
  const internals = gateway as unknown as GatewayPlanningInternals;
  const { apiSchema, queryPlanner, queryPlanStore } = internals;
  if (!apiSchema || !queryPlanner || !queryPlanStore) {
    throw new Error('the gateway has no schema to plan against yet');
  }
  const plans: Array<[string, unknown]> = [];
  let index = 0;
  for (; index < operations.length && performance.now() < deadline; index += 1) {
    const operation = operations[index] as KnownOperation;
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
  return {
    warmed: plans.length,
    rest: operations.slice(index),
    stored: Promise.all(plans.map(([key, plan]) => queryPlanStore.set(key, plan))).then(
      () => undefined,
    ),
  };
}

/**
 * Plans the rest one operation per turn of the event loop, so requests keep being served in
 * between; stops if the supergraph changes meanwhile (its plans would be for the old one).
 */
export function warmInBackground(
  gateway: ApolloGateway,
  operations: readonly KnownOperation[],
  done: (warmed: number) => void,
): void {
  const internals = gateway as unknown as GatewayPlanningInternals;
  const planner = internals.queryPlanner;
  let warmed = 0;
  const step = (index: number) => {
    if (index >= operations.length || internals.queryPlanner !== planner) {
      done(warmed);
      return;
    }
    warmed += warmQueryPlans(gateway, [operations[index] as KnownOperation]).warmed;
    setImmediate(step, index + 1);
  };
  setImmediate(step, 0);
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
