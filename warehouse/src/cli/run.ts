import { connect, openDatabaseServer } from '@jobgraph/db';
import { ConfigError } from '@jobgraph/runtime';
import { loadWarehouseConfig, type WarehouseConfig } from '../env.js';
import { loadDimensions } from '../load/dimensions.js';
import { migrateWarehouse } from '../migrate.js';

const USAGE = `usage: jobgraph-warehouse <command>

  migrate            apply the warehouse schema's pending migrations
  load dimensions    load the conformed dimensions (idempotent)

options:
  --json             machine-readable output

environment: WAREHOUSE_DATABASE_URL or DATABASE_URL (else the checkout's embedded PostgreSQL)
exit codes: 0 ok, 1 failed, 2 usage error
`;

export interface CliIo {
  write(text: string): void;
  writeError(text: string): void;
  env?: Record<string, string | undefined>;
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((arg) => arg !== '--json');
  if (words.includes('--help') || words.includes('-h')) {
    io.write(USAGE);
    return 0;
  }
  const command = words.join(' ');
  if (command !== 'migrate' && command !== 'load dimensions') {
    io.writeError(
      `${words.length === 0 ? 'no command' : `unknown command: ${command}`}\n\n${USAGE}`,
    );
    return 2;
  }
  let config: WarehouseConfig;
  try {
    config = io.env ? loadWarehouseConfig(io.env) : loadWarehouseConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      io.writeError(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const server = await openDatabaseServer(config.database, (line) => io.writeError(`${line}\n`));
  try {
    await migrateWarehouse(server.url);
    if (command === 'migrate') {
      io.write(
        json ? `${JSON.stringify({ migrated: true })}\n` : 'warehouse schema is up to date\n',
      );
      return 0;
    }
    const sql = connect({
      url: server.url,
      poolSize: 1,
      statementTimeoutMs: 0,
      applicationName: 'jobgraph-warehouse-load',
    });
    try {
      const report = await loadDimensions(sql);
      if (json) io.write(`${JSON.stringify(report)}\n`);
      else {
        for (const [table, { inserted, updated }] of Object.entries(report)) {
          io.write(
            `${table.padEnd(16)} ${String(inserted).padStart(6)} inserted ${String(updated).padStart(6)} updated\n`,
          );
        }
      }
      return 0;
    } finally {
      await sql.end({ timeout: 5 });
    }
  } finally {
    await server.release();
  }
}
