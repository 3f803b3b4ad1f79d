import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ArtifactSignatureError, verifyArtifact } from '../src/client/artifact.js';
import { RegistryClient, RegistryRequestError } from '../src/client/registry-client.js';
import { startTestRegistry, type TestRegistry } from './support/registry.js';
import { type SdlService, startSdlService } from './support/sdl-service.js';

const LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@override"])`;

const cityV1 = `${LINK}
"""Regions by official code."""
type Query {
  regions: [Region!]!
  region(code: ID!): Region
}
"""A region (sido or sigungu) by its official code."""
type Region @key(fields: "code") {
  code: ID!
  name: String!
  nameEn: String!
  population: Int
}
`;

const gwanakV1 = `${LINK}
type Region @key(fields: "code") {
  code: ID!
  """Partner employers of the Gwanak center in the region."""
  partnerEmployerCount: Int!
}
`;

const gwanakV2 = gwanakV1.replace(
  '  partnerEmployerCount: Int!\n',
  '  partnerEmployerCount: Int!\n  """Healthcare partners."""\n  healthcarePartnerCount: Int!\n',
);

async function refused(promise: Promise<unknown>): Promise<RegistryRequestError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof RegistryRequestError) return error;
    throw error;
  }
  throw new Error('expected the registry to refuse');
}

