export { ANALYST_ROLE, ANALYTICS_DEFAULT_PORT, loadAnalyticsConfig } from './env.js';
export { analyticsSdl, analyticsSubgraph } from './subgraph.js';
