import { join } from 'node:path';
import { generateInternalKeyPair } from '@jobgraph/auth';
import { openDatabaseServer } from '@jobgraph/db';
import { childEnvironment, type StackConfig } from './env.js';
import { writeEnvFile } from './env-file.js';
import {
  issueGatewayToken,
  newAdminToken,
  type OwnedSubgraph,
  publishSubgraphs,
  registryKeys,
} from './registry-setup.js';
import {
  ANALYTICS,
  DEV_IDENTITY,
  GATEWAY,
  REGISTRY,
  SUBGRAPHS,
  type SubgraphSpec,
} from './services.js';
import { type RunningService, startService, stopService, waitUntilReady } from './supervisor.js';
import { loadFromAgencies, prepareWarehouse, warehouseSecrets } from './warehouse.js';

export interface RunningStack {
  readonly gatewayUrl: string;
  readonly databaseUrl: string;
  /** The development identity provider, when `pnpm start` runs one. */
  readonly identityUrl: string | undefined;
  readonly registryUrl: string;
  /** Each subgraph's URL, by name. */
  readonly subgraphUrls: Readonly<Record<string, string>>;
  /** A shell file exporting what a center needs to check and publish (see the README). */
  readonly centerEnvFile: string;
  /** With the warehouse: a shell file with its secrets and the analysts' psql URL. */
  readonly warehouseEnvFile: string | undefined;
  readonly services: readonly RunningService[];
  /** Resolves when a service exits on its own: the stack is then broken. */
  readonly failed: Promise<RunningService>;
  /** Gateway first (no new requests), then the subgraphs, then the embedded database. */
  stop(): Promise<void>;
}

const READY_TIMEOUT_MS = 120_000;

