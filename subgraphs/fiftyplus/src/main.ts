import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadFiftyPlusConfig } from './env.js';
import { fiftyplusSubgraph } from './subgraph.js';

runMain('fiftyplus', () => startSubgraph(fiftyplusSubgraph, loadFiftyPlusConfig()));
