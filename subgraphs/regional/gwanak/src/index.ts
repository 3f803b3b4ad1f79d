export { GWANAK_DEFAULT_PORT, loadGwanakConfig } from './env.js';
export { gwanakSdl, gwanakSubgraph } from './subgraph.js';
