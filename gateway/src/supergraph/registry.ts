import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Logger } from '@jobgraph/runtime';
import {
  RegistryClient,
  type SupergraphArtifact,
  verifyArtifact,
} from '@jobgraph/schema-registry/client';

type CryptoKey = Parameters<typeof verifyArtifact>[1];

import type { Supergraph, SupergraphSource } from './source.js';

export interface RegistrySourceOptions {
  readonly url: string;
  readonly token: string;
  /** The registry's public key: artifacts not signed by it are refused. */
  readonly publicKey: CryptoKey;
  /** Where the last good signed supergraph is kept, to start while the registry is down. */
  readonly cachePath: string;
  /** How long each long-poll waits for a newer version. */
  readonly waitSeconds: number;
  /** How long to wait at start for the registry to have a supergraph. */
  readonly startTimeoutMs: number;
  readonly logger: Logger;
}

const toSupergraph = (artifact: SupergraphArtifact): Supergraph => ({
  id: `v${artifact.version}`,
  version: artifact.version,
  sdl: artifact.sdl,
});

const sleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

/**
 * The supergraph from the schema registry: verified against the registry's signature, kept on
 * disk as the last good one, and followed by long-polling for newer versions. A failed fetch or a
 * refused artifact is logged and retried with backoff; it never ends the watch.
 */
export function registrySupergraph(options: RegistrySourceOptions): SupergraphSource {
  const client = new RegistryClient({ url: options.url, token: options.token, timeoutMs: 10_000 });
  const log = options.logger;

  const saveLastGood = async (artifact: SupergraphArtifact) => {
    await mkdir(dirname(options.cachePath), { recursive: true });
    const temporary = `${options.cachePath}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(artifact), { mode: 0o600 });
    await rename(temporary, options.cachePath);
  };

  const readLastGood = async (): Promise<SupergraphArtifact | undefined> => {
    let artifact: SupergraphArtifact;
    try {
      artifact = JSON.parse(await readFile(options.cachePath, 'utf8')) as SupergraphArtifact;
    } catch {
      return undefined;
    }
    try {
      await verifyArtifact(artifact, options.publicKey);
      return artifact;
    } catch (error) {
      log.error(
        { err: error, path: options.cachePath },
        'the saved supergraph is not signed by the registry; ignored',
      );
      return undefined;
    }
  };

  let current: number | null = null;
  return {
    description: `schema registry at ${options.url}`,
    load: async () => {
      const deadline = Date.now() + options.startTimeoutMs;
      let lastError: unknown;
      for (let attempt = 1; ; attempt += 1) {
        try {
          const artifact = await client.latestSupergraph(null);
          if (artifact) {
            await verifyArtifact(artifact, options.publicKey);
            await saveLastGood(artifact);
            current = artifact.version;
            return toSupergraph(artifact);
          }
          lastError = new Error('the registry has no supergraph yet');
        } catch (error) {
          lastError = error;
        }
        // The registry is down or refused: the last good supergraph lets the graph serve.
        const saved = await readLastGood();
        if (saved) {
          log.warn(
            { err: lastError, version: saved.version },
            'registry unavailable; serving the last good supergraph',
          );
          current = saved.version;
          return toSupergraph(saved);
        }
        if (Date.now() > deadline) {
          throw new Error(
            `no supergraph from the registry and none saved: ${(lastError as Error).message}`,
          );
        }
        await sleep(Math.min(2000, 200 * attempt));
      }
    },
    watch: (onUpdate) => {
      const stop = new AbortController();
      void (async () => {
        let failures = 0;
        while (!stop.signal.aborted) {
          try {
            const artifact = await client.latestSupergraph(
              current,
              options.waitSeconds,
              stop.signal,
            );
            if (!artifact || (current !== null && artifact.version <= current)) {
              failures = 0;
              continue;
            }
            await verifyArtifact(artifact, options.publicKey);
            current = artifact.version;
            failures = 0;
            // Saved after the switch (the disk is not on the way to serving it), and only if
            // the gateway took it: the last good supergraph is one it could serve.
            if (onUpdate(toSupergraph(artifact))) await saveLastGood(artifact);
          } catch (error) {
            if (stop.signal.aborted) break;
            failures += 1;
            const backoff = Math.min(30_000, 250 * 2 ** Math.min(failures, 7));
            log.warn(
              { err: error, retryInMs: backoff },
              'could not get a newer supergraph; keeping the current one',
            );
            await sleep(backoff, stop.signal);
          }
        }
      })();
      return () => stop.abort();
    },
  };
}