describe('schema registry', () => {
  let registry: TestRegistry;
  let city: RegistryClient;
  let gwanak: RegistryClient;
  let gumi: RegistryClient;
  let cityService: SdlService;
  let gwanakService: SdlService;

  beforeAll(async () => {
    registry = await startTestRegistry();
    city = await registry.publisher('city');
    gwanak = await registry.publisher('moel-seoul-gwanak');
    gumi = await registry.publisher('moel-gumi');
    cityService = await startSdlService(cityV1);
    gwanakService = await startSdlService(gwanakV1);
  });
  afterAll(async () => {
    await cityService?.close();
    await gwanakService?.close();
    await registry?.close();
  });

  it('admits a new subgraph name only after an admin approves it', async () => {
    const first = await city.publish('city', { sdl: cityV1, url: cityService.url });
    expect(first.published).toBe(false);
    expect(first.check.membership).toBe('new');
    expect(first.check.blockers.map((blocker) => blocker.code)).toEqual(['NEW_SUBGRAPH']);
    expect(await registry.admin.supergraphHistory()).toEqual([]);

    // Only an admin decides; the proposer cannot approve itself.
    expect((await refused(city.approveMembership('city'))).status).toBe(403);
    await registry.admin.approveMembership('city');
    const second = await city.publish('city', { sdl: cityV1, url: cityService.url });
    expect(second.published).toBe(true);
    expect(second.supergraphVersion).toBeGreaterThan(0);

    await gwanak.publish('gwanak', { sdl: gwanakV1, url: gwanakService.url });
    await registry.admin.approveMembership('gwanak');
    const joined = await gwanak.publish('gwanak', { sdl: gwanakV1, url: gwanakService.url });
    expect(joined.published).toBe(true);
    const artifact = await registry.admin.latestSupergraph(null);
    expect(artifact?.sdl).toContain('partnerEmployerCount');
  });

  it('publishes the same input once: a re-run returns the earlier result', async () => {
    const before = await registry.admin.supergraphHistory();
    const again = await gwanak.publish('gwanak', { sdl: gwanakV1, url: gwanakService.url });
    expect(again).toMatchObject({ published: true, unchanged: true });
    expect(again.supergraphVersion).toBe(before[0]?.version);
    expect(await registry.admin.supergraphHistory()).toHaveLength(before.length);
  });

  it('refuses a schema that does not compose, with the problem as data, and leaves the graph alone', async () => {
    const before = await registry.admin.latestSupergraph(null);
    const clash = gwanakV1.replace(
      '  partnerEmployerCount: Int!\n',
      '  partnerEmployerCount: Int!\n  name: Int!\n',
    );
    const report = await gwanak.check('gwanak', { sdl: clash });
    expect(report.passed).toBe(false);
    expect(report.composition.ok).toBe(false);
    const problem = report.composition.problems[0];
    expect(problem?.code).toMatch(/^[A-Z_]+$/);
    expect(problem?.coordinate).toBe('Region.name');
    expect(problem?.fix.length).toBeGreaterThan(10);

    gwanakService.deploy(clash);
    const result = await gwanak.publish('gwanak', { sdl: clash, url: gwanakService.url });
    gwanakService.deploy(gwanakV1);
    expect(result.published).toBe(false);
    expect(result.check.blockers.map((blocker) => blocker.code)).toContain('COMPOSITION_FAILED');
    expect((await registry.admin.latestSupergraph(null))?.version).toBe(before?.version);
  });

  it('refuses a publish whose service serves another schema', async () => {
    const result = await gwanak.publish('gwanak', { sdl: gwanakV2, url: gwanakService.url });
    expect(result.published).toBe(false);
    expect(result.check.blockers.map((blocker) => blocker.code)).toEqual(['SCHEMA_DRIFT']);
    gwanakService.deploy(gwanakV2);
    const deployed = await gwanak.publish('gwanak', { sdl: gwanakV2, url: gwanakService.url });
    expect(deployed.published).toBe(true);
    expect(deployed.check.changes.map((change) => change.type)).toContain('FIELD_ADDED');
  });

  it('keeps each center to its own subgraph names', async () => {
    const error = await refused(gumi.publish('gwanak', { sdl: gwanakV1, url: gwanakService.url }));
    expect(error.status).toBe(403);
    expect(error.message).toContain('moel-seoul-gwanak');
    expect((await refused(gumi.check('city', { sdl: cityV1 }))).status).toBe(403);
  });

  it('refuses a takeover of another agency’s field until that agency approves', async () => {
    const takeover = gwanakV2.replace(
      '  partnerEmployerCount: Int!\n',
      '  partnerEmployerCount: Int!\n  population: Int @override(from: "city")\n',
    );
    const report = await gwanak.check('gwanak', { sdl: takeover });
    expect(report.composition.ok).toBe(true);
    expect(report.ownership).toEqual([
      expect.objectContaining({
        kind: 'override',
        coordinate: 'Region.population',
        otherOwner: 'city',
        approved: false,
      }),
    ]);
    expect(report.blockers.map((blocker) => blocker.code)).toEqual(['OWNERSHIP']);

    // Neither the center itself nor another center may approve it: only the owner.
    expect((await refused(gwanak.approveCheck(report.id))).status).toBe(403);
    expect((await refused(gumi.approveCheck(report.id))).status).toBe(403);
    const approval = await city.approveCheck(report.id);
    expect(approval.approved).toEqual([
      expect.objectContaining({ kind: 'ownership', coordinate: 'Region.population' }),
    ]);
    const after = await gwanak.check('gwanak', { sdl: takeover });
    expect(after.ownership[0]?.approved).toBe(true);
    expect(after.passed).toBe(true);
  });

  it('refuses a breaking change to used fields until an admin approves it, and lets it through on re-runs', async () => {
    const gateway = await registry.gateway();
    const today = new Date().toISOString().slice(0, 10);
    await gateway.reportUsage([
      {
        day: today,
        coordinate: 'Region.nameEn',
        clientName: 'seoul-portal',
        clientVersion: '3.1',
        operations: 42,
      },
      {
        day: today,
        coordinate: 'Query.regions',
        clientName: 'seoul-portal',
        clientVersion: '3.1',
        operations: 42,
      },
    ]);
    const withoutNameEn = cityV1.replace('  nameEn: String!\n', '');
    const report = await city.check('city', { sdl: withoutNameEn });
    const removal = report.changes.find((change) => change.coordinate === 'Region.nameEn');
    expect(removal).toMatchObject({
      type: 'FIELD_REMOVED',
      criticality: 'BREAKING',
      safeBecauseUnused: false,
      approved: false,
      usage: { operations: 42, clients: ['seoul-portal@3.1'] },
    });
    expect(report.passed).toBe(false);
    // The owner cannot wave its own breaking change through.
    expect((await refused(city.approveCheck(report.id))).status).toBe(403);

    await registry.admin.approveCheck(report.id);
    cityService.deploy(withoutNameEn);
    const published = await city.publish('city', { sdl: withoutNameEn, url: cityService.url });
    expect(published.published).toBe(true);
    expect(
      published.check.changes.find((change) => change.coordinate === 'Region.nameEn')?.approved,
    ).toBe(true);
  });

  it('reports a breaking change to a field nobody used as safe', async () => {
    const withoutPopulation = cityV1
      .replace('  nameEn: String!\n', '')
      .replace('  population: Int\n', '');
    cityService.deploy(withoutPopulation);
    const result = await city.publish('city', { sdl: withoutPopulation, url: cityService.url });
    const removal = result.check.changes.find(
      (change) => change.coordinate === 'Region.population',
    );
    expect(removal).toMatchObject({
      criticality: 'BREAKING',
      safeBecauseUnused: true,
      usage: { operations: 0 },
    });
    expect(result.published).toBe(true);
  });

  it('signs every supergraph; a tampered one fails verification', async () => {
    const artifact = await registry.admin.latestSupergraph(null);
    if (!artifact) throw new Error('no supergraph');
    await verifyArtifact(artifact, registry.publicKey);
    await expect(
      verifyArtifact(
        { ...artifact, sdl: artifact.sdl.replace('partnerEmployerCount', 'partnerEmployerCounts') },
        registry.publicKey,
      ),
    ).rejects.toBeInstanceOf(ArtifactSignatureError);
    await expect(
      verifyArtifact({ ...artifact, version: artifact.version + 1 }, registry.publicKey),
    ).rejects.toBeInstanceOf(ArtifactSignatureError);
  });

  it('rolls back to an earlier version as a new version, restoring its API', async () => {
    const history = await registry.admin.supergraphHistory();
    const first = history[history.length - 1];
    if (!first) throw new Error('no history');
    expect((await refused(city.rollback(first.version))).status).toBe(403);
    const result = await registry.admin.rollback(first.version);
    expect(result.unchanged).toBe(false);
    const latest = await registry.admin.latestSupergraph(null);
    const original = await registry.admin.supergraphVersion(first.version);
    expect(latest?.version).toBe(result.version);
    expect(latest?.sdl).toBe(original.sdl);
    const diff = await registry.admin.supergraphDiff(history[0]?.version as number, result.version);
    expect(diff.map((change) => change.coordinate)).toContain('Region.nameEn');
  });

  it('serialises concurrent publishes: both land, each composed over the other', async () => {
    const gumiService = await startSdlService(`${LINK}
type Region @key(fields: "code") {
  code: ID!
  """HR-improvement incentives granted in the region."""
  hrIncentiveCount: Int!
}
`);
    try {
      const gumiSdl = (await (
        await fetch(gumiService.url, {
          method: 'POST',
          body: JSON.stringify({ query: '{ _service { sdl } }' }),
        })
      ).json()) as { data: { _service: { sdl: string } } };
      await gumi.publish('gumi', { sdl: gumiSdl.data._service.sdl, url: gumiService.url });
      await registry.admin.approveMembership('gumi');
      gwanakService.deploy(gwanakV1);
      const [a, b] = await Promise.all([
        gumi.publish('gumi', { sdl: gumiSdl.data._service.sdl, url: gumiService.url }),
        gwanak.publish('gwanak', { sdl: gwanakV1, url: gwanakService.url }),
      ]);
      expect(a.published && b.published).toBe(true);
      const latest = await registry.admin.latestSupergraph(null);
      expect(latest?.sdl).toContain('hrIncentiveCount');
      expect(latest?.sdl).not.toContain('healthcarePartnerCount');
    } finally {
      await gumiService.close();
    }
  });

  it('deletes a subgraph through a check, and keeps history', async () => {
    const result = await gumi.deleteSubgraph('gumi');
    expect(result.published).toBe(true);
    expect(
      result.check.changes.some((change) => change.coordinate === 'Region.hrIncentiveCount'),
    ).toBe(true);
    const latest = await registry.admin.latestSupergraph(null);
    expect(latest?.sdl).not.toContain('hrIncentiveCount');
    const history = await gumi.subgraphHistory('gumi');
    expect(history.subgraph.status).toBe('deleted');
    expect(history.versions).toHaveLength(1);
  });

  it('keeps tokens hashed, revocable, and records who did what', async () => {
    const issued = await registry.admin.issueToken({
      role: 'publisher',
      owner: 'moel-gumi',
      label: 'short-lived',
    });
    const client = new RegistryClient({ url: registry.url, token: issued.secret });
    await client.subgraphs();
    await registry.admin.revokeToken(issued.id);
    expect((await refused(client.subgraphs())).status).toBe(401);
    expect(
      (await refused(new RegistryClient({ url: registry.url, token: 'jgr_forged' }).subgraphs()))
        .status,
    ).toBe(401);
    const stored = await registry.running.sql<{ secret_hash: string }[]>`
      select secret_hash from registry.tokens where id = ${issued.id}`;
    expect(stored[0]?.secret_hash).not.toContain(issued.secret.slice(4, 20));
    expect(JSON.stringify(await registry.admin.tokens())).not.toContain(issued.secret);

    const audit = await registry.admin.audit(200);
    const actions = new Set(audit.map((entry) => `${entry.action}:${entry.outcome}`));
    for (const expected of [
      'subgraph.publish:done',
      'subgraph.publish:refused',
      'subgraph.publish:unchanged',
      'check.approve:done',
      'supergraph.rollback:done',
      'token.revoke:done',
      'subgraph.delete:done',
    ]) {
      expect(actions).toContain(expected);
    }
    await expect(registry.running.sql`update registry.audit_log set outcome = 'x'`).rejects.toThrow(
      /append-only/,
    );
    await expect(registry.running.sql`delete from registry.audit_log`).rejects.toThrow(
      /append-only/,
    );
  });

  it('answers bad input with clear errors', async () => {
    expect((await refused(city.publish('city', { sdl: cityV1, url: 'ftp://x' }))).code).toBe(
      'BAD_INPUT',
    );
    expect(
      (await refused(city.publish('City_X', { sdl: cityV1, url: cityService.url }))).status,
    ).toBe(404);
    const unparsable = await city.check('city', { sdl: 'type Query {' });
    expect(unparsable.composition.problems[0]?.code).toBe('INVALID_GRAPHQL');
    expect((await refused(registry.admin.rollback(99999))).status).toBe(404);
  });
});
