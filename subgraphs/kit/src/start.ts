import { randomUUID } from 'node:crypto';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { IDENTITY_HEADER, importInternalKey, verifyIdentity } from '@jobgraph/auth';
import {
  connect,
  countMigrations,
  migrate,
  openDatabaseServer,
  pendingMigrations,
  type Sql,
  StatementCounter,
} from '@jobgraph/db';
import { createErrorFormatter, ErrorCode, serveGraphQL } from '@jobgraph/graphql-server';
import { createLogger, type Logger } from '@jobgraph/runtime';
import { drizzle } from 'drizzle-orm/postgres-js';
import type { DocumentNode } from 'graphql';
import { type AccessLogTable, AccessRecorder } from './access-log.js';
import type { SubgraphContext, SubgraphDatabase, Tables } from './context.js';
import type { DatabaseLogin, SubgraphConfig } from './env.js';
import { healthRoute, readinessRoute } from './health.js';
import { LoaderRegistry } from './loaders.js';

/** Apollo's resolver map, as `buildSubgraphSchema` takes it. */
type ApolloResolverMap = Extract<
  Parameters<typeof buildSubgraphSchema>[0],
  { resolvers?: unknown }
>['resolvers'];

export interface SubgraphDefinition<T extends Tables> {
  /** The subgraph's name in the supergraph and its Postgres schema. */
  readonly name: string;
  readonly typeDefs: DocumentNode;
  /** Resolvers typed by the subgraph's generated `Resolvers` (graphql-codegen, federation mode). */
  readonly resolvers: object;
  /** drizzle tables, for typed queries (`db.query.<table>`). */
  readonly tables: T;
  /**
   * The package's drizzle-kit output folder, applied at start. Absent for a subgraph that owns no
   * schema (analytics reads the warehouse's report views, which the warehouse migrates).
   */
  readonly migrationsFolder?: string;
  /** Further `/ready` checks over the subgraph's pool (e.g. the views it reads exist). */
  readonly readiness?: ReadonlyArray<{
    readonly name: string;
    readonly check: (sql: Sql) => Promise<string | undefined>;
  }>;
  /** Where staff reads of other people's personal data are recorded (see `accessLogTable`). */
  readonly accessLog?: AccessLogTable;
  /** Loads the subgraph's seed data; must be idempotent (see `seedOnce`). */
  readonly seed?: (db: SubgraphDatabase<T>, logger: Logger) => Promise<void>;
}

export interface RunningSubgraph<T extends Tables> {
  readonly name: string;
  readonly url: string;
  readonly port: number;
  readonly db: SubgraphDatabase<T>;
  readonly sql: Sql;
  /** Every statement this subgraph has sent, for tests that prove there is no N+1. */
  readonly statements: StatementCounter;
  readonly logger: Logger;
  stop(): Promise<void>;
}

/**
 * Starts a subgraph: database (embedded or given), migrations, seed, then Apollo Server over
 * `buildSubgraphSchema` on node:http with `/health` and `/ready`.
 */
