/** What the test run reads from its environment: only the server to test against. */
export function testDatabaseUrl(): string | undefined {
  return process.env.DATABASE_URL || undefined;
}
