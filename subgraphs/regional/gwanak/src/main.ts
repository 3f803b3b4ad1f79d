import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadGwanakConfig } from './env.js';
import { gwanakSubgraph } from './subgraph.js';

runMain('gwanak', () => startSubgraph(gwanakSubgraph, loadGwanakConfig()));
