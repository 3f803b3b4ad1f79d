import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadGumiConfig } from './env.js';
import { gumiSubgraph } from './subgraph.js';

runMain('gumi', () => startSubgraph(gumiSubgraph, loadGumiConfig()));
