export { DISTRICTS_DEFAULT_PORT, loadDistrictsConfig } from './env.js';
export { districtsSdl, districtsSubgraph } from './subgraph.js';
