export { loadMinistryConfig, MINISTRY_DEFAULT_PORT } from './env.js';
export { ministrySdl, ministrySubgraph } from './subgraph.js';
