#!/usr/bin/env node
import { runMain } from '@jobgraph/runtime';
import { loadRegistryConfig } from './env.js';
import { startRegistry } from './server.js';

runMain('registry', () => startRegistry(loadRegistryConfig()));
