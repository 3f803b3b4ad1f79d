import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { citySubgraph } from '@jobgraph/city';
import {
  loadDevIdentityConfig,
  type RunningDevIdentity,
  startDevIdentity,
} from '@jobgraph/dev-identity';
import { districtsSubgraph } from '@jobgraph/districts';
import { fiftyplusSubgraph } from '@jobgraph/fiftyplus';
import { loadGatewayConfig, type RunningGateway, startGateway } from '@jobgraph/gateway';
import { ministrySubgraph } from '@jobgraph/ministry';
import type { SubgraphDefinition, Tables } from '@jobgraph/subgraph-kit';
import { startTestSubgraph, type TestSubgraph } from '@jobgraph/testkit';
import { inject } from 'vitest';

export type SubgraphName = 'city' | 'districts' | 'fiftyplus' | 'ministry';

const DEFINITIONS: Readonly<Record<SubgraphName, SubgraphDefinition<Tables>>> = {
  city: citySubgraph as unknown as SubgraphDefinition<Tables>,
  districts: districtsSubgraph as unknown as SubgraphDefinition<Tables>,
  fiftyplus: fiftyplusSubgraph as unknown as SubgraphDefinition<Tables>,
  ministry: ministrySubgraph as unknown as SubgraphDefinition<Tables>,
};

export interface TestGraph {
  readonly gateway: RunningGateway;
  readonly identity: RunningDevIdentity;
  readonly subgraphs: Readonly<Record<SubgraphName, TestSubgraph<Tables>>>;
  /** `Authorization` header of a development account (see identity/accounts.json). */
  signIn(username: string): Promise<Record<string, string>>;
  /** A further gateway over the same subgraphs, with other settings (e.g. production mode). */
  startGateway(settings: Record<string, string>): Promise<RunningGateway>;
  close(): Promise<void>;
}

/**
 * Every agency's subgraph over a database of its own, the development identity provider, and a
 * gateway composed over them that verifies the provider's tokens and signs identities for the
 * subgraphs with the test run's key.
 */
export async function startGraph(settings: Record<string, string> = {}): Promise<TestGraph> {
  const keyFolder = await mkdtemp(join(tmpdir(), 'jobgraph-identity-'));
  const identity = await startDevIdentity(
    loadDevIdentityConfig({
      DEV_IDENTITY: 'enabled',
      PORT: '0',
      LOG_LEVEL: 'silent',
      KEY_FILE: join(keyFolder, 'keys.json'),
    }),
  );
  const entries = await Promise.all(
    Object.entries(DEFINITIONS).map(async ([name, definition]) => {
      const running = await startTestSubgraph(definition);
      return [name, running] as const;
    }),
  );
  const subgraphs = Object.fromEntries(entries) as Record<SubgraphName, TestSubgraph<Tables>>;
  const gateways: RunningGateway[] = [];
  const start = async (extra: Record<string, string>) => {
    const gateway = await startGateway(
      loadGatewayConfig(
        {
          PORT: '0',
          LOG_LEVEL: 'silent',
          SUBGRAPHS: entries.map(([name, running]) => `${name}=${running.url}`).join(','),
          AUTH_ISSUER: identity.issuer,
          AUTH_AUDIENCE: 'jobgraph',
          AUTH_JWKS_URL: identity.jwksUrl,
          GATEWAY_IDENTITY_PRIVATE_KEY: inject('gatewayIdentityKeys').privateJwk,
          ...settings,
          ...extra,
        },
        {},
      ),
    );
    gateways.push(gateway);
    return gateway;
  };
  const gateway = await start({});
  return {
    gateway,
    identity,
    subgraphs,
    signIn: async (username) => ({ authorization: `Bearer ${await identity.issue(username)}` }),
    startGateway: start,
    close: async () => {
      await Promise.all(gateways.map((running) => running.stop()));
      await Promise.all(entries.map(([, running]) => running.close()));
      await identity.stop();
      await rm(keyFolder, { recursive: true, force: true });
    },
  };
}
