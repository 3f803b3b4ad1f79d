import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/main.js';
import { startTestRegistry, type TestRegistry } from './support/registry.js';
import { type SdlService, startSdlService } from './support/sdl-service.js';

const SDL = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
"""Regions."""
type Query {
  regions: [Region!]!
}
"""A region."""
type Region @key(fields: "code") {
  code: ID!
  name: String!
}
`;

describe('the jobgraph CLI', () => {
  let registry: TestRegistry;
  let service: SdlService;
  let folder: string;
  let token: string;

  const cli = async (...argv: string[]) => {
    let out = '';
    let err = '';
    const code = await runCli(
      [...argv, '--registry', registry.url],
      (text) => {
        out += text;
      },
      (text) => {
        err += text;
      },
    );
    return { code, out, err };
  };

  beforeAll(async () => {
    registry = await startTestRegistry();
    service = await startSdlService(SDL);
    folder = await mkdtemp(join(tmpdir(), 'jobgraph-cli-'));
    await writeFile(join(folder, 'city.graphql'), SDL);
    await writeFile(join(folder, 'broken.graphql'), SDL.replace('name: String!', 'name: Strin!'));
    token = (await registry.admin.issueToken({ role: 'publisher', owner: 'city', label: 'cli' }))
      .secret;
  });
  afterAll(async () => {
    await service?.close();
    await registry?.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('exits 2 on usage errors, with the usage', async () => {
    expect((await cli('subgraph', 'check', '--token', token)).code).toBe(2);
    const unknown = await cli('subgraph', 'frobnicate', '--token', token);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('usage: jobgraph');
    expect(
      (await cli('subgraph', 'check', 'city', '--schema', 'x', '--bogus', '--token', token)).code,
    ).toBe(2);
  });

  it('checks, publishes after approval, and prints tables or JSON', async () => {
    const failed = await cli(
      'subgraph',
      'check',
      'city',
      '--schema',
      join(folder, 'broken.graphql'),
      '--token',
      token,
    );
    expect(failed.code).toBe(1);
    expect(failed.out).toContain('FAILED');
    expect(failed.out).toContain('composition errors');

    const proposed = await cli(
      'subgraph',
      'publish',
      'city',
      '--schema',
      join(folder, 'city.graphql'),
      '--url',
      service.url,
      '--token',
      token,
      '--json',
    );
    expect(proposed.code).toBe(1);
    expect(JSON.parse(proposed.out).check.blockers[0].code).toBe('NEW_SUBGRAPH');

    const adminToken = (await registry.admin.issueToken({ role: 'admin', label: 'cli admin' }))
      .secret;
    expect((await cli('subgraph', 'approve', 'city', '--token', adminToken)).code).toBe(0);
    const published = await cli(
      'subgraph',
      'publish',
      'city',
      '--schema',
      join(folder, 'city.graphql'),
      '--url',
      service.url,
      '--token',
      token,
    );
    expect(published.code).toBe(0);
    expect(published.out).toMatch(/published city version \d+ as supergraph \d+/);

    const history = await cli('supergraph', 'history', '--token', token);
    expect(history.out).toMatch(/VERSION\s+CREATEDAT\s+CAUSE/);
    expect(history.out).toContain('city@');
    const refused = await cli('supergraph', 'rollback', '1', '--token', token);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('FORBIDDEN');
  });
});
