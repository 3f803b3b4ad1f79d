import { fileURLToPath } from 'node:url';
import { type EmbeddedServer, ensureEmbeddedPostgres } from './embedded/ensure.js';

/** `<checkout>/.data`, found from this file's place in the repository, whatever the cwd. */
export const DEFAULT_DATA_ROOT = fileURLToPath(new URL('../../../.data', import.meta.url));

export interface DatabaseServerConfig {
  /** A server given by the user; when absent the checkout's embedded server is used. */
  readonly url?: string | undefined;
  readonly dataRoot: string;
}

export interface DatabaseServer {
  readonly url: string;
  readonly embedded?: EmbeddedServer;
  /** Stops the embedded server if this process started it; a given server is left alone. */
  release(): Promise<void>;
}

export async function openDatabaseServer(
  config: DatabaseServerConfig,
  log?: (message: string) => void,
): Promise<DatabaseServer> {
  if (config.url) {
    return { url: config.url, release: async () => undefined };
  }
  const embedded = await ensureEmbeddedPostgres({
    dataRoot: config.dataRoot,
    ...(log ? { log } : {}),
  });
  return { url: embedded.url, embedded, release: () => embedded.stop() };
}
