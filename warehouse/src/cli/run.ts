import { connect, openDatabaseServer, type Sql } from '@jobgraph/db';
import { ConfigError, createLogger } from '@jobgraph/runtime';
import { loadWarehouseConfig, loadWarehouseLoadConfig, type WarehouseConfig } from '../env.js';
import { GenerateRefusedError, generateSources } from '../generate/index.js';
import { loadDimensions } from '../load/dimensions.js';
import { refreshPlacements } from '../load/placements.js';
import { type LoadProgress, loadWarehouse } from '../load/warehouse-load.js';
import { migrateWarehouse } from '../migrate.js';
import { REPORTS, ReportRequestError, resolveReport, runReport } from '../reports/catalog.js';
import { formatReport, REPORT_FORMATS, type ReportFormat } from '../reports/format.js';
import { progressBar } from './progress.js';

const USAGE = `usage: jobgraph-warehouse <command> [options]

  migrate                 apply the warehouse schema's pending migrations
  load                    load everything new or changed: dimensions, facts from every agency
                          present, then placements and report cells (needs WAREHOUSE_PERSON_KEY)
  load dimensions         load the conformed dimensions only (idempotent)
  refresh placements      derive placements and report cells for the people queued by loads;
                          --full derives them all again
  generate --people N     write N synthetic people's records into the agencies' tables
      [--seed S]          (deterministic: the same N and S write the same rows)
  report <name>           print a report: ${Object.keys(REPORTS).join(', ')}
      --by <grouping>     placement-rate: region (sido), sigungu, program, age-band, agency, all;
                          regional-comparison: region, sigungu
      --from YYYY-MM      first cohort month (its quarter); --to YYYY-MM the last
      --format <f>        table (default), csv or json

options:
  --json                  machine-readable output of migrate, load and refresh

environment: WAREHOUSE_DATABASE_URL or DATABASE_URL (else the checkout's embedded PostgreSQL),
  WAREHOUSE_PERSON_KEY (the pseudonymisation secret, 32+ characters), WAREHOUSE_BATCH_SIZE,
  WAREHOUSE_AS_OF (the day retention is judged on; today in Korea by default)
exit codes: 0 ok, 1 failed, 2 usage or configuration error
`;

export interface CliIo {
  write(text: string): void;
  writeError(text: string): void;
  /** The environment; the process's when absent. */
  env?: Record<string, string | undefined>;
  /** Whether stderr is a terminal: a progress bar there, structured log lines otherwise. */
  interactive?: boolean;
}

class UsageError extends Error {
  override readonly name = 'UsageError';
}

interface Parsed {
  readonly words: string[];
  readonly flags: Map<string, string | true>;
}

const VALUE_FLAGS = new Set(['--by', '--from', '--to', '--format', '--people', '--seed']);

function parseArgs(argv: readonly string[]): Parsed {
  const words: string[] = [];
  const flags = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    if (!arg.startsWith('-')) {
      words.push(arg);
      continue;
    }
    const [name, inline] = arg.split('=', 2) as [string, string | undefined];
    if (VALUE_FLAGS.has(name)) {
      const value = inline ?? argv[index + 1];
      if (value === undefined || (inline === undefined && value.startsWith('--'))) {
        throw new UsageError(`${name} needs a value`);
      }
      if (inline === undefined) index += 1;
      flags.set(name, value);
    } else {
      flags.set(name, true);
    }
  }
  return { words, flags };
}

interface Prepared {
  readonly config: WarehouseConfig;
  /** What to run after the migrations; returns what to print. */
  readonly run?: (sql: Sql, io: CliIo, json: boolean) => Promise<string>;
}

const allowFlags = (parsed: Parsed, allowed: readonly string[]) => {
  for (const flag of parsed.flags.keys()) {
    if (flag !== '--json' && !allowed.includes(flag)) {
      throw new UsageError(`${parsed.words.join(' ')} does not take ${flag}`);
    }
  }
};

