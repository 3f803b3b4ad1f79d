import { fileURLToPath } from 'node:url';

/** The repository root, from this file's place in it. */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface ServiceSpec {
  readonly name: string;
  /** Built entry point, relative to the repository root. */
  readonly entry: string;
  readonly port: number;
}

/** Every subgraph `pnpm start` runs, each its own process on its own port. */
export const SUBGRAPHS: readonly ServiceSpec[] = [
  { name: 'city', entry: 'subgraphs/city/dist/main.js', port: 4001 },
  { name: 'districts', entry: 'subgraphs/districts/dist/main.js', port: 4002 },
  { name: 'fiftyplus', entry: 'subgraphs/fiftyplus/dist/main.js', port: 4003 },
  { name: 'ministry', entry: 'subgraphs/ministry/dist/main.js', port: 4004 },
  { name: 'gwanak', entry: 'subgraphs/regional/gwanak/dist/main.js', port: 4005 },
  { name: 'incheon', entry: 'subgraphs/regional/incheon/dist/main.js', port: 4006 },
  { name: 'gumi', entry: 'subgraphs/regional/gumi/dist/main.js', port: 4007 },
];

export const GATEWAY: ServiceSpec = { name: 'gateway', entry: 'gateway/dist/main.js', port: 4000 };

/** The development identity provider, started by `pnpm start` unless DEV_IDENTITY=disabled. */
export const DEV_IDENTITY: ServiceSpec = {
  name: 'identity',
  entry: 'identity/dist/main.js',
  port: 4010,
};