export async function startSubgraph<T extends Tables>(
  definition: SubgraphDefinition<T>,
  config: SubgraphConfig,
): Promise<RunningSubgraph<T>> {
  const logger = createLogger({ service: definition.name, level: config.logLevel });
  const server = await openDatabaseServer(config.database, (message) => logger.info(message));
  const cleanups: Array<() => Promise<void>> = [() => server.release()];
  const cleanUp = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };

  try {
    const gatewayKey = config.gatewayIdentityKey
      ? await importInternalKey(config.gatewayIdentityKey)
      : undefined;
    if (!gatewayKey) logger.warn('no gateway identity key: every request is anonymous');
    const schemaName = definition.name;
    const { migrationsFolder } = definition;
    if (migrationsFolder) {
      await migrate({ url: server.url, schema: schemaName, migrationsFolder });
    }
    const expectedMigrations = migrationsFolder ? await countMigrations(migrationsFolder) : 0;

    const statements = new StatementCounter();
    const login = config.database.login;
    const sql = connect({
      url: login ? loginUrl(server.url, login) : server.url,
      poolSize: config.database.poolSize,
      statementTimeoutMs: config.database.statementTimeoutMs,
      applicationName: `jobgraph-${definition.name}`,
      onStatement: statements.record,
    });
    cleanups.push(() => sql.end({ timeout: 5 }));
    // Without migrations nothing has connected yet: a wrong login fails the start, not /ready.
    if (!migrationsFolder) await sql`select 1`;
    const db = drizzle(sql, { schema: definition.tables }) as SubgraphDatabase<T>;
    if (definition.seed) await definition.seed(db, logger);

    const apollo = new ApolloServer<SubgraphContext<T>>({
      schema: buildSubgraphSchema({
        typeDefs: definition.typeDefs,
        // Codegen's resolver types are stricter than Apollo's loose map; the shapes agree.
        resolvers: definition.resolvers as ApolloResolverMap,
      }),
      formatError: createErrorFormatter(logger),
      includeStacktraceInErrorResponses: false,
      // runMain owns signals: it drains HTTP first, then stops Apollo.
      stopOnTerminationSignals: false,
      // No Apollo Studio traces and no HTTP caching of subgraph answers here: both plugins
      // instrument every field of every request, for nothing.
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        ApolloServerPluginCacheControlDisabled(),
        {
          // Accesses are written before the answer leaves; if they cannot be, no data leaves.
          async requestDidStart() {
            return {
              async willSendResponse({ contextValue, response }) {
                if (contextValue.access.pending === 0) return;
                try {
                  if (!definition.accessLog)
                    throw new Error(`${definition.name} has no access log`);
                  await contextValue.access.flush(db, definition.accessLog);
                } catch (error) {
                  logger.error({ err: error }, 'could not record accesses; answer withheld');
                  if (response.body.kind === 'single') {
                    response.body.singleResult = {
                      errors: [
                        { message: 'Internal error', extensions: { code: ErrorCode.INTERNAL } },
                      ],
                    };
                  }
                }
              },
            };
          },
        },
      ],
      logger,
    });
    await apollo.start();
    cleanups.push(() => apollo.stop());

    const http = await serveGraphQL({
      apollo,
      host: config.http.host,
      port: config.http.port,
      bodyLimitBytes: config.http.bodyLimitBytes,
      onError: (error) => logger.error({ err: error }, 'request failed outside GraphQL'),
      context: async (request) => {
        const requestId = randomUUID();
        const loaders = new LoaderRegistry<SubgraphContext<T>>();
        const header = request.headers[IDENTITY_HEADER];
        const viewer = await verifyIdentity(
          typeof header === 'string' ? header : undefined,
          gatewayKey,
        );
        const context: SubgraphContext<T> = {
          requestId,
          viewer,
          access: new AccessRecorder(viewer, requestId),
          logger: logger.child({ requestId }),
          db,
          sql,
          loaders,
        };
        loaders.bind(context);
        return context;
      },
      routes: {
        '/health': healthRoute,
        '/ready': readinessRoute([
          {
            name: 'database',
            check: async () => {
              await sql`select 1`;
              return undefined;
            },
          },
          ...(migrationsFolder
            ? [
                {
                  name: 'migrations',
                  check: async () => {
                    const pending = await pendingMigrations(
                      sql,
                      { schema: schemaName },
                      expectedMigrations,
                    );
                    return pending === 0 ? undefined : `${pending} migrations not applied`;
                  },
                },
              ]
            : []),
          ...(definition.readiness ?? []).map(({ name, check }) => ({
            name,
            check: () => check(sql),
          })),
        ]),
      },
    });
    cleanups.push(() => http.close());
    logger.info({ url: http.url }, `${definition.name} subgraph ready`);
    let stopped: Promise<void> | undefined;

    return {
      name: definition.name,
      url: http.url,
      port: http.port,
      db,
      sql,
      statements,
      logger,
      // Stopping twice (a test stopping a subgraph, then closing everything) stops once.
      stop: () => {
        stopped ??= cleanUp();
        return stopped;
      },
    };
  } catch (error) {
    await cleanUp().catch(() => undefined);
    throw error;
  }
}

/** The server's URL with another role's user name and password in it. */
function loginUrl(serverUrl: string, login: DatabaseLogin): string {
  const url = new URL(serverUrl);
  url.username = encodeURIComponent(login.user);
  url.password = encodeURIComponent(login.password);
  return url.toString();
}
