import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadCityConfig } from './env.js';
import { citySubgraph } from './subgraph.js';

runMain('city', () => startSubgraph(citySubgraph, loadCityConfig()));
