import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadAnalyticsConfig } from './env.js';
import { analyticsSubgraph } from './subgraph.js';

runMain('analytics', () => startSubgraph(analyticsSubgraph, loadAnalyticsConfig()));
