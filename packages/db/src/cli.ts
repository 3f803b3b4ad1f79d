#!/usr/bin/env node
import { join } from 'node:path';
import { loadCliEnv } from './cli/env.js';
import { EmbeddedCluster } from './embedded/cluster.js';
import { embeddedServerUrl, ensureEmbeddedPostgres } from './embedded/ensure.js';

const USAGE = `usage: jobgraph-db <command>

  start    start the checkout's embedded PostgreSQL (or reuse it) and keep it until Ctrl-C
  stop     stop the checkout's embedded PostgreSQL, whoever started it
  url      print the connection URL of the running embedded server
`;

async function main(command: string | undefined): Promise<number> {
  const { JOBGRAPH_DATA_DIR: dataRoot } = loadCliEnv();
  switch (command) {
    case 'start': {
      const server = await ensureEmbeddedPostgres({ dataRoot, log: (line) => console.error(line) });
      console.log(`PostgreSQL 17 at ${server.url}`);
      console.log(`psql "${server.url}"`);
      if (!server.owned) {
        console.log('(already running for this checkout; its owner will stop it)');
        return 0;
      }
      console.log('Ctrl-C stops it.');
      await new Promise<void>((resolve) => {
        // The server is another process: keep ours alive until told to stop it.
        const keepAlive = setInterval(() => undefined, 60_000);
        const done = () => {
          clearInterval(keepAlive);
          resolve();
        };
        process.once('SIGINT', done);
        process.once('SIGTERM', done);
      });
      await server.stop();
      console.error('stopped');
      return 0;
    }
    case 'stop': {
      const cluster = new EmbeddedCluster(join(dataRoot, 'pg'));
      if ((await cluster.runningPort()) === undefined) {
        console.error('not running');
        return 0;
      }
      await cluster.stop();
      console.error('stopped');
      return 0;
    }
    case 'url': {
      const cluster = new EmbeddedCluster(join(dataRoot, 'pg'));
      const url =
        (await cluster.runningPort()) === undefined ? undefined : await embeddedServerUrl(dataRoot);
      if (!url) {
        console.error('the embedded server is not running (start it with `pnpm db start`)');
        return 1;
      }
      console.log(url);
      return 0;
    }
    default:
      process.stderr.write(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error((error as Error).message);
    process.exit(1);
  },
);
