import type { Sql, TransactionSql } from 'postgres';

/**
 * Which source rows changed since a load last read a table: PostgreSQL's own row versions. Every
 * insert or update writes a row version stamped with the id of its transaction (`xmin`), so the
 * agencies' tables need no change-timestamp columns or triggers to be read incrementally, and
 * corrections made by hand are seen like any other change.
 *
 * A load remembers the oldest transaction still running when it began (the snapshot's `xmin`,
 * 64-bit): everything older had finished, so it was read; anything that commits later has an id
 * at least that old, so the next load reads it. Row ids are 32-bit and wrap around; they are
 * widened against the current 64-bit id, which is exact for every row younger than two billion
 * transactions (older rows are frozen long before; if one reads as recent it is read again, which
 * changes nothing).
 */
const WRAP = 4_294_967_296n;

/** SQL: the 64-bit id of the transaction that wrote the row version `alias`. */
export function rowTransactionSql(alias: string): string {
  return `(pg_snapshot_xmax(pg_current_snapshot())::text::bigint
    - ((pg_snapshot_xmax(pg_current_snapshot())::text::bigint % ${WRAP})
       - ${alias}.xmin::text::bigint + ${WRAP}) % ${WRAP})`;
}

/** The oldest transaction still running, as a 64-bit id: the next load's starting point. */
export async function changeHorizon(sql: Sql | TransactionSql): Promise<bigint> {
  const [row] = await sql<{ horizon: string }[]>`
    select pg_snapshot_xmin(pg_current_snapshot())::text as horizon`;
  return BigInt(row?.horizon ?? '0');
}

/** A table's size in blocks, and roughly how many rows a block holds. */
export async function tableBlocks(
  sql: Sql | TransactionSql,
  table: string,
): Promise<{ blocks: number; rowsPerBlock: number }> {
  const [row] = await sql<{ blocks: number; rows_per_block: number }[]>`
    select (pg_relation_size(${table}::regclass) / current_setting('block_size')::int)::int as blocks,
      case when c.relpages > 0 and c.reltuples > 0 then c.reltuples / c.relpages else 40 end
        as rows_per_block
    from pg_class c where c.oid = ${table}::regclass`;
  return { blocks: row?.blocks ?? 0, rowsPerBlock: Math.max(1, row?.rows_per_block ?? 40) };
}

/** SQL: rows of `alias` in blocks [from, to): a TID range scan reads just those pages. */
export function blockRangeSql(alias: string, from: number, to: number): string {
  return `${alias}.ctid >= '(${from},0)'::tid and ${alias}.ctid < '(${to},0)'::tid`;
}
