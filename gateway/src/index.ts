export { type GatewayConfig, loadGatewayConfig } from './env.js';
export { createKeepAliveFetcher, type Fetcher, SubgraphFetchError } from './fetcher.js';
export { type GatewayContext, type RunningGateway, startGateway } from './server.js';
export { acceptAuthorizationFeatures } from './supergraph/authorization-features.js';
export {
  CompositionError,
  composeSupergraph,
  fetchSubgraphSdl,
  type SubgraphEndpoint,
} from './supergraph/compose.js';
export type { Supergraph, SupergraphSource } from './supergraph/source.js';
export {
  type KnownOperation,
  planCacheKey,
  readKnownOperations,
  warmInBackground,
  warmQueryPlans,
} from './warm.js';
