import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadGatewayConfig, type RunningGateway, startGateway } from '@jobgraph/gateway';
import type { RegistryClient } from '@jobgraph/schema-registry/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRegistry, type TestRegistry } from '../schema/test/support/registry.js';
import { type SdlService, startSdlService } from '../schema/test/support/sdl-service.js';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])`;

const citySdl = `${LINK}
"""Regions."""
type Query {
  regions: [Region!]!
}
"""A region by official code."""
type Region @key(fields: "code") {
  code: ID!
  name: String!
  population: Int
}
`;

/** Gwanak's subgraph with `extras` additional fields, as each publish in the test adds one. */
const gwanakSdl = (extras: number) => `${LINK}
type Region @key(fields: "code") {
  code: ID!
  """Partner employers."""
  partnerEmployerCount: Int!
${Array.from({ length: extras }, (_, index) => `  """Field ${index + 1}."""\n  extra${index + 1}: String!`).join('\n')}
}
`;

const cityResolvers = {
  Query: {
    regions: () => [
      { code: '11620', name: 'Gwanak-gu' },
      { code: '11530', name: 'Guro-gu' },
    ],
  },
};
const gwanakResolvers = {
  Region: {
    __resolveReference: (reference: { code: string }) =>
      new Proxy(
        { code: reference.code, partnerEmployerCount: reference.code.length },
        {
          get: (target, key) =>
            key in target ? target[key as keyof typeof target] : `value of ${String(key)}`,
        },
      ),
  },
};

async function ask(gateway: RunningGateway, query: string) {
  const response = await fetch(gateway.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data?: unknown; errors?: Array<{ message: string }> },
  };
}

describe('the gateway on the schema registry', () => {
  let registry: TestRegistry;
  let cityService: SdlService;
  let gwanakService: SdlService;
  let gwanak: RegistryClient;
  let city: RegistryClient;
  let gateway: RunningGateway;
  let cacheFolder: string;
  let gatewayToken: string;

  const startOurGateway = async (extra: Record<string, string> = {}) =>
    startGateway(
      loadGatewayConfig({
        PORT: '0',
        LOG_LEVEL: 'silent',
        MODE: 'development',
        REGISTRY_URL: registry.url,
        REGISTRY_TOKEN: gatewayToken,
        REGISTRY_PUBLIC_KEY: registry.publicJwk,
        REGISTRY_WAIT_S: '20',
        SUPERGRAPH_CACHE_PATH: join(cacheFolder, 'supergraph.json'),
        SUBGRAPH_WAIT_MS: '3000',
        KNOWN_OPERATIONS_DIR: join(cacheFolder, 'no-operations'),
        USAGE_FLUSH_MS: '200',
        ...extra,
      }),
    );

  beforeAll(async () => {
    cacheFolder = await mkdtemp(join(tmpdir(), 'jobgraph-gateway-cache-'));
    registry = await startTestRegistry();
    cityService = await startSdlService(citySdl, cityResolvers);
    gwanakService = await startSdlService(gwanakSdl(0), gwanakResolvers);
    city = await registry.publisher('city');
    gwanak = await registry.publisher('moel-seoul-gwanak');
    await city.publish('city', { sdl: citySdl, url: cityService.url });
    await registry.admin.approveMembership('city');
    await city.publish('city', { sdl: citySdl, url: cityService.url });
    await gwanak.publish('gwanak', { sdl: gwanakSdl(0), url: gwanakService.url });
    await registry.admin.approveMembership('gwanak');
    await gwanak.publish('gwanak', { sdl: gwanakSdl(0), url: gwanakService.url });
    gatewayToken = (await registry.admin.issueToken({ role: 'gateway', label: 'gateway' })).secret;
    gateway = await startOurGateway();
  });
  afterAll(async () => {
    await gateway?.stop();
    await cityService?.close();
    await gwanakService?.close();
    await registry?.close();
    await rm(cacheFolder, { recursive: true, force: true });
  });

  it('serves the registry’s supergraph', async () => {
    const { body } = await ask(gateway, '{ regions { code name partnerEmployerCount } }');
    expect(body).toEqual({
      data: {
        regions: [
          { code: '11620', name: 'Gwanak-gu', partnerEmployerCount: 5 },
          { code: '11530', name: 'Guro-gu', partnerEmployerCount: 5 },
        ],
      },
    });
  });

  it('records the coordinates operations use, per client, so a breaking change to them is refused', async () => {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollographql-client-name': 'seoul-portal',
        'apollographql-client-version': '4.2.0',
      },
      body: JSON.stringify({ query: '{ regions { code name partnerEmployerCount } }' }),
    });
    expect(response.status).toBe(200);
    const withoutName = citySdl.replace('  name: String!\n', '');
    await expect
      .poll(
        async () =>
          (await city.check('city', { sdl: withoutName })).changes.find(
            (change) => change.coordinate === 'Region.name',
          )?.usage,
        { timeout: 10_000 },
      )
      .toEqual({
        operations: expect.any(Number),
        clients: expect.arrayContaining(['seoul-portal@4.2.0']),
      });
    const report = await city.check('city', { sdl: withoutName });
    expect(report.passed).toBe(false);
    expect(report.blockers.map((blocker) => blocker.code)).toEqual(['BREAKING_CHANGE']);

    // Nobody asked for the population: removing it is safe.
    const withoutPopulation = await city.check('city', {
      sdl: citySdl.replace('  population: Int\n', ''),
    });
    expect(withoutPopulation.changes).toEqual([
      expect.objectContaining({
        coordinate: 'Region.population',
        criticality: 'BREAKING',
        safeBecauseUnused: true,
      }),
    ]);
    expect(withoutPopulation.passed).toBe(true);
  });

  it('takes 20 publishes under load without a failed request, live within a second', async () => {
    let stop = false;
    let requests = 0;
    const failures: unknown[] = [];
    const client = async () => {
      while (!stop) {
        const result = await ask(gateway, '{ regions { code name partnerEmployerCount } }');
        requests += 1;
        if (result.status !== 200 || result.body.errors) failures.push(result.body);
      }
    };
    const clients = Array.from({ length: 4 }, client);
    const liveAfterMs: number[] = [];
    try {
      for (let publish = 1; publish <= 20; publish += 1) {
        gwanakService.deploy(gwanakSdl(publish), gwanakResolvers);
        const started = performance.now();
        const result = await gwanak.publish('gwanak', {
          sdl: gwanakSdl(publish),
          url: gwanakService.url,
        });
        expect(result.published).toBe(true);
        const published = performance.now();
        for (;;) {
          const { body } = await ask(gateway, `{ regions { extra${publish} } }`);
          if (!body.errors) break;
          if (performance.now() - started > 10_000)
            throw new Error(`extra${publish} never went live`);
          await new Promise((resolve) => setTimeout(resolve, 10));
        }
        liveAfterMs.push(performance.now() - published);
      }
    } finally {
      stop = true;
      await Promise.all(clients);
    }
    expect(requests).toBeGreaterThan(20);
    expect(failures).toEqual([]);
    // Within a second as a rule; a busy machine (tests share two cores) may stretch one switch.
    const sorted = [...liveAfterMs].sort((a, b) => a - b);
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(1000);
    expect(sorted[sorted.length - 1]).toBeLessThan(3000);
  });

  it('refuses a supergraph the registry did not sign, and takes the next good one', async () => {
    const latest = await registry.admin.latestSupergraph(null);
    if (!latest) throw new Error('no supergraph');
    // Someone with database access slips in a version with a forged SDL.
    const forged = latest.sdl.replace('partnerEmployerCount', 'forgedCount');
    await registry.running.sql`
      insert into registry.supergraph_versions (supergraph_sdl, api_sdl, members, signature, cause, subject, token_id)
      select ${forged}, api_sdl, members, signature, 'publish', 'forged', token_id
      from registry.supergraph_versions where id = ${latest.version}`;
    await registry.running.sql`select pg_notify('registry_supergraph', 'forged')`;
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await ask(gateway, '{ regions { forgedCount } }')).body.errors).toBeDefined();
    expect(
      (await ask(gateway, '{ regions { partnerEmployerCount } }')).body.errors,
    ).toBeUndefined();
    const saved = JSON.parse(await readFile(join(cacheFolder, 'supergraph.json'), 'utf8')) as {
      sdl: string;
    };
    expect(saved.sdl).not.toContain('forgedCount');

    // A later, properly signed version still arrives.
    gwanakService.deploy(gwanakSdl(21), gwanakResolvers);
    await gwanak.publish('gwanak', { sdl: gwanakSdl(21), url: gwanakService.url });
    await expect
      .poll(async () => (await ask(gateway, '{ regions { extra21 } }')).body.errors, {
        timeout: 10_000,
      })
      .toBeUndefined();
  });

  it('rolls back the API through the registry', async () => {
    const history = await registry.admin.supergraphHistory();
    const firstWithGwanak = [...history]
      .reverse()
      .find((entry) => entry.members.some((member) => member.subgraph === 'gwanak'));
    await registry.admin.rollback(firstWithGwanak?.version as number);
    await expect
      .poll(async () => (await ask(gateway, '{ regions { extra1 } }')).body.errors, {
        timeout: 10_000,
      })
      .toBeDefined();
    expect(
      (await ask(gateway, '{ regions { partnerEmployerCount } }')).body.errors,
    ).toBeUndefined();
  });

  it('starts and serves the last good supergraph while the registry is down, and refuses a tampered one', async () => {
    const saved = await readFile(join(cacheFolder, 'supergraph.json'), 'utf8');
    await gateway.stop();
    await registry.stopService();
    gateway = await startOurGateway();
    const { body } = await ask(gateway, '{ regions { code partnerEmployerCount } }');
    expect(body.errors).toBeUndefined();
    await gateway.stop();

    const artifact = JSON.parse(saved) as { sdl: string };
    await writeFile(
      join(cacheFolder, 'supergraph.json'),
      JSON.stringify({
        ...artifact,
        sdl: artifact.sdl.replace('partnerEmployerCount', 'tamperedCount'),
      }),
    );
    await expect(startOurGateway()).rejects.toThrow(
      /no supergraph from the registry and none saved/,
    );
    gateway = undefined as unknown as RunningGateway;
  });
});
