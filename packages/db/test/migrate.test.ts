import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { countMigrations, migrate, pendingMigrations } from '../src/index.js';
import { createScratchDatabase, type ScratchDatabase } from '../src/testing/index.js';

/** A drizzle-kit shaped folder with two migrations. */
async function migrationsFolder(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'jobgraph-migrations-'));
  await mkdir(join(folder, 'meta'));
  const entries = [
    { idx: 0, version: '7', when: 1_700_000_000_000, tag: '0000_first', breakpoints: true },
    { idx: 1, version: '7', when: 1_700_000_100_000, tag: '0001_second', breakpoints: true },
  ];
  await writeFile(
    join(folder, 'meta', '_journal.json'),
    JSON.stringify({ version: '7', dialect: 'postgresql', entries }),
  );
  await writeFile(
    join(folder, '0000_first.sql'),
    'CREATE SCHEMA "probe";\n--> statement-breakpoint\nCREATE TABLE "probe"."things" ("id" int primary key);',
  );
  await writeFile(
    join(folder, '0001_second.sql'),
    'ALTER TABLE "probe"."things" ADD COLUMN "name" text;',
  );
  return folder;
}

describe('migrate', () => {
  let database: ScratchDatabase;
  let folder: string;
  beforeAll(async () => {
    database = await createScratchDatabase(inject('adminDatabaseUrl'), 'migrate');
    folder = await migrationsFolder();
  });
  afterAll(async () => {
    await database?.drop();
    await rm(folder, { recursive: true, force: true });
  });

  it('applies pending migrations once, even when many processes start together', async () => {
    const options = { url: database.url, schema: 'probe', migrationsFolder: folder };
    await Promise.all([migrate(options), migrate(options), migrate(options)]);
    await migrate(options);
    const sql = postgres(database.url, { max: 1, onnotice: () => undefined });
    try {
      const columns = await sql`
        select column_name from information_schema.columns
        where table_schema = 'probe' and table_name = 'things' order by ordinal_position`;
      expect(columns.map((column) => column.column_name)).toEqual(['id', 'name']);
      expect(await countMigrations(folder)).toBe(2);
      expect(await pendingMigrations(sql, { schema: 'probe' }, 2)).toBe(0);
      expect(await pendingMigrations(sql, { schema: 'elsewhere' }, 2)).toBe(2);
    } finally {
      await sql.end({ timeout: 5 });
    }
  });
});
