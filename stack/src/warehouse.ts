import { randomBytes } from 'node:crypto';
import { connect, type Sql } from '@jobgraph/db';
import {
  analystUrl,
  loadWarehouse,
  migrateWarehouse,
  setAnalystPassword,
  type WarehouseLoadReport,
} from '@jobgraph/warehouse';
import { readEnvFile, writeEnvFile } from './env-file.js';

/** What the warehouse of a checkout needs across restarts, kept in the data folder. */
export interface WarehouseSecrets {
  /** Pseudonymises people (`WAREHOUSE_PERSON_KEY`): another one would give everyone new keys. */
  readonly personKey: string;
  /** The analysts' role's password (`WAREHOUSE_ANALYST_PASSWORD`). */
  readonly analystPassword: string;
}

/**
 * The secrets kept in `path` (`.data/warehouse.env`), each made once when missing; a person key
 * given in the environment wins over the kept one (and is kept from then on).
 */
export async function warehouseSecrets(
  path: string,
  givenPersonKey: string | undefined,
): Promise<WarehouseSecrets> {
  const kept = await readEnvFile(path);
  return {
    personKey: givenPersonKey ?? kept.WAREHOUSE_PERSON_KEY ?? randomBytes(32).toString('base64url'),
    analystPassword: kept.WAREHOUSE_ANALYST_PASSWORD ?? randomBytes(24).toString('base64url'),
  };
}

/**
 * The warehouse made ready for analysts: `.data/warehouse.env` kept (the secrets, and the
 * analysts' URL for psql), the schema migrated, the analysts' password set (a role is the
 * server's, so this is server-wide). Returns the analysts' URL.
 */
export async function prepareWarehouse(
  databaseUrl: string,
  envFile: string,
  secrets: WarehouseSecrets,
): Promise<string> {
  const url = analystUrl(databaseUrl, secrets.analystPassword);
  // Kept before anything is loaded: a first start killed mid-load resumes with the same secret.
  await writeEnvFile(
    envFile,
    {
      WAREHOUSE_PERSON_KEY: secrets.personKey,
      WAREHOUSE_ANALYST_PASSWORD: secrets.analystPassword,
      WAREHOUSE_ANALYST_URL: url,
    },
    [
      'The warehouse of this checkout, kept by pnpm start. WAREHOUSE_PERSON_KEY pseudonymises',
      'people (keep it, and keep it from analysts); analysts need WAREHOUSE_ANALYST_URL only.',
    ],
  );
  await migrateWarehouse(databaseUrl);
  await withConnection(databaseUrl, (sql) => setAnalystPassword(sql, secrets.analystPassword));
  return url;
}

/** Loads what is new in the agencies' tables since the last start, and logs the figures. */
export async function loadFromAgencies(
  databaseUrl: string,
  secrets: WarehouseSecrets,
  write: (line: string) => void,
): Promise<void> {
  const started = Date.now();
  const report = await withConnection(databaseUrl, (sql) =>
    loadWarehouse(sql, { personSecret: secrets.personKey, batchSize: 50_000 }),
  );
  write(`warehouse  ${describeLoad(report, Date.now() - started)}`);
}

async function withConnection<T>(url: string, use: (sql: Sql) => Promise<T>): Promise<T> {
  const sql = connect({
    url,
    poolSize: 1,
    statementTimeoutMs: 0,
    applicationName: 'jobgraph-stack-warehouse',
  });
  try {
    return await use(sql);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

const figure = (value: number) => value.toLocaleString('en-US');

/** One line of figures: each fact's rows read, new and changed; the placements derived. */
export function describeLoad(report: WarehouseLoadReport, ms: number): string {
  const facts = Object.entries(report.facts).map(([fact, sources]) => {
    const total = { read: 0, inserted: 0, updated: 0 };
    for (const source of Object.values(sources)) {
      total.read += source.read;
      total.inserted += source.inserted;
      total.updated += source.updated;
    }
    return `${fact} ${figure(total.read)} read (${figure(total.inserted)} new, ${figure(total.updated)} changed)`;
  });
  const { placements } = report;
  return [
    `loaded in ${(ms / 1000).toFixed(1)} s: ${facts.join(', ')}`,
    `${figure(placements.placements)} placements derived for ${figure(placements.people)} people`,
  ].join('; ');
}