function prepare(parsed: Parsed, env: Record<string, string | undefined> | undefined): Prepared {
  const command = parsed.words.join(' ');
  switch (command) {
    case 'migrate':
      allowFlags(parsed, []);
      return { config: loadWarehouseConfig(env) };
    case 'load dimensions':
      allowFlags(parsed, []);
      return {
        config: loadWarehouseConfig(env),
        run: async (sql, _io, json) => summary(await loadDimensions(sql), json),
      };
    case 'load': {
      allowFlags(parsed, []);
      const config = loadWarehouseLoadConfig(env);
      return {
        config,
        run: async (sql, io, json) => {
          const progress = reporter(io, config.logLevel);
          try {
            const report = await loadWarehouse(sql, {
              personSecret: config.personKey,
              batchSize: config.batchSize,
              asOf: config.asOf,
              onProgress: progress.update,
            });
            return summary({ ...report.facts, placements: report.placements }, json);
          } finally {
            progress.done();
          }
        },
      };
    }
    case 'refresh placements': {
      allowFlags(parsed, ['--full']);
      const config = loadWarehouseConfig(env);
      return {
        config,
        run: async (sql, io, json) => {
          const progress = reporter(io, config.logLevel);
          try {
            const report = await refreshPlacements(sql, {
              asOf: config.asOf,
              batchSize: 20_000,
              full: parsed.flags.has('--full'),
              onBatch: (batch) => progress.update({ stage: 'placements', ...batch }),
            });
            return summary(report, json);
          } finally {
            progress.done();
          }
        },
      };
    }
    case 'generate': {
      allowFlags(parsed, ['--people', '--seed']);
      const count = (flag: string, required: boolean) => {
        const value = parsed.flags.get(flag);
        if (value === undefined && !required) return undefined;
        const number =
          typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN;
        if (!Number.isSafeInteger(number) || number < 1) {
          throw new UsageError(`${flag} needs a positive whole number`);
        }
        return number;
      };
      const people = count('--people', true) ?? 0;
      const seed = count('--seed', false);
      return {
        config: loadWarehouseConfig(env),
        run: async (sql, io, json) => {
          const report = await generateSources(sql, {
            people,
            seed,
            onProgress: ({ table, rows }) => {
              if (table === 'people' && io.interactive) {
                io.writeError(
                  `\r\x1b[2K${rows.toLocaleString('en')} of ${people.toLocaleString('en')} people`,
                );
              }
            },
          });
          if (io.interactive) io.writeError('\n');
          return summary(report, json);
        },
      };
    }
    default: {
      if (parsed.words[0] !== 'report') break;
      allowFlags(parsed, ['--by', '--from', '--to', '--format']);
      if (parsed.words.length !== 2) throw new UsageError('report needs one report name');
      const format = (parsed.flags.get('--format') ?? 'table') as ReportFormat;
      if (!REPORT_FORMATS.includes(format)) {
        throw new UsageError(`--format: one of ${REPORT_FORMATS.join(', ')}`);
      }
      const text = (flag: string) => {
        const value = parsed.flags.get(flag);
        return typeof value === 'string' ? value : undefined;
      };
      const request = {
        name: parsed.words[1] ?? '',
        by: text('--by'),
        from: text('--from'),
        to: text('--to'),
      };
      resolveReport(request);
      return {
        config: loadWarehouseConfig(env),
        run: async (sql) => formatReport(await runReport(sql, request), format),
      };
    }
  }
  throw new UsageError(
    parsed.words.length === 0 ? 'no command' : `unknown command: ${parsed.words.join(' ')}`,
  );
}

/** Runs one command line; returns the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let prepared: Prepared;
  let json = false;
  try {
    const parsed = parseArgs(argv);
    if (parsed.flags.has('--help') || parsed.flags.has('-h')) {
      io.write(USAGE);
      return 0;
    }
    json = parsed.flags.has('--json');
    prepared = prepare(parsed, io.env);
  } catch (error) {
    if (error instanceof UsageError) {
      io.writeError(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof ReportRequestError) {
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
      // Two: the generator writes two chunks at once.
      poolSize: 2,
      statementTimeoutMs: 0,
      applicationName: 'jobgraph-warehouse',
    });
    try {
      io.write(await run(sql, io, json));
      return 0;
    } catch (error) {
      if (!(error instanceof GenerateRefusedError)) throw error;
      io.writeError(`${error.message}\n`);
      return 1;
    } finally {
      await sql.end({ timeout: 5 });
    }
  } finally {
    await server.release();
  }
}

/** Progress on a terminal, one structured log line per batch otherwise. */
function reporter(io: CliIo, level: WarehouseConfig['logLevel']) {
  if (io.interactive) return progressBar((text) => io.writeError(text));
  const logger = createLogger({
    service: 'jobgraph-warehouse',
    level,
    destination: { write: (line: string) => io.writeError(line) },
  });
  return {
    update: (progress: LoadProgress) => logger.info(progress, `load ${progress.stage}`),
    done: () => undefined,
  };
}

/** JSON, or one line per table (`{inserted, updated}`) or figure, nested reports indented. */
function summary(report: object, json: boolean): string {
  if (json) return `${JSON.stringify(report)}\n`;
  const lines: string[] = [];
  const walk = (value: object, indent: string) => {
    for (const [key, entry] of Object.entries(value)) {
      if (entry && typeof entry === 'object' && 'inserted' in entry && 'updated' in entry) {
        const { inserted, updated } = entry as { inserted: number; updated: number };
        lines.push(
          `${indent}${key.padEnd(30 - indent.length)} ${String(inserted).padStart(9)} inserted ${String(updated).padStart(9)} updated`,
        );
      } else if (entry && typeof entry === 'object') {
        lines.push(`${indent}${key}`);
        walk(entry, `${indent}  `);
      } else {
        lines.push(`${indent}${key.padEnd(30 - indent.length)} ${String(entry).padStart(9)}`);
      }
    }
  };
  walk(report, '');
  return `${lines.join('\n')}\n`;
}
