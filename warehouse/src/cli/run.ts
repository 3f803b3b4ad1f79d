import { connect, openDatabaseServer, type Sql } from '@jobgraph/db';
import { ConfigError } from '@jobgraph/runtime';
import { loadWarehouseConfig, loadWarehouseLoadConfig, type WarehouseConfig } from '../env.js';
import { loadDimensions } from '../load/dimensions.js';
import { loadEmploymentFacts } from '../load/facts/employment.js';
import { migrateWarehouse } from '../migrate.js';

const USAGE = `usage: jobgraph-warehouse <command>

  migrate            apply the warehouse schema's pending migrations
  load dimensions    load the conformed dimensions (idempotent)
  load employment    load fact_employment from the Ministry's insurance records, incrementally
                     (needs WAREHOUSE_PERSON_KEY; load the dimensions first)

options:
  --json             machine-readable output

environment: WAREHOUSE_DATABASE_URL or DATABASE_URL (else the checkout's embedded PostgreSQL),
  WAREHOUSE_PERSON_KEY (the pseudonymisation secret, 32+ characters), WAREHOUSE_BATCH_SIZE
exit codes: 0 ok, 1 failed, 2 usage or configuration error
`;

export interface CliIo {
  write(text: string): void;
  writeError(text: string): void;
  /** The environment; the process's when absent. */
  env?: Record<string, string | undefined>;
}

interface Prepared {
  readonly config: WarehouseConfig;
  /** The load to run after the migrations; none for `migrate`. */
  readonly run?: (sql: Sql) => Promise<object>;
}

/** Each command reads the configuration it needs (a load of people needs the secret). */
const COMMANDS: Record<string, (env: Record<string, string | undefined> | undefined) => Prepared> =
  {
    migrate: (env) => ({ config: loadWarehouseConfig(env) }),
    'load dimensions': (env) => ({
      config: loadWarehouseConfig(env),
      run: (sql) => loadDimensions(sql),
    }),
    'load employment': (env) => {
      const config = loadWarehouseLoadConfig(env);
      return {
        config,
        run: (sql) =>
          loadEmploymentFacts(sql, { personSecret: config.personKey, batchSize: config.batchSize }),
      };
    },
  };

/** Runs one command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((arg) => arg !== '--json');
  if (words.includes('--help') || words.includes('-h')) {
    io.write(USAGE);
    return 0;
  }
  const command = words.join(' ');
  const prepare = COMMANDS[command];
  if (!prepare) {
    io.writeError(
      `${words.length === 0 ? 'no command' : `unknown command: ${command}`}\n\n${USAGE}`,
    );
    return 2;
  }
  let prepared: Prepared;
  try {
    prepared = prepare(io.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.writeError(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const { config, run } = prepared;
  const server = await openDatabaseServer(config.database, (line) => io.writeError(`${line}\n`));
  try {
    await migrateWarehouse(server.url);
    if (!run) {
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
      const report = (await run(sql)) as Record<string, unknown>;
      io.write(json ? `${JSON.stringify(report)}\n` : formatReport(report));
      return 0;
    } finally {
      await sql.end({ timeout: 5 });
    }
  } finally {
    await server.release();
  }
}

/** One line per table (`{inserted, updated}`) or per figure. */
function formatReport(report: Record<string, unknown>): string {
  return Object.entries(report)
    .map(([key, value]) => {
      if (value && typeof value === 'object' && 'inserted' in value && 'updated' in value) {
        const { inserted, updated } = value as { inserted: number; updated: number };
        return `${key.padEnd(16)} ${String(inserted).padStart(6)} inserted ${String(updated).padStart(6)} updated\n`;
      }
      return `${key.padEnd(16)} ${String(value).padStart(6)}\n`;
    })
    .join('');
}
