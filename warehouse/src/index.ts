export { AGE_BANDS, type AgeBandCode } from './age-bands.js';
export { type CliIo, runCli } from './cli/run.js';
export {
  loadWarehouseConfig,
  loadWarehouseLoadConfig,
  type WarehouseConfig,
  type WarehouseLoadConfig,
} from './env.js';
export {
  type DimensionLoadOptions,
  type DimensionLoadReport,
  loadDimensions,
} from './load/dimensions.js';
export { buildRegionRows, type RegionRow } from './load/regions.js';
export { migrateWarehouse, WAREHOUSE_MIGRATIONS } from './migrate.js';
export { ageAt, ageBandAt, personKey } from './pseudonym.js';