export async function startStack(
  config: StackConfig,
  write: (line: string) => void,
  colour = false,
): Promise<RunningStack> {
  const database = await openDatabaseServer(
    { url: config.DATABASE_URL, dataRoot: config.JOBGRAPH_DATA_DIR },
    (message) => write(`database  ${message}`),
  );
  const running: RunningService[] = [];
  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const service of [...running].reverse()) await stopService(service);
    await database.release();
  };

  let identityUrl: string | undefined;
  let registryUrl = '';
  let subgraphUrls: Record<string, string> = {};
  const centerEnvFile = join(config.JOBGRAPH_DATA_DIR, 'center.env');
  const warehouseEnvFile =
    config.ANALYTICS === 'enabled' ? join(config.JOBGRAPH_DATA_DIR, 'warehouse.env') : undefined;
  try {
    // The gateway signs callers' identities for the subgraphs with a key made for this run.
    const keys = await generateInternalKeyPair();
    const subgraphs: SubgraphSpec[] = SUBGRAPHS.map((spec, index) => ({
      ...spec,
      port: config.SUBGRAPH_BASE_PORT + index,
    }));
    const baseEnv = {
      ...childEnvironment(),
      DATABASE_URL: database.url,
      LOG_LEVEL: config.LOG_LEVEL,
    };
    if (config.DEV_IDENTITY === 'enabled') {
      const spec = { ...DEV_IDENTITY, port: config.IDENTITY_PORT };
      identityUrl = `http://127.0.0.1:${spec.port}`;
      const identity = startService(spec, {
        env: {
          ...baseEnv,
          DEV_IDENTITY: 'enabled',
          PORT: String(spec.port),
          ISSUER: identityUrl,
          KEY_FILE: join(config.JOBGRAPH_DATA_DIR, 'dev-identity-keys.json'),
        },
        colour,
        write,
      });
      running.push(identity);
      await waitUntilReady(identity, READY_TIMEOUT_MS);
    }
    // The registry: its signing key is kept with the data, its admin token is made per run.
    const registryKeyPair = await registryKeys(
      join(config.JOBGRAPH_DATA_DIR, 'registry-keys.json'),
    );
    const adminToken = newAdminToken();
    const registrySpec = { ...REGISTRY, port: config.REGISTRY_PORT };
    registryUrl = `http://127.0.0.1:${registrySpec.port}`;
    const registry = startService(registrySpec, {
      env: {
        ...baseEnv,
        PORT: String(registrySpec.port),
        REGISTRY_SIGNING_KEY: registryKeyPair.privateJwk,
        REGISTRY_ADMIN_TOKEN: adminToken,
      },
      colour,
      write,
    });
    running.push(registry);

    const subgraphEnv = { ...baseEnv, GATEWAY_IDENTITY_PUBLIC_KEY: JSON.stringify(keys.publicJwk) };
    const subgraphServices = subgraphs.map((spec) =>
      startService(spec, { env: { ...subgraphEnv, PORT: String(spec.port) }, colour, write }),
    );
    running.push(...subgraphServices);
    // Subgraphs start together (their migrations serialise on an advisory lock).
    await Promise.all(
      [registry, ...subgraphServices].map((service) => waitUntilReady(service, READY_TIMEOUT_MS)),
    );
    const owned = subgraphs.map(ownedSubgraph);
    subgraphUrls = Object.fromEntries(owned.map((subgraph) => [subgraph.name, subgraph.url]));

    /**
     * With the agencies seeded, the warehouse is loaded from them while the agencies and centers
     * are published. Analytics needs the report views, not their rows: it starts as soon as the
     * warehouse is migrated, and is published once it is ready and the agencies are in the graph.
     */
    const othersPublished = publishSubgraphs(registryUrl, adminToken, owned, (line) => write(line));
    const startAnalytics = async (envFile: string): Promise<OwnedSubgraph> => {
      const secrets = await warehouseSecrets(envFile, config.WAREHOUSE_PERSON_KEY);
      const analystDatabaseUrl = await prepareWarehouse(database.url, envFile, secrets).catch(
        (error: unknown) => {
          throw new Error(
            `the warehouse could not be prepared: ${(error as Error).message} ` +
              '(ANALYTICS=disabled starts the graph without it)',
            { cause: error },
          );
        },
      );
      const spec = { ...ANALYTICS, port: config.SUBGRAPH_BASE_PORT + SUBGRAPHS.length };
      // Least privilege: the analysts' role, and not the owner's URL in its environment at all.
      const { DATABASE_URL: _owner, ...analyticsEnv } = subgraphEnv;
      const service = startService(spec, {
        env: {
          ...analyticsEnv,
          PORT: String(spec.port),
          ANALYTICS_DATABASE_URL: analystDatabaseUrl,
        },
        colour,
        write,
      });
      running.push(service);
      const analytics = ownedSubgraph(spec);
      const published = (async () => {
        await waitUntilReady(service, READY_TIMEOUT_MS);
        await othersPublished;
        await publishSubgraphs(registryUrl, adminToken, [analytics], (line) => write(line));
      })();
      await Promise.all([loadFromAgencies(database.url, secrets, write), published]);
      return analytics;
    };
    const [founded, analytics] = await Promise.allSettled([
      othersPublished,
      warehouseEnvFile ? startAnalytics(warehouseEnvFile) : Promise.resolve(undefined),
    ]);
    if (founded.status === 'rejected') throw founded.reason;
    if (analytics.status === 'rejected') throw analytics.reason;
    if (analytics.value) subgraphUrls[analytics.value.name] = analytics.value.url;
    await writeEnvFile(centerEnvFile, {
      JOBGRAPH_REGISTRY_URL: registryUrl,
      JOBGRAPH_TOKEN: founded.value.publisherTokens['moel-seoul-gwanak'] ?? '',
      DATABASE_URL: database.url,
      GATEWAY_IDENTITY_PUBLIC_KEY: JSON.stringify(keys.publicJwk),
    });

    const gatewaySpec = { ...GATEWAY, port: config.GATEWAY_PORT };
    const gateway = startService(gatewaySpec, {
      env: {
        ...baseEnv,
        PORT: String(gatewaySpec.port),
        GATEWAY_IDENTITY_PRIVATE_KEY: JSON.stringify(keys.privateJwk),
        ...(identityUrl
          ? {
              AUTH_ISSUER: identityUrl,
              AUTH_AUDIENCE: 'jobgraph',
              AUTH_JWKS_URL: `${identityUrl}/jwks.json`,
            }
          : {}),
        REGISTRY_URL: registryUrl,
        REGISTRY_TOKEN: await issueGatewayToken(registryUrl, adminToken),
        REGISTRY_PUBLIC_KEY: registryKeyPair.publicJwk,
        SUPERGRAPH_CACHE_PATH: join(
          config.JOBGRAPH_DATA_DIR,
          `gateway-${config.GATEWAY_PORT}-supergraph.json`,
        ),
      },
      colour,
      write,
    });
    running.push(gateway);
    await waitUntilReady(gateway, READY_TIMEOUT_MS);
  } catch (error) {
    await stop();
    throw error;
  }

  const failed = new Promise<RunningService>((resolve) => {
    for (const service of running) {
      void service.exited.then(() => {
        if (!stopping) resolve(service);
      });
    }
  });
  return {
    gatewayUrl: `http://localhost:${config.GATEWAY_PORT}/graphql`,
    databaseUrl: database.url,
    identityUrl,
    registryUrl,
    subgraphUrls,
    centerEnvFile,
    warehouseEnvFile,
    services: running,
    failed,
    stop,
  };
}

/** A subgraph as the registry knows it: name, owner, URL. */
function ownedSubgraph(spec: SubgraphSpec): OwnedSubgraph {
  return {
    name: spec.name,
    owner: spec.owner,
    url: `http://127.0.0.1:${spec.port}/graphql`,
    founding: spec.founding,
  };
}
