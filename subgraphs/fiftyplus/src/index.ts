export { FIFTYPLUS_DEFAULT_PORT, loadFiftyPlusConfig } from './env.js';
export { fiftyplusSdl, fiftyplusSubgraph } from './subgraph.js';
