export { AGE_BANDS, type AgeBandCode } from './age-bands.js';
export { ANALYST_ROLE, analystUrl, setAnalystPassword } from './analyst.js';
export { type CliIo, runCli } from './cli/run.js';
export {
  loadWarehouseConfig,
  loadWarehouseLoadConfig,
  type WarehouseConfig,
  type WarehouseLoadConfig,
} from './env.js';
export {
  GENERATED_TABLES,
  type GeneratedTable,
  type GenerateOptions,
  type GenerateRefusal,
  GenerateRefusedError,
  type GenerateReport,
  generateSources,
} from './generate/index.js';
export {
  type DimensionLoadOptions,
  type DimensionLoadReport,
  loadDimensions,
} from './load/dimensions.js';
export { refreshPlacements } from './load/placements.js';
export { buildRegionRows, type RegionRow } from './load/regions.js';
export {
  type LoadProgress,
  loadWarehouse,
  type WarehouseLoadOptions,
  type WarehouseLoadReport,
} from './load/warehouse-load.js';
export { migrateWarehouse, WAREHOUSE_MIGRATIONS } from './migrate.js';
export { ageAt, ageBandAt, personKey } from './pseudonym.js';
export { REPORTS, type ReportRequest, type ReportResult, runReport } from './reports/catalog.js';
