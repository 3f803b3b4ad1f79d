import type { Sql, TransactionSql } from 'postgres';
import { personKeySql } from '../../pseudonym.js';
import { blockRangeSql, changeHorizon, rowTransactionSql, tableBlocks } from '../changes.js';
import { tableExists } from '../source-tables.js';
import { readWatermark, setWatermark } from '../watermarks.js';

/** One agency table a fact is loaded from, and how its rows become staged fact rows. */
export interface FactSource {
  /** The natural source: the fact's `source` column. */
  readonly source: string;
  /** The table whose row versions tell what changed; `alias` in `from`. */
  readonly table: string;
  readonly alias: string;
  /** Tables (`schema.table`) the source reads; a source whose tables are absent is skipped. */
  readonly requires: readonly string[];
  /** The FROM clause (the table and what it joins for context). */
  readonly from: string;
  /** SQL of the member id: it is pseudonymised on the way into staging, never stored. */
  readonly member: string;
  /** SQL for every other staging column of the target. */
  readonly columns: Readonly<Record<string, string>>;
}

/** A fact table and how staged rows are merged into it. */
export interface FactTarget {
  readonly fact: string;
  /** The staging table (temporary, emptied at commit) and its column definitions. */
  readonly stage: string;
  readonly stageColumns: Readonly<Record<string, string>>;
  /** Throws naming staged rows whose codes the dimensions lack: a gap is an error. */
  check(tx: TransactionSql, source: FactSource): Promise<void>;
  /** Upserts the staged rows by natural key, changing only rows that differ. */
  merge(tx: TransactionSql, source: FactSource): Promise<{ inserted: number; updated: number }>;
}

export interface FactLoadOptions {
  /** Source rows per batch (about); each batch is one transaction. */
  readonly batchSize: number;
  /** Called inside each batch's transaction before it commits (tests interrupt loads here). */
  readonly beforeCommit?: (batch: { source: string; rows: number }) => Promise<void> | void;
  /** Called after each committed batch (progress). */
  readonly onBatch?: (batch: { source: string; rows: number; done: number; of: number }) => void;
}

export interface FactLoadReport {
  readonly batches: number;
  readonly read: number;
  readonly inserted: number;
  readonly updated: number;
}

const EMPTY: FactLoadReport = { batches: 0, read: 0, inserted: 0, updated: 0 };

/**
 * Loads a fact from its sources, each incrementally: the rows written since the source's
 * watermark (see changes.ts), read in runs of table blocks. Each batch is one transaction:
 * pseudonymise into staging (`INSERT … SELECT` inside the server), check the codes, one upsert
 * that leaves equal rows alone. The watermark moves once the whole table has been read, so a load
 * killed at any point leaves whole batches behind, and the re-run reads them again and changes
 * nothing.
 */
export async function loadFact(
  sql: Sql,
  target: FactTarget,
  sources: readonly FactSource[],
  options: FactLoadOptions,
  /** The pseudonymisation secret's HMAC keys (pseudonym.ts `hmacPads`). */
  pads: { inner: Buffer; outer: Buffer },
): Promise<Record<string, FactLoadReport>> {
  const reports: Record<string, FactLoadReport> = {};
  for (const source of sources) {
    reports[source.source] = await loadSource(sql, target, source, options, pads);
  }
  return reports;
}

async function loadSource(
  sql: Sql,
  target: FactTarget,
  source: FactSource,
  options: FactLoadOptions,
  pads: { inner: Buffer; outer: Buffer },
): Promise<FactLoadReport> {
  const present = await sql.begin(async (tx) => {
    for (const table of source.requires) {
      if (!(await tableExists(tx, table))) return false;
    }
    return true;
  });
  if (!present) return EMPTY;

  // Two facts may read one table (enrolments are participations and trainings): one mark each.
  const mark = `${target.fact}/${source.source}`;
  const horizon = await changeHorizon(sql);
  const since = await sql.begin(async (tx) => {
    const watermark = await readWatermark(tx, mark);
    // A watermark from before row-version tracking (a source id) starts the source over.
    return watermark && /^\d+$/.test(watermark) ? BigInt(watermark) : 0n;
  });
  const { blocks, rowsPerBlock } = await tableBlocks(sql, source.table);
  const step = Math.max(1, Math.floor(options.batchSize / rowsPerBlock));
  const stageColumns = Object.keys(target.stageColumns);
  const missing = stageColumns.filter(
    (column) => column !== 'person_key' && !(column in source.columns),
  );
  if (missing.length > 0) throw new Error(`${source.source}: no SQL for ${missing.join(', ')}`);
  const definition = stageColumns
    .map((column) => `${column} ${target.stageColumns[column]}`)
    .join(', ');
  const select = stageColumns
    .map((column) =>
      column === 'person_key' ? personKeySql(source.member, 1, 2) : source.columns[column],
    )
    .join(',\n      ');

  let report = EMPTY;
  for (let from = 0; from < blocks; from += step) {
    const to = Math.min(blocks, from + step);
    const batch = await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext(${`warehouse.load.${mark}`}))`;
      await tx.unsafe(
        `create temp table if not exists ${target.stage} (${definition}) on commit delete rows`,
      );
      const staged = await tx.unsafe(
        `insert into ${target.stage} (${stageColumns.join(', ')})
         select ${select}
         from ${source.from}
         where ${blockRangeSql(source.alias, from, to)}
           and ${rowTransactionSql(source.alias)} >= $3::bigint`,
        [pads.inner, pads.outer, since.toString()],
      );
      if (staged.count === 0) return { rows: 0, inserted: 0, updated: 0 };
      await target.check(tx, source);
      const counts = await target.merge(tx, source);
      await options.beforeCommit?.({ source: source.source, rows: staged.count });
      return { rows: staged.count, ...counts };
    });
    report = {
      batches: report.batches + (batch.rows > 0 ? 1 : 0),
      read: report.read + batch.rows,
      inserted: report.inserted + batch.inserted,
      updated: report.updated + batch.updated,
    };
    options.onBatch?.({ source: source.source, rows: batch.rows, done: to, of: blocks });
  }
  await sql.begin((tx) => setWatermark(tx, mark, horizon.toString(), report.read));
  return report;
}

/**
 * SQL: the key of the `dim_region` row of `code` valid on `day`; for a code the source kept past
 * its renumbering, the code's latest row. A lateral subquery, aliased `alias`.
 */
export function regionOnDaySql(code: string, day: string, alias: string): string {
  return `left join lateral (
      select r.region_key from warehouse.dim_region r
      where r.code = ${code}
      order by (${day} between coalesce(r.valid_from, '-infinity'::date)
        and coalesce(r.valid_to, 'infinity'::date)) desc, r.valid_from desc nulls last
      limit 1) ${alias} on true`;
}

/** Throws when a check query found staged rows the dimensions cannot place. */
export function failOnUnknown(
  fact: string,
  rows: ReadonlyArray<{ source_id: string; problem: string }>,
): void {
  if (rows.length === 0) return;
  throw new Error(
    `${fact}: ${rows.map((row) => `${row.source_id}: unknown ${row.problem}`).join('; ')} (load the dimensions first)`,
  );
}
