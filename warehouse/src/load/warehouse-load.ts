import type { Sql } from 'postgres';
import { hmacPads } from '../pseudonym.js';
import { type DimensionLoadReport, loadDimensions } from './dimensions.js';
import { EMPLOYMENT_SOURCES, EMPLOYMENT_TARGET } from './facts/employment.js';
import { type FactLoadReport, loadFact } from './facts/fact-load.js';
import { PARTICIPATION_SOURCES, PARTICIPATION_TARGET } from './facts/participation.js';
import { SERVICE_SOURCES, SERVICE_TARGET } from './facts/service.js';
import { type PlacementRefreshReport, refreshPlacements } from './placements.js';

/** What a load is doing, for a progress bar or a log line. */
export type LoadProgress =
  | { readonly stage: 'dimensions' }
  | {
      readonly stage: 'facts';
      readonly fact: string;
      readonly source: string;
      readonly done: number;
      readonly of: number;
      readonly rows: number;
    }
  | { readonly stage: 'placements'; readonly done: number; readonly of: number };

export interface WarehouseLoadOptions {
  readonly personSecret: string;
  readonly batchSize: number;
  /** People per placement batch (50 000 by default). */
  readonly placementBatchSize?: number;
  /** The day retention is judged on; today in Korea when absent. */
  readonly asOf?: string;
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Called inside each fact batch's transaction before it commits (tests interrupt here). */
  readonly beforeCommit?: (batch: { source: string; rows: number }) => Promise<void> | void;
}

export interface WarehouseLoadReport {
  readonly dimensions: DimensionLoadReport;
  readonly facts: Record<string, Record<string, FactLoadReport>>;
  readonly placements: PlacementRefreshReport;
}

/** The facts in load order; placements are derived from them afterwards. */
export const FACTS = [
  { target: PARTICIPATION_TARGET, sources: PARTICIPATION_SOURCES },
  { target: SERVICE_TARGET, sources: SERVICE_SOURCES },
  { target: EMPLOYMENT_TARGET, sources: EMPLOYMENT_SOURCES },
] as const;

/**
 * The whole load: dimensions, every fact from every agency present (incrementally), then the
 * placements and report cells of the people whose facts changed. One load at a time: a second
 * waits for the first's batches rather than interleaving with them.
 */
export async function loadWarehouse(
  sql: Sql,
  options: WarehouseLoadOptions,
): Promise<WarehouseLoadReport> {
  options.onProgress?.({ stage: 'dimensions' });
  const dimensions = await loadDimensions(sql);
  const pads = hmacPads(options.personSecret);
  const facts: Record<string, Record<string, FactLoadReport>> = {};
  for (const { target, sources } of FACTS) {
    facts[target.fact] = await loadFact(
      sql,
      target,
      sources,
      {
        batchSize: options.batchSize,
        beforeCommit: options.beforeCommit,
        onBatch: (batch) => options.onProgress?.({ stage: 'facts', fact: target.fact, ...batch }),
      },
      pads,
    );
  }
  options.onProgress?.({ stage: 'placements', done: 0, of: 0 });
  const placements = await refreshPlacements(sql, {
    asOf: options.asOf,
    batchSize: options.placementBatchSize ?? 50_000,
    onBatch: (batch) => options.onProgress?.({ stage: 'placements', ...batch }),
  });
  return { dimensions, facts, placements };
}
