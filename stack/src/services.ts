import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceSpec {
  readonly name: string;
  /** Built entry point, relative to the repository root. */
  readonly entry: string;
  readonly port: number;
}

export interface SubgraphSpec extends ServiceSpec {
  /** The agency or center that owns the subgraph in the schema registry. */
  readonly owner: string;
  /**
   * Founding subgraphs (the agencies, which need one another to compose) are published together
   * by the operator; the others by their owners, each with its own token.
   */
  readonly founding: boolean;
}

/** Every subgraph `pnpm start` runs, each its own process on its own port. */
export const SUBGRAPHS: readonly SubgraphSpec[] = [
  { name: 'city', entry: 'subgraphs/city/dist/main.js', port: 4001, owner: 'city', founding: true },
  {
    name: 'districts',
    entry: 'subgraphs/districts/dist/main.js',
    port: 4002,
    owner: 'districts',
    founding: true,
  },
  {
    name: 'fiftyplus',
    entry: 'subgraphs/fiftyplus/dist/main.js',
    port: 4003,
    owner: 'fiftyplus',
    founding: true,
  },
  {
    name: 'ministry',
    entry: 'subgraphs/ministry/dist/main.js',
    port: 4004,
    owner: 'ministry',
    founding: true,
  },
  // Regional centers of the Ministry's network, each publishing with its own token.
  {
    name: 'gwanak',
    entry: 'subgraphs/regional/gwanak/dist/main.js',
    port: 4005,
    owner: 'moel-seoul-gwanak',
    founding: false,
  },
  {
    name: 'incheon',
    entry: 'subgraphs/regional/incheon/dist/main.js',
    port: 4006,
    owner: 'moel-incheon',
    founding: false,
  },
  {
    name: 'gumi',
    entry: 'subgraphs/regional/gumi/dist/main.js',
    port: 4007,
    owner: 'moel-gumi',
    founding: false,
  },
];

/**
 * Analytics: read-only, over the warehouse's report views. It starts once the warehouse is
 * loaded from the agencies' seeded tables, on the port after the others'; its owner publishes it.
 */
export const ANALYTICS: SubgraphSpec = {
  name: 'analytics',
  entry: 'subgraphs/analytics/dist/main.js',
  port: 4001 + SUBGRAPHS.length,
  owner: 'analytics',
  founding: false,
};

/** The schema registry: subgraphs are published to it, the gateway follows it. */
export const REGISTRY: ServiceSpec = { name: 'registry', entry: 'schema/dist/main.js', port: 4020 };

export const GATEWAY: ServiceSpec = { name: 'gateway', entry: 'gateway/dist/main.js', port: 4000 };

/** The development identity provider, started by `pnpm start` unless DEV_IDENTITY=disabled. */
export const DEV_IDENTITY: ServiceSpec = {
  name: 'identity',
  entry: 'identity/dist/main.js',
  port: 4010,
};
