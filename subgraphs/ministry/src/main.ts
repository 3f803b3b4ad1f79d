import { runMain } from '@jobgraph/runtime';
import { startSubgraph } from '@jobgraph/subgraph-kit';
import { loadMinistryConfig } from './env.js';
import { ministrySubgraph } from './subgraph.js';

runMain('ministry', () => startSubgraph(ministrySubgraph, loadMinistryConfig()));
