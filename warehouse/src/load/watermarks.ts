import type { TransactionSql } from 'postgres';

/** How far a source has been loaded; null before its first batch. */
export async function readWatermark(sql: TransactionSql, source: string): Promise<string | null> {
  const [row] = await sql<{ watermark: string }[]>`
    select watermark from warehouse.load_watermarks where source = ${source}`;
  return row?.watermark ?? null;
}

/** Moves a source's watermark forward, in the same transaction as the batch it covers. */
export async function advanceWatermark(
  sql: TransactionSql,
  source: string,
  watermark: string,
  rows: number,
): Promise<void> {
  await sql`
    insert into warehouse.load_watermarks (source, watermark, rows_loaded)
    values (${source}, ${watermark}, ${rows})
    on conflict (source) do update set
      watermark = greatest(load_watermarks.watermark, excluded.watermark),
      rows_loaded = load_watermarks.rows_loaded + excluded.rows_loaded,
      updated_at = now()`;
}

/** Sets a source's watermark (a transaction id: see changes.ts) after a complete read. */
export async function setWatermark(
  sql: TransactionSql,
  source: string,
  watermark: string,
  rows: number,
): Promise<void> {
  await sql`
    insert into warehouse.load_watermarks (source, watermark, rows_loaded)
    values (${source}, ${watermark}, ${rows})
    on conflict (source) do update set
      watermark = excluded.watermark,
      rows_loaded = load_watermarks.rows_loaded + excluded.rows_loaded,
      updated_at = now()`;
}
