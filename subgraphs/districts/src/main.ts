import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadDistrictsConfig } from './env.js';
import { districtsSubgraph } from './subgraph.js';

runMain('districts', () => startSubgraph(districtsSubgraph, loadDistrictsConfig()));
