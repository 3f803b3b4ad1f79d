#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { runMain } from '@jobgraph/runtime';
import { loadGatewayConfig } from './env.js';
import { startGateway } from './server.js';

const USAGE = `usage: jobgraph-gateway [--supergraph <file>] [--port <n>]

Serves the federated graph. Without --supergraph (or SUPERGRAPH_PATH), composes it at start
from SUBGRAPHS=name=url,... .
`;

runMain('gateway', async () => {
  const { values } = parseArgs({
    options: {
      supergraph: { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(USAGE);
    process.exit(0);
  }
  return startGateway(
    loadGatewayConfig({
      ...(values.supergraph ? { SUPERGRAPH_PATH: values.supergraph } : {}),
      ...(values.port ? { PORT: values.port } : {}),
    }),
  );
});
