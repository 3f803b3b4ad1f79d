import { openDatabaseServer } from '@jobgraph/db';
import { childEnvironment, type StackConfig } from './env.js';
import { GATEWAY, type ServiceSpec, SUBGRAPHS } from './services.js';
import { type RunningService, startService, stopService, waitUntilReady } from './supervisor.js';

export interface RunningStack {
  readonly gatewayUrl: string;
  readonly databaseUrl: string;
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

  try {
    const subgraphs: ServiceSpec[] = SUBGRAPHS.map((spec, index) => ({
      ...spec,
      port: config.SUBGRAPH_BASE_PORT + index,
    }));
    const baseEnv = {
      ...childEnvironment(),
      DATABASE_URL: database.url,
      LOG_LEVEL: config.LOG_LEVEL,
    };
    for (const spec of subgraphs) {
      running.push(
        startService(spec, { env: { ...baseEnv, PORT: String(spec.port) }, colour, write }),
      );
    }
    // Subgraphs start together (their migrations serialise on an advisory lock).
    await Promise.all(running.map((service) => waitUntilReady(service, READY_TIMEOUT_MS)));

    const gatewaySpec = { ...GATEWAY, port: config.GATEWAY_PORT };
    const gateway = startService(gatewaySpec, {
      env: {
        ...baseEnv,
        PORT: String(gatewaySpec.port),
        SUBGRAPHS: subgraphs
          .map((spec) => `${spec.name}=http://127.0.0.1:${spec.port}/graphql`)
          .join(','),
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
    services: running,
    failed,
    stop,
  };
}
