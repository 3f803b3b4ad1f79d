import type { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { citySubgraph } from '@jobgraph/city';
import { connect, openDatabaseServer, type Sql } from '@jobgraph/db';
import { createScratchDatabase } from '@jobgraph/db/testing';
import { districtsSubgraph } from '@jobgraph/districts';
import { fiftyplusSubgraph } from '@jobgraph/fiftyplus';
import { ministrySubgraph } from '@jobgraph/ministry';
import { createLogger } from '@jobgraph/runtime';
import { prepareDatabase, type SubgraphDefinition, type Tables } from '@jobgraph/subgraph-kit';
import {
  generateSources,
  type LoadProgress,
  loadWarehouse,
  migrateWarehouse,
  refreshPlacements,
} from '@jobgraph/warehouse';
import type { BenchConfig } from '../env.js';
import { seconds, summarise, timed } from '../registry/stats.js';

const AGENCIES = [
  ministrySubgraph,
  citySubgraph,
  districtsSubgraph,
  fiftyplusSubgraph,
] as unknown as Array<SubgraphDefinition<Tables>>;
const SECRET = 'bench-warehouse-person-key-0123456789abcdef';
const AS_OF = '2026-11-25';

/** The report queries analysts run, timed against the goal of 100 ms each. */
const REPORT_QUERIES: ReadonlyArray<[name: string, sql: string]> = [
  [
    'placement by sido, 2026',
    `select * from reports.placement_by_region where level = 'sido' and cohort_quarter >= '2026-01-01'`,
  ],
  [
    'placement by sigungu, all cohorts',
    `select * from reports.placement_by_region where level = 'sigungu'`,
  ],
  ['placement by programme', 'select * from reports.placement_by_program'],
  ['placement by age band', 'select * from reports.placement_by_age_band'],
  ['placement by agency unit', 'select * from reports.placement_by_agency'],
  [
    'regional comparison (sigungu)',
    `select * from reports.regional_comparison where level = 'sigungu'`,
  ],
];

/**
 * The warehouse at scale: for each population, agencies' records generated into a scratch
 * database, then a fresh load, a load with nothing changed, the report queries, and a refresh
 * after 10% of the case files changed against a full recomputation — rows/s as ratios to a raw
 * COPY of the same participations into a table with no indexes, measured in the same run.
 */
export async function benchWarehouse(
  config: BenchConfig,
  log: (line: string) => void,
): Promise<void> {
  const server = await openDatabaseServer({
    url: config.DATABASE_URL,
    dataRoot: config.JOBGRAPH_DATA_DIR,
  });
  try {
    for (const people of config.BENCH_WAREHOUSE_PEOPLE) {
      const database = await createScratchDatabase(server.url, 'bench_warehouse');
      try {
        await benchPopulation(database.url, people, log);
      } finally {
        await database.drop();
      }
    }
  } finally {
    await server.release();
  }
}

async function benchPopulation(
  url: string,
  people: number,
  log: (line: string) => void,
): Promise<void> {
  const logger = createLogger({ service: 'bench-warehouse', level: 'warn' });
  for (const agency of AGENCIES) await prepareDatabase(agency, url, logger);
  await migrateWarehouse(url);
  const sql = connect({
    url,
    poolSize: 2,
    statementTimeoutMs: 0,
    applicationName: 'bench-warehouse',
  });
  try {
    const generated = await generateSources(sql, { people });
    log(
      `-- ${people.toLocaleString('en')} people: ${generated.participations.toLocaleString('en')} participations, ${generated.rows['ministry.insurance_records'].toLocaleString('en')} insurance records generated in ${generated.seconds.toFixed(1)} s`,
    );

    const fresh = await timedStages(
      () => (onProgress) =>
        loadWarehouse(sql, { personSecret: SECRET, batchSize: 200_000, asOf: AS_OF, onProgress }),
    );
    const stages = fresh.stages;
    const participations = Object.values(fresh.value.facts.fact_participation ?? {}).reduce(
      (sum, source) => sum + source.inserted,
      0,
    );
    const employments = Object.values(fresh.value.facts.fact_employment ?? {}).reduce(
      (sum, source) => sum + source.inserted,
      0,
    );
    const raw = await rawCopyRate(sql, url);
    const rate = (rows: number, ms: number) => rows / (ms / 1000);
    const ratio = (rows: number, ms: number) => (rate(rows, ms) / raw).toFixed(2);
    log(
      `reference: raw COPY of the participations into a table with no indexes: ${Math.round(raw).toLocaleString('en')} rows/s`,
    );
    const participationMs = stages.get('fact_participation') ?? Number.NaN;
    const employmentMs = stages.get('fact_employment') ?? Number.NaN;
    log(
      `fresh load, fact_participation: ${participations.toLocaleString('en')} rows in ${seconds(participationMs)}, ${Math.round(rate(participations, participationMs)).toLocaleString('en')} rows/s = ${ratio(participations, participationMs)}× raw COPY (goal ≥ 0.3× at 10M)`,
    );
    log(
      `fresh load, fact_employment: ${employments.toLocaleString('en')} rows in ${seconds(employmentMs)} = ${ratio(employments, employmentMs)}× raw COPY`,
    );
    log(
      `fresh load, all of it (dimensions, 3 facts, placements): ${seconds(fresh.ms)}; placements derived in ${seconds(stages.get('placements') ?? Number.NaN)}; participations through the whole load = ${ratio(participations, fresh.ms)}× raw COPY`,
    );

    const again = await timed(() =>
      loadWarehouse(sql, { personSecret: SECRET, batchSize: 200_000, asOf: AS_OF }),
    );
    log(
      `re-run with no changes: ${seconds(again.ms)}, ${again.value.placements.people} people re-derived = ${ratio(participations, again.ms)}× raw COPY (goal ≥ 0.5×)`,
    );

    for (const [name, query] of REPORT_QUERIES) {
      const runs: number[] = [];
      let rows = 0;
      for (let run = 0; run < 15; run += 1) {
        const { ms, value } = await timed(() => sql.unsafe(query));
        runs.push(ms);
        rows = value.length;
      }
      const summary = summarise(runs);
      log(
        `report "${name}": ${rows} rows, median ${summary.median.toFixed(1)} ms, max ${summary.max.toFixed(1)} ms (goal < 100 ms)`,
      );
    }

    // 10% of the case files change (their closing day is corrected); the load queues their
    // people and refreshes their placements; then a full recomputation for reference.
    const [changed] = await sql<{ files: number }[]>`
      with changed as (
        update ministry.case_files set closed_on = closed_on + 1, stage_changed_on = greatest(stage_changed_on, closed_on + 1)
        where closed_on is not null and (hashtext(id) & 1023) < 102
        returning 1)
      select count(*)::int as files from changed`;
    const [files] = await sql<
      { files: number }[]
    >`select count(*)::int as files from ministry.case_files`;
    const incremental = await timedStages(
      () => (onProgress) =>
        loadWarehouse(sql, { personSecret: SECRET, batchSize: 200_000, asOf: AS_OF, onProgress }),
    );
    const refreshMs = incremental.stages.get('placements') ?? Number.NaN;
    const full = await timed(() =>
      refreshPlacements(sql, { asOf: AS_OF, batchSize: 50_000, full: true }),
    );
    log(
      `${(changed?.files ?? 0).toLocaleString('en')} of ${(files?.files ?? 0).toLocaleString('en')} case files changed: load ${seconds(incremental.ms)}, of which the placement refresh ${seconds(refreshMs)} (${incremental.value.placements.people.toLocaleString('en')} people re-derived); full recomputation of placements and cells ${seconds(full.ms)}; refresh = ${(refreshMs / full.ms).toFixed(2)}× full (goal ≤ 0.2×), whole load = ${(incremental.ms / full.ms).toFixed(2)}×`,
    );
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Wall time of a load, and of each of its stages (dimensions, each fact, placements), ms. */
async function timedStages<T>(
  work: () => (onProgress: (progress: LoadProgress) => void) => Promise<T>,
): Promise<{ ms: number; value: T; stages: Map<string, number> }> {
  const stages = new Map<string, number>();
  let stage = '';
  let since = performance.now();
  const onProgress = (progress: LoadProgress) => {
    const name = progress.stage === 'facts' ? progress.fact : progress.stage;
    if (name === stage) return;
    const now = performance.now();
    if (stage) stages.set(stage, (stages.get(stage) ?? 0) + (now - since));
    stage = name;
    since = now;
  };
  const { ms, value } = await timed(() => work()(onProgress));
  if (stage) stages.set(stage, (stages.get(stage) ?? 0) + (performance.now() - since));
  return { ms, value, stages };
}

/**
 * Raw COPY: the loaded participations out of the server and back into a table with no indexes
 * and no constraints, through this process, rows/s.
 */
async function rawCopyRate(sql: Sql, url: string): Promise<number> {
  await sql`drop table if exists bench_raw_copy`;
  await sql`create table bench_raw_copy (like warehouse.fact_participation)`;
  // COPY on connections of its own: a pool connection that served a COPY stream is not reused.
  const reader = connect({ url, poolSize: 1, statementTimeoutMs: 0, applicationName: 'bench-raw' });
  const writer = connect({ url, poolSize: 1, statementTimeoutMs: 0, applicationName: 'bench-raw' });
  try {
    const [count] = await sql<
      { rows: number }[]
    >`select count(*)::int as rows from warehouse.fact_participation`;
    const started = performance.now();
    const source = await reader`copy warehouse.fact_participation to stdout`.readable();
    const target = await writer`copy bench_raw_copy from stdin`.writable();
    await pipeline(source, target as unknown as Writable);
    const ms = performance.now() - started;
    return (count?.rows ?? 0) / (ms / 1000);
  } finally {
    await Promise.all([reader.end({ timeout: 5 }), writer.end({ timeout: 5 })]);
    await sql`drop table if exists bench_raw_copy`;
  }
}
