import { citySubgraph } from '@jobgraph/city';
import { connect, type Sql } from '@jobgraph/db';
import type { ScratchDatabase } from '@jobgraph/db/testing';
import { districtsSubgraph } from '@jobgraph/districts';
import { fiftyplusSubgraph } from '@jobgraph/fiftyplus';
import { createLogger } from '@jobgraph/runtime';
import { prepareDatabase, type SubgraphDefinition, type Tables } from '@jobgraph/subgraph-kit';
import { scratchDatabase, subgraphDatabase } from '@jobgraph/testkit';
import { migrateWarehouse } from '../src/migrate.js';

export interface WarehouseDatabase {
  readonly database: ScratchDatabase;
  readonly sql: Sql;
  close(): Promise<void>;
}

const OTHER_AGENCIES = [citySubgraph, districtsSubgraph, fiftyplusSubgraph] as unknown as Array<
  SubgraphDefinition<Tables>
>;

/**
 * A database with the warehouse schema migrated and, beside it, the agencies' schemas as sources:
 * none, the Ministry's (a copy of the run's Ministry template, already seeded), or all four (that
 * copy, with the city, districts and 50Plus schemas migrated and seeded into it: about 10 s).
 */
export async function warehouseDatabase(
  options: { sources?: 'none' | 'ministry' | 'all' } = {},
): Promise<WarehouseDatabase> {
  const sources = options.sources ?? 'none';
  const database =
    sources === 'none' ? await scratchDatabase('warehouse') : await subgraphDatabase('ministry');
  if (sources === 'all') {
    const logger = createLogger({ service: 'warehouse-test', level: 'warn' });
    // Migrations take turns (a shared advisory lock); the seeds run side by side.
    await Promise.all(
      OTHER_AGENCIES.map((definition) => prepareDatabase(definition, database.url, logger)),
    );
  }
  await migrateWarehouse(database.url);
  const sql = connect({
    url: database.url,
    poolSize: 2,
    statementTimeoutMs: 60_000,
    applicationName: 'warehouse-test',
  });
  return {
    database,
    sql,
    close: async () => {
      await sql.end({ timeout: 5 });
      await database.drop();
    },
  };
}

/** Row count and an order-independent checksum of a warehouse table's full contents. */
export async function tableFingerprint(
  sql: Sql,
  table: string,
): Promise<{ rows: number; checksum: string }> {
  const [row] = await sql<{ rows: number; checksum: string | null }[]>`
    select count(*)::int as rows,
      md5(string_agg(md5(t::text), '' order by md5(t::text))) as checksum
    from warehouse.${sql(table)} as t`;
  return { rows: row?.rows ?? 0, checksum: row?.checksum ?? '' };
}
