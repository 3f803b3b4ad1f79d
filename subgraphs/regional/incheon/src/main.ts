import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadIncheonConfig } from './env.js';
import { incheonSubgraph } from './subgraph.js';

runMain('incheon', () => startSubgraph(incheonSubgraph, loadIncheonConfig()));
