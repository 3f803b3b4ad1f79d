import type postgres from 'postgres';
import type { TransactionSql as Sql } from 'postgres';

export interface UpsertResult {
  readonly inserted: number;
  readonly updated: number;
}

/**
 * `INSERT … ON CONFLICT (natural key) DO UPDATE … WHERE … IS DISTINCT FROM`: new rows are
 * inserted, changed rows updated, and unchanged rows left alone (no new row version, no count),
 * so a re-run of the same load reports and changes nothing. Batched by `batchSize` rows.
 * `table`, `naturalKey` and the row keys are the loader's own constants, never input.
 */
export async function upsertRows<Row extends Record<string, unknown>>(
  sql: Sql,
  table: string,
  naturalKey: readonly (keyof Row & string)[],
  rows: readonly Row[],
  batchSize = 1000,
): Promise<UpsertResult> {
  const [first] = rows;
  if (!first) return { inserted: 0, updated: 0 };
  const columns = Object.keys(first) as (keyof Row & string)[];
  const changing = columns.filter((column) => !naturalKey.includes(column));
  const quote = (column: string) => `"${column}"`;
  const onConflict =
    changing.length === 0
      ? `on conflict (${naturalKey.map(quote).join(', ')}) do nothing`
      : `on conflict (${naturalKey.map(quote).join(', ')}) do update set ${changing
          .map((column) => `${quote(column)} = excluded.${quote(column)}`)
          .join(
            ', ',
          )} where (${changing.map((column) => `warehouse.${quote(table)}.${quote(column)}`).join(', ')}, null)
          is distinct from (${changing.map((column) => `excluded.${quote(column)}`).join(', ')}, null)`;
  let inserted = 0;
  let updated = 0;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    const values = sql(
      batch as unknown as Record<string, postgres.SerializableParameter>[],
      ...columns,
    );
    const result = await sql<{ inserted: boolean }[]>`
      insert into warehouse.${sql(table)} ${values}
      ${sql.unsafe(onConflict)}
      returning (xmax = 0) as inserted`;
    for (const row of result) {
      if (row.inserted) inserted += 1;
      else updated += 1;
    }
  }
  return { inserted, updated };
}
