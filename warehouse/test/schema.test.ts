import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateWarehouse } from '../src/migrate.js';
import { type WarehouseDatabase, warehouseDatabase } from './support.js';

let db: WarehouseDatabase;
beforeAll(async () => {
  db = await warehouseDatabase();
});
afterAll(() => db?.close());

const TABLES = [
  'dim_date',
  'dim_region',
  'dim_agency',
  'dim_program',
  'dim_age_band',
  'dim_industry',
  'dim_occupation',
  'fact_participation',
  'fact_service',
  'fact_employment',
  'fact_placement',
  'load_watermarks',
];

describe('the warehouse schema', () => {
  it('is created by its migrations, which apply again as a no-op', async () => {
    await migrateWarehouse(db.database.url);
    const tables = await db.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables
      where table_schema = 'warehouse' order by table_name`;
    expect(tables.map((table) => table.table_name).sort()).toEqual([...TABLES].sort());
    const [journal] = await db.sql<{ applied: number }[]>`
      select count(*)::int as applied from drizzle.warehouse_migrations`;
    expect(journal?.applied).toBe(2);
  });

  it('documents each fact table grain as a table comment', async () => {
    const comments = await db.sql<{ name: string; comment: string | null }[]>`
      select c.relname as name, obj_description(c.oid, 'pg_class') as comment
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'warehouse' and c.relkind = 'r' and c.relname like 'fact_%'`;
    expect(comments).toHaveLength(4);
    for (const { comment } of comments) expect(comment).toMatch(/^Grain: one row per /);
  });

  it('stores no column named like a direct identifier of a person', async () => {
    const columns = await db.sql<{ table_name: string; column_name: string }[]>`
      select table_name, column_name from information_schema.columns
      where table_schema = 'warehouse'`;
    expect(columns.length).toBeGreaterThan(100);
    const personal = columns.filter(({ column_name }) =>
      /name|phone|birth|address|rrn|email|member_id/i.test(column_name),
    );
    expect(personal).toEqual([]);
    // People are only their keyed hash.
    const people = columns.filter(({ column_name }) => /person/.test(column_name));
    expect(new Set(people.map((column) => column.column_name))).toEqual(new Set(['person_key']));
  });

  it('links every fact to its dimensions by foreign keys on surrogate keys', async () => {
    const links = await db.sql<{ fact: string; dimension: string }[]>`
      select distinct tc.table_name as fact, ccu.table_name as dimension
      from information_schema.table_constraints tc
      join information_schema.constraint_column_usage ccu
        on ccu.constraint_name = tc.constraint_name and ccu.constraint_schema = tc.constraint_schema
      where tc.constraint_schema = 'warehouse' and tc.constraint_type = 'FOREIGN KEY'`;
    const dimensionsOf = (fact: string) =>
      links
        .filter((link) => link.fact === fact)
        .map((link) => link.dimension)
        .sort();
    expect(dimensionsOf('fact_participation')).toEqual([
      'dim_age_band',
      'dim_agency',
      'dim_date',
      'dim_program',
      'dim_region',
    ]);
    expect(dimensionsOf('fact_employment')).toEqual(['dim_date', 'dim_industry', 'dim_region']);
    expect(dimensionsOf('fact_placement')).toContain('fact_participation');
    expect(dimensionsOf('fact_service')).toContain('dim_occupation');
  });
});
