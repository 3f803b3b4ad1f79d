export { type ConnectOptions, connect, type Sql, StatementCounter } from './connection.js';
export { type EmbeddedServer, embeddedServerUrl } from './embedded/ensure.js';
export { type DatabaseConfig, databaseEnvFields } from './env.js';
export { countMigrations, type MigrateOptions, migrate, pendingMigrations } from './migrate.js';
export {
  type DatabaseServer,
  type DatabaseServerConfig,
  DEFAULT_DATA_ROOT,
  openDatabaseServer,
} from './server.js';
