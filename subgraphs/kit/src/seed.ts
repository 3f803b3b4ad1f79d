import { eq, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { getTableConfig, type PgSchema, text, timestamp } from 'drizzle-orm/pg-core';

/** The table in each subgraph's schema that records which seeds have run. */
export function seedRunsTable(schema: PgSchema) {
  return schema.table('seed_runs', {
    name: text('name').primaryKey(),
    appliedAt: timestamp('applied_at', { withTimezone: true }).notNull().defaultNow(),
  });
}
type SeedRuns = ReturnType<typeof seedRunsTable>;

// biome-ignore lint/suspicious/noExplicitAny: drizzle's database type is generic over its schema; any schema will do here.
type AnyPgDatabase = PgDatabase<PgQueryResultHKT, any>;
type Transaction<Db extends AnyPgDatabase> = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Runs a named seed exactly once per database, in one transaction, under a transaction-level
 * advisory lock: processes starting together neither seed twice nor see half a seed.
 */
export async function seedOnce<Db extends AnyPgDatabase>(
  db: Db,
  seedRuns: SeedRuns,
  name: string,
  run: (tx: Transaction<Db>) => Promise<void>,
): Promise<boolean> {
  const lockName = `seed:${getTableConfig(seedRuns).schema ?? 'public'}:${name}`;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${lockName}))`);
    const done = await tx.select().from(seedRuns).where(eq(seedRuns.name, name));
    if (done.length > 0) return false;
    await run(tx as Transaction<Db>);
    await tx.insert(seedRuns).values({ name });
    return true;
  });
}

/**
 * Gives the planner statistics (and the visibility map) for freshly seeded tables at once,
 * instead of when autovacuum gets round to them: without them, a table of thousands of rows is
 * planned as if it had a dozen. Runs outside any transaction, as VACUUM must.
 */
export async function refreshStatistics<Db extends AnyPgDatabase>(
  db: Db,
  schema: string,
): Promise<void> {
  const tables = await db.execute<{ tablename: string }>(
    sql`select tablename from pg_tables where schemaname = ${schema}`,
  );
  for (const { tablename } of tables as unknown as Array<{ tablename: string }>) {
    await db.execute(sql.raw(`vacuum (analyze) "${schema}"."${tablename.replaceAll('"', '""')}"`));
  }
}
