import { randomBytes } from 'node:crypto';
import { generateInternalKeyPair, importInternalKey } from '@jobgraph/auth';
import type { ScratchDatabase } from '@jobgraph/db/testing';
import { scratchDatabase } from '@jobgraph/testkit';
import type { CryptoKey } from 'jose';
import { RegistryClient } from '../../src/client/registry-client.js';
import { loadRegistryConfig } from '../../src/env.js';
import { type RunningRegistry, startRegistry } from '../../src/server.js';

export interface TestRegistry {
  readonly running: RunningRegistry;
  readonly url: string;
  readonly admin: RegistryClient;
  readonly database: ScratchDatabase;
  readonly publicKey: CryptoKey;
  readonly publicJwk: string;
  /** A publisher client for an owner (a fresh token each call). */
  publisher(owner: string): Promise<RegistryClient>;
  gateway(): Promise<RegistryClient>;
  /** Stops the service only (the registry is down; its database stays until close). */
  stopService(): Promise<void>;
  close(): Promise<void>;
}

export async function startTestRegistry(
  env: Record<string, string> = {},
  existing?: {
    database: ScratchDatabase;
    signingKey: string;
    publicJwk: string;
    adminToken: string;
  },
): Promise<TestRegistry> {
  const database = existing?.database ?? (await scratchDatabase('registry'));
  const keys = existing
    ? { privateJwk: existing.signingKey, publicJwk: existing.publicJwk }
    : await generateInternalKeyPair().then((pair) => ({
        privateJwk: JSON.stringify(pair.privateJwk),
        publicJwk: JSON.stringify(pair.publicJwk),
      }));
  const adminToken = existing?.adminToken ?? `jgr_${randomBytes(32).toString('base64url')}`;
  const running = await startRegistry(
    loadRegistryConfig({
      DATABASE_URL: database.url,
      PORT: '0',
      LOG_LEVEL: 'silent',
      REGISTRY_SIGNING_KEY: keys.privateJwk,
      REGISTRY_ADMIN_TOKEN: adminToken,
      ...env,
    }),
  );
  let stopped = false;
  const admin = new RegistryClient({ url: running.url, token: adminToken });
  const client = async (request: Parameters<RegistryClient['issueToken']>[0]) =>
    new RegistryClient({ url: running.url, token: (await admin.issueToken(request)).secret });
  return {
    running,
    url: running.url,
    admin,
    database,
    publicKey: await importInternalKey(keys.publicJwk),
    publicJwk: keys.publicJwk,
    publisher: (owner) => client({ role: 'publisher', owner, label: `${owner} publisher` }),
    gateway: () => client({ role: 'gateway', label: 'test gateway' }),
    stopService: async () => {
      if (stopped) return;
      stopped = true;
      await running.stop();
    },
    close: async () => {
      if (!stopped) await running.stop();
      stopped = true;
      if (!existing) await database.drop();
    },
  };
}
