import postgres, { type Sql } from 'postgres';

export type { Sql };

export interface ConnectOptions {
  readonly url: string;
  readonly poolSize: number;
  /** Server-side limit for any one statement, so a runaway query cannot hold a connection. */
  readonly statementTimeoutMs: number;
  readonly applicationName: string;
  /** Called for every statement sent; used to count statements per request in tests. */
  readonly onStatement?: (query: string) => void;
}

/** The one way jobgraph opens a connection pool: postgres.js, with our settings. */
export function connect(options: ConnectOptions): Sql {
  return postgres(options.url, {
    max: options.poolSize,
    idle_timeout: 30,
    connect_timeout: 10,
    onnotice: () => undefined,
    connection: {
      application_name: options.applicationName,
      statement_timeout: options.statementTimeoutMs,
    },
    ...(options.onStatement
      ? { debug: (_connection: number, query: string) => options.onStatement?.(query) }
      : {}),
  });
}

/** Counts statements as they are sent; `connect({ onStatement: counter.record })`. */
export class StatementCounter {
  private total = 0;
  readonly record = (_query: string): void => {
    this.total += 1;
  };
  get count(): number {
    return this.total;
  }
}
