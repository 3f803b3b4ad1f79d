import type { IncomingMessage } from 'node:http';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { approveCheck, approveMembership } from '../approvals.js';
import { audit, readAudit } from '../audit.js';
import type { CheckReport } from '../check/report.js';
import type { Principal, RegistryContext } from '../context.js';
import { checks } from '../db/schema.js';
import { badInput, notFound } from '../errors.js';
import type { SupergraphFeed } from '../feed.js';
import { listSubgraphs, subgraphHistory, subgraphVersion } from '../history.js';
import {
  check,
  checkRequest,
  coordinatedPublishRequest,
  deleteSubgraph,
  publish,
  publishRequest,
  publishTogether,
  subgraphName,
} from '../publish.js';
import {
  diffSupergraphs,
  rollback,
  supergraphHistory,
  supergraphVersion,
  toArtifact,
} from '../supergraph.js';
import { issueToken, listTokens, requireRole, revokeToken, tokenRequest } from '../tokens.js';
import { recordUsage, usageReport } from '../usage.js';

export interface RouteInput {
  readonly params: readonly string[];
  readonly query: URLSearchParams;
  readonly principal: Principal;
  readonly body: unknown;
  readonly request: IncomingMessage;
}

/** What a handler answers: JSON, or nothing (204) when a long-poll found no newer version. */
export type RouteResult = { readonly status?: number; readonly json?: unknown };

export interface Route {
  readonly method: 'GET' | 'POST' | 'DELETE';
  readonly path: RegExp;
  readonly handle: (input: RouteInput) => Promise<RouteResult>;
}

const NAME = '([a-z][a-z0-9-]{1,62})';
const ID = '(\\d{1,15})';
const UUID = '([0-9a-fA-F-]{36})';

const limitOf = (query: URLSearchParams, fallback: number) => {
  const value = Number(query.get('limit') ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 1000) throw badInput('limit is 1–1000');
  return value;
};

const versionOf = (text: string | null | undefined, what: string) => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) throw badInput(`${what} is a version number`);
  return value;
};

export function registryRoutes(
  context: RegistryContext,
  feed: SupergraphFeed,
  longPollMaxSeconds: number,
): Route[] {
  const route = (method: Route['method'], path: string, handle: Route['handle']): Route => ({
    method,
    path: new RegExp(`^${path}$`),
    handle,
  });
  const name = (params: readonly string[]) => subgraphName.parse(params[0]);

  return [
    route('POST', `/v1/subgraphs/${NAME}/check`, async ({ params, principal, body }) => ({
      json: await check(context, principal, name(params), checkRequest.parse(body)),
    })),
    route('POST', `/v1/subgraphs/${NAME}/publish`, async ({ params, principal, body }) => ({
      json: await publish(context, principal, name(params), publishRequest.parse(body)),
    })),
    route('POST', '/v1/graph/publish', async ({ principal, body }) => ({
      json: await publishTogether(context, principal, coordinatedPublishRequest.parse(body)),
    })),
    route('DELETE', `/v1/subgraphs/${NAME}`, async ({ params, principal }) => ({
      json: await deleteSubgraph(context, principal, name(params)),
    })),
    route('POST', `/v1/subgraphs/${NAME}/approve-membership`, async ({ params, principal }) => ({
      json: await approveMembership(context, principal, name(params)),
    })),
    route('GET', '/v1/subgraphs', async () => ({ json: await listSubgraphs(context.db) })),
    route('GET', `/v1/subgraphs/${NAME}/history`, async ({ params, query }) => ({
      json: await subgraphHistory(context.db, name(params), limitOf(query, 50)),
    })),
    route('GET', `/v1/subgraphs/${NAME}/versions/${ID}`, async ({ params }) => ({
      json: await subgraphVersion(context.db, name(params), versionOf(params[1], 'the version')),
    })),
    route('GET', `/v1/checks/${UUID}`, async ({ params }) => {
      const [row] = await context.db
        .select()
        .from(checks)
        .where(eq(checks.id, params[0] as string));
      if (!row) throw notFound(`no check ${params[0]}`);
      return { json: row.report as CheckReport };
    }),
    route('POST', `/v1/checks/${UUID}/approve`, async ({ params, principal }) => ({
      json: await approveCheck(context, principal, params[0] as string),
    })),
    route('GET', '/v1/supergraph', async ({ query, principal }) => {
      requireRole(principal, 'gateway', 'admin', 'publisher');
      const after = query.has('after') ? versionOf(query.get('after'), 'after') : null;
      const waitSeconds = Math.min(Number(query.get('wait') ?? 0) || 0, longPollMaxSeconds);
      const latest = await feed.newerThan(after, waitSeconds * 1000);
      return latest ? { json: toArtifact(latest) } : { status: 204 };
    }),
    route('GET', `/v1/supergraph/versions/${ID}`, async ({ params }) => ({
      json: toArtifact(await supergraphVersion(context.db, versionOf(params[0], 'the version'))),
    })),
    route('GET', '/v1/supergraph/history', async ({ query }) => ({
      json: await supergraphHistory(context.db, limitOf(query, 50)),
    })),
    route('GET', '/v1/supergraph/diff', async ({ query }) => ({
      json: await diffSupergraphs(
        context.db,
        versionOf(query.get('from'), 'from'),
        versionOf(query.get('to'), 'to'),
      ),
    })),
    route('POST', '/v1/supergraph/rollback', async ({ principal, body }) => {
      const { to } = z.object({ to: z.number().int().positive() }).parse(body);
      return { json: await rollback(context, principal, to) };
    }),
    route('POST', '/v1/usage', async ({ principal, body }) => {
      requireRole(principal, 'gateway');
      return { json: { recorded: await recordUsage(context.db, usageReport.parse(body)) } };
    }),
    route('POST', '/v1/tokens', async ({ principal, body }) => {
      requireRole(principal, 'admin');
      const request = tokenRequest.parse(body);
      const issued = await issueToken(context.db, request, principal.tokenId);
      await audit(context.db, principal, 'token.issue', `token:${issued.id}`, 'done', {
        role: issued.role,
        owner: issued.owner,
        label: issued.label,
      });
      return { status: 201, json: issued };
    }),
    route('GET', '/v1/tokens', async ({ principal }) => {
      requireRole(principal, 'admin');
      return { json: await listTokens(context) };
    }),
    route('DELETE', `/v1/tokens/${UUID}`, async ({ params, principal }) => {
      requireRole(principal, 'admin');
      return { json: await revokeToken(context, principal, params[0] as string) };
    }),
    route('GET', '/v1/audit', async ({ principal, query }) => {
      requireRole(principal, 'admin');
      return { json: await readAudit(context.db, limitOf(query, 100)) };
    }),
  ];
}
