import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegistryRequestError } from '../src/client/registry-client.js';
import { startTestRegistry, type TestRegistry } from './support/registry.js';
import { type SdlService, startSdlService } from './support/sdl-service.js';

const AGENCIES = ['city', 'districts', 'fiftyplus', 'ministry'] as const;

describe('a coordinated publish', () => {
  let registry: TestRegistry;
  const services = new Map<string, SdlService>();
  const sdls = new Map<string, string>();

  beforeAll(async () => {
    registry = await startTestRegistry();
    for (const name of AGENCIES) {
      const sdl = await readFile(
        new URL(`../../subgraphs/${name}/schema.graphql`, import.meta.url),
        'utf8',
      );
      sdls.set(name, sdl);
      services.set(name, await startSdlService(sdl));
    }
  });
  afterAll(async () => {
    for (const service of services.values()) await service.close();
    await registry?.close();
  });

  const subgraph = (name: (typeof AGENCIES)[number]) => ({
    name,
    owner: name,
    sdl: sdls.get(name) as string,
    url: (services.get(name) as SdlService).url,
  });

  it('founds a graph whose subgraphs need one another, which one-by-one publishes cannot', async () => {
    const ministry = await registry.publisher('ministry');
    await ministry.publish('ministry', {
      sdl: sdls.get('ministry') as string,
      url: services.get('ministry')?.url as string,
    });
    await registry.admin.approveMembership('ministry');
    const alone = await ministry.publish('ministry', {
      sdl: sdls.get('ministry') as string,
      url: services.get('ministry')?.url as string,
    });
    expect(alone.published).toBe(false);
    expect(alone.check.blockers.map((blocker) => blocker.code)).toContain('COMPOSITION_FAILED');

    const founded = await registry.admin.publishTogether(AGENCIES.map(subgraph));
    expect(founded.published).toBe(true);
    expect(founded.check.subgraph).toBe('city+districts+fiftyplus+ministry');
    const history = await registry.admin.supergraphHistory();
    expect(history).toHaveLength(1);
    expect(history[0]?.members.map((member) => member.subgraph)).toEqual([...AGENCIES]);
    expect(
      (await registry.admin.subgraphs()).map((row) => [row.name, row.owner, row.status]),
    ).toEqual(AGENCIES.map((name) => [name, name, 'active']));

    // The same founding again changes nothing.
    const again = await registry.admin.publishTogether(AGENCIES.map(subgraph));
    expect(again.unchanged).toBe(true);
    expect(await registry.admin.supergraphHistory()).toHaveLength(1);
  });

  it('is for admins, and cannot hand a name to another owner', async () => {
    const city = await registry.publisher('city');
    await expect(city.publishTogether([subgraph('city')])).rejects.toMatchObject({ status: 403 });
    const error = await registry.admin
      .publishTogether([{ ...subgraph('city'), owner: 'moel-gumi' }])
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RegistryRequestError);
    expect((error as RegistryRequestError).message).toContain('belongs to city');
  });
});
