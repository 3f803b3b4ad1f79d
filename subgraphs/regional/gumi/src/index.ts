export { GUMI_DEFAULT_PORT, loadGumiConfig } from './env.js';
export { gumiSdl, gumiSubgraph } from './subgraph.js';
