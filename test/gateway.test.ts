import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  composeSupergraph,
  createKeepAliveFetcher,
  fetchSubgraphSdl,
  loadGatewayConfig,
  planCacheKey,
  readKnownOperations,
  startGateway,
} from '@jobgraph/gateway';
import { errorCodes, graphql } from '@jobgraph/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGraph, type TestGraph } from './support.js';

let graph: TestGraph;
beforeAll(async () => {
  graph = await startGraph();
});
afterAll(() => graph?.close());

const CROSSING = /* GraphQL */ `
  query Crossing($code: ID!) {
    region(code: $code) {
      code
      name
      parent { name }
      jobPostings(first: 5) {
        totalCount
        edges { node { id title employer { id name region { code name } } } }
      }
    }
  }
`;

describe('the gateway', () => {
  it('answers a query that crosses Region → JobPosting → Employer with seeded data', async () => {
    const response = await graphql<{
      region: {
        name: string;
        parent: { name: string };
        jobPostings: {
          totalCount: number;
          edges: Array<{ node: { title: string; employer: { name: string } } }>;
        };
      };
    }>(graph.gateway.url, CROSSING, { code: '11620' });
    expect(response.errors).toBeUndefined();
    expect(response.data?.region).toMatchObject({ name: '관악구', parent: { name: '서울특별시' } });
    expect(response.data?.region.jobPostings.totalCount).toBeGreaterThan(5);
    expect(response.data?.region.jobPostings.edges).toHaveLength(5);
    for (const { node } of response.data?.region.jobPostings.edges ?? []) {
      expect(node.title.length).toBeGreaterThan(0);
      expect(node.employer.name.length).toBeGreaterThan(0);
    }
  });

  it('passes subgraph input errors through as BAD_USER_INPUT', async () => {
    const tooMany = await graphql(graph.gateway.url, '{ jobPostings(first: 500) { totalCount } }');
    expect(errorCodes(tooMany)).toEqual(['BAD_USER_INPUT']);
    expect(tooMany.errors?.[0]?.message).toBe('first must be between 1 and 100, got 500');
    const cursor = await graphql(graph.gateway.url, '{ jobPostings(after: "abc") { totalCount } }');
    expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
    const typed = await graphql(
      graph.gateway.url,
      'query($n: Int) { jobPostings(first: $n) { totalCount } }',
      { n: 'ten' },
    );
    expect(errorCodes(typed)).toEqual(['BAD_USER_INPUT']);
  });

  it('serves GraphiQL from npm packages, with no CDN', async () => {
    const page = await fetch(graph.gateway.url, { headers: { accept: 'text/html' } });
    const html = await page.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/https?:\/\/(unpkg|cdn|esm\.sh)/);
    const origin = new URL(graph.gateway.url).origin;
    for (const asset of html.matchAll(/(?:src|href)="([^"]+)"/g)) {
      const response = await fetch(`${origin}${asset[1]}`);
      expect(response.status, asset[1]).toBe(200);
    }
  });

  it('has /health and /ready', async () => {
    const origin = new URL(graph.gateway.url).origin;
    expect((await fetch(`${origin}/health`)).status).toBe(200);
    expect(await (await fetch(`${origin}/ready`)).json()).toMatchObject({ status: 'ready' });
  });

  it('has the known operations planned before the first request', async () => {
    const folder = fileURLToPath(new URL('../gateway/operations', import.meta.url));
    const operations = await readKnownOperations(folder);
    expect(operations.length).toBeGreaterThanOrEqual(3);
    const store = (
      graph.gateway.gateway as unknown as {
        queryPlanStore: { get(key: string): Promise<unknown>; keys(): Promise<string[]> };
      }
    ).queryPlanStore;
    for (const operation of operations) {
      expect(
        await store.get(planCacheKey(operation.document, operation.operationName)),
      ).toBeTruthy();
    }
    // A client sending a known operation uses the warmed plan: the store does not grow.
    const search = operations.find((operation) => operation.operationName === 'SearchJobPostings');
    const before = (await store.keys()).length;
    const response = await fetch(graph.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: search?.document,
        operationName: 'SearchJobPostings',
        variables: { filter: { keyword: '요양' }, first: 3 },
      }),
    });
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect((await store.keys()).length).toBe(before);
  });

  it('answers what it can when an agency is down, without internal details', async () => {
    const downGraph = await startGraph();
    await downGraph.subgraphs.ministry.stop();
    try {
      const response = await graphql<{
        region: { name: string; jobPostings: { totalCount: number } };
        employmentCenter: unknown;
      }>(
        downGraph.gateway.url,
        '{ region(code: "11620") { name jobPostings(first: 1) { totalCount } } employmentCenter(id: "moel-gumi") { name } }',
      );
      // The city still answers; the Ministry's part is null, with an error saying why.
      expect(response.data?.region.name).toBe('관악구');
      expect(response.data?.region.jobPostings.totalCount).toBeGreaterThan(0);
      expect(response.data?.employmentCenter).toBeNull();
      expect(errorCodes(response)).toEqual(['SERVICE_UNAVAILABLE']);
      const text = JSON.stringify(response);
      expect(text).not.toContain('127.0.0.1');
      expect(text).not.toContain('ECONNREFUSED');
      expect(text).not.toMatch(/stack|at \w+ \(/);
    } finally {
      await downGraph.close();
    }
  });

  it('serves a supergraph given as a file (--supergraph)', async () => {
    const fetcher = createKeepAliveFetcher({ timeoutMs: 5000, maxSocketsPerSubgraph: 4 });
    const endpoints = Object.entries(graph.subgraphs).map(([name, subgraph]) => ({
      name,
      url: subgraph.url,
    }));
    const sdls = await Promise.all(
      endpoints.map(async (endpoint) => ({
        ...endpoint,
        sdl: await fetchSubgraphSdl(fetcher, endpoint),
      })),
    );
    fetcher.destroy();
    const supergraph = composeSupergraph(sdls);
    const folder = await mkdtemp(join(tmpdir(), 'jobgraph-supergraph-'));
    const file = join(folder, 'supergraph.graphql');
    await writeFile(file, supergraph.sdl);
    const fromFile = await startGateway(
      loadGatewayConfig({ PORT: '0', LOG_LEVEL: 'silent', SUPERGRAPH_PATH: file }, {}),
    );
    try {
      const response = await graphql<{ region: { name: string } }>(fromFile.url, CROSSING, {
        code: '11590',
      });
      expect(response.data?.region.name).toBe('동작구');
      expect(await readFile(file, 'utf8')).toContain('join__graph');
    } finally {
      await fromFile.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('refuses a configuration with neither or both supergraph sources', () => {
    expect(() => loadGatewayConfig({}, {})).toThrow(/exactly one of REGISTRY_URL/);
    expect(() =>
      loadGatewayConfig({ SUBGRAPHS: 'city=http://x/graphql', SUPERGRAPH_PATH: '/tmp/x' }, {}),
    ).toThrow(/exactly one of REGISTRY_URL/);
    expect(() => loadGatewayConfig({ SUBGRAPHS: 'city' }, {})).toThrow(/not name=http/);
  });
});
