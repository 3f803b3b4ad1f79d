import type { Sql } from 'postgres';

/** The analysts' role (made by the migrations): logs in, reads schema `reports`, never writes. */
export const ANALYST_ROLE = 'warehouse_analyst';

/**
 * Sets the analysts' password. A role is the server's, so this is a server-wide change; the
 * password is quoted by the server itself (`format('%L')`), never spliced in here.
 */
export async function setAnalystPassword(sql: Sql, password: string): Promise<void> {
  const [row] = await sql<{ statement: string }[]>`
    select format('alter role %I password %L', ${ANALYST_ROLE}::text, ${password}::text) as statement`;
  if (!row) throw new Error('could not prepare the analyst role statement');
  await sql.unsafe(row.statement);
}

/** The database URL `url` with the analysts' role and password in place of its user. */
export function analystUrl(url: string, password: string): string {
  const analyst = new URL(url);
  analyst.username = ANALYST_ROLE;
  analyst.password = encodeURIComponent(password);
  return analyst.toString();
}
