export { INCHEON_DEFAULT_PORT, loadIncheonConfig } from './env.js';
export { incheonSdl, incheonSubgraph } from './subgraph.js';
