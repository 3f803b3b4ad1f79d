export { CITY_DEFAULT_PORT, loadCityConfig } from './env.js';
export { SEEDED_MEMBERS, seededMemberId } from './seed/index.js';
export { citySdl, citySubgraph } from './subgraph.js';
