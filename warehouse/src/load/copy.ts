import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { TransactionSql } from 'postgres';

/** A value in COPY's text format: `\N` for null, with its special characters escaped. */
function copyText(value: string | number | null): string {
  if (value === null) return '\\N';
  return String(value).replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Streams rows into a table with `COPY … FROM STDIN` (text format), inside the caller's
 * transaction. `table` and `columns` are the loader's constants.
 */
export async function copyRows(
  sql: TransactionSql,
  table: string,
  columns: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number | null>>,
): Promise<void> {
  if (rows.length === 0) return;
  const target = await sql
    .unsafe(`copy ${table} (${columns.map((column) => `"${column}"`).join(', ')}) from stdin`)
    .writable();
  await pipeline(Readable.from(rows.map((row) => `${row.map(copyText).join('\t')}\n`)), target);
}
