import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { importInternalKey } from '@jobgraph/auth';
import { connect, migrate, openDatabaseServer, type Sql } from '@jobgraph/db';
import { HttpRequestError, readJsonBody, respondJson } from '@jobgraph/graphql-server';
import { createLogger, type Logger } from '@jobgraph/runtime';
import { drizzle } from 'drizzle-orm/postgres-js';
import { ZodError } from 'zod';
import { registryRoutes } from './api/routes.js';
import { AnalysisPool } from './check/worker-pool.js';
import type { RegistryContext, RegistryDatabase } from './context.js';
import * as tables from './db/schema.js';
import type { RegistryConfig } from './env.js';
import { RegistryError } from './errors.js';
import { SupergraphFeed } from './feed.js';
import { authenticate, ensureBootstrapAdmin } from './tokens.js';

export interface RunningRegistry {
  readonly url: string;
  readonly port: number;
  readonly logger: Logger;
  readonly db: RegistryDatabase;
  readonly sql: Sql;
  stop(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

function respondError(response: ServerResponse, error: unknown, logger: Logger): void {
  if (error instanceof RegistryError) {
    respondJson(response, error.status, { error: { code: error.code, message: error.message } });
    return;
  }
  if (error instanceof ZodError) {
    respondJson(response, 400, {
      error: {
        code: 'BAD_INPUT',
        message: error.issues
          .map((issue) => `${issue.path.join('.') || 'input'}: ${issue.message}`)
          .join('; '),
      },
    });
    return;
  }
  if (error instanceof HttpRequestError) {
    respondJson(response, error.status, { error: { code: 'BAD_INPUT', message: error.message } });
    return;
  }
  const incident = randomUUID();
  logger.error({ err: error, incident }, 'registry request failed');
  respondJson(response, 500, {
    error: { code: 'INTERNAL', message: `internal error (incident ${incident})` },
  });
}

/** The registry service: HTTP API over the `registry` schema. */
export async function startRegistry(config: RegistryConfig): Promise<RunningRegistry> {
  const logger = createLogger({ service: 'registry', level: config.logLevel });
  const server = await openDatabaseServer(config.database, (message) => logger.info(message));
  await migrate({ url: server.url, schema: 'registry', migrationsFolder });
  const sql = connect({
    url: server.url,
    poolSize: config.database.poolSize,
    statementTimeoutMs: config.database.statementTimeoutMs,
    applicationName: 'jobgraph-registry',
  });
  const db = drizzle(sql, { schema: tables });
  const pool = new AnalysisPool(config.analysisWorkers);
  void pool.warmUp();
  const context: RegistryContext = {
    db,
    sql,
    pool,
    signingKey: await importInternalKey(config.signingKey),
    logger,
    settings: { usageWindowDays: config.usageWindowDays, driftTimeoutMs: config.driftTimeoutMs },
  };
  if (config.adminToken) await ensureBootstrapAdmin(db, config.adminToken);
  const feed = new SupergraphFeed(db, sql);
  await feed.start();
  const routes = registryRoutes(context, feed, config.longPollMaxSeconds);

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://registry.invalid');
    if (request.method === 'GET' && url.pathname === '/health') {
      respondJson(response, 200, { status: 'ok' });
      return;
    }
    if (request.method === 'GET' && url.pathname === '/ready') {
      await sql`select 1`;
      respondJson(response, 200, { status: 'ready' });
      return;
    }
    let matched = false;
    for (const route of routes) {
      const match = route.path.exec(url.pathname);
      if (!match) continue;
      matched = true;
      if (route.method !== request.method) continue;
      const principal = await authenticate(context, request);
      const body =
        request.method === 'POST'
          ? await readJsonBody(request, config.http.bodyLimitBytes)
          : undefined;
      const result = await route.handle({
        params: match.slice(1),
        query: url.searchParams,
        principal,
        body,
        request,
      });
      if (result.status === 204) {
        response.writeHead(204).end();
      } else {
        respondJson(response, result.status ?? 200, result.json);
      }
      return;
    }
    throw new RegistryError(
      matched ? 405 : 404,
      'NOT_FOUND',
      matched ? `${request.method} is not allowed here` : `no such endpoint ${url.pathname}`,
    );
  };

  const http = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) respondError(response, error, logger);
      else response.destroy();
    });
  });
  // Long-polls are held for up to LONG_POLL_MAX_S; keep sockets longer than that.
  http.requestTimeout = (config.longPollMaxSeconds + 30) * 1000;
  http.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.http.port, config.http.host, () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  const url = `http://${config.http.host}:${port}`;
  logger.info({ url }, 'registry ready');

  return {
    url,
    port,
    logger,
    db,
    sql,
    stop: async () => {
      await feed.close();
      http.closeIdleConnections();
      await new Promise<void>((resolve) => {
        http.close(() => resolve());
        // Waiting long-polls are answered by closing the feed; force anything left.
        setTimeout(() => http.closeAllConnections(), 2000).unref();
      });
      await pool.close();
      await sql.end({ timeout: 5 });
      await server.release();
    },
  };
}
