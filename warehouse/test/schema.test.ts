import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateWarehouse } from '../src/migrate.js';
import { ageAt, ageAtSql, hmacPads, personKey, personKeySql } from '../src/pseudonym.js';
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
  'placement_queue',
  'report_cells',
  'report_cell_days',
];
/** Views: the report cells with their suppression and measures, and the places they name. */
const VIEWS = ['published_cells', 'report_measures', 'report_places'];

describe('the warehouse schema', () => {
  it('is created by its migrations, which apply again as a no-op', async () => {
    await migrateWarehouse(db.database.url);
    const tables = await db.sql<{ table_name: string }[]>`
      select table_name from information_schema.tables
      where table_schema = 'warehouse' order by table_name`;
    expect(tables.map((table) => table.table_name).sort()).toEqual([...TABLES, ...VIEWS].sort());
    const [journal] = await db.sql<{ applied: number }[]>`
      select count(*)::int as applied from drizzle.warehouse_migrations`;
    expect(journal?.applied).toBe(6);
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

  it('keeps facts free of foreign-key triggers: the loaders check keys a batch at a time', async () => {
    const links = await db.sql<{ fact: string }[]>`
      select distinct tc.table_name as fact
      from information_schema.table_constraints tc
      where tc.constraint_schema = 'warehouse' and tc.constraint_type = 'FOREIGN KEY'
        and tc.table_name like 'fact_%'`;
    expect(links).toEqual([]);
  });
});

describe('pseudonymisation inside the server', () => {
  it('computes the same person keys and ages as the TypeScript functions', async () => {
    const secret = 'a-secret-of-more-than-sixty-four-bytes-is-hashed-first-0123456789-abcdef';
    for (const key of [secret, 'short-secret-0123456789abcdef-0123']) {
      const pads = hmacPads(key);
      const members = ['M00000001', 'MG000000042', '회원-비ASCII'];
      const rows = await db.sql.unsafe<{ key: string }[]>(
        `select ${personKeySql('m', 1, 2)} as key from unnest($3::text[]) with ordinality as t(m, i) order by i`,
        [pads.inner, pads.outer, members],
      );
      expect(rows.map((row) => row.key)).toEqual(members.map((member) => personKey(member, key)));
    }
    const days: Array<[string, string]> = [
      ['2000-02-29', '2025-02-28'],
      ['2000-02-29', '2025-03-01'],
      ['2000-02-29', '2024-02-29'],
      ['1970-02-28', '2025-01-06'],
      ['1964-12-31', '2024-12-30'],
      ['1964-12-31', '2024-12-31'],
    ];
    for (const [birth, day] of days) {
      const [row] = await db.sql.unsafe<{ age: number }[]>(
        `select ${ageAtSql('$1::date', '$2::date')} as age`,
        [birth, day],
      );
      expect(row?.age, `${birth} on ${day}`).toBe(ageAt(birth, day));
    }
  });
});
