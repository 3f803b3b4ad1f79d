import type { TransactionSql as Sql } from 'postgres';

/** Whether an agency's table (`schema.table`) and column exist in this database. */
export async function columnExists(sql: Sql, table: string, column: string): Promise<boolean> {
  const [schema, name] = table.split('.');
  const [row] = await sql<{ found: boolean }[]>`
    select exists (
      select 1 from information_schema.columns
      where table_schema = ${schema ?? ''} and table_name = ${name ?? ''} and column_name = ${column}
    ) as found`;
  return row?.found ?? false;
}

/** Whether a table (`schema.table`) exists in this database. */
export async function tableExists(sql: Sql, table: string): Promise<boolean> {
  const [row] = await sql<{ found: boolean }[]>`select to_regclass(${table}) is not null as found`;
  return row?.found ?? false;
}
