import { runMain } from '@jobgraph/runtime';
import { loadDevIdentityConfig } from './env.js';
import { startDevIdentity } from './server.js';

runMain('dev-identity', () => startDevIdentity(loadDevIdentityConfig()));
