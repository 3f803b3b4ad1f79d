declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by the test run's global setup: its PostgreSQL, with the right to create databases. */
    adminDatabaseUrl: string;
  }
}

export {};
