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
  /** Staged days that become date keys: each must lie in the calendar (dim_date). */
  readonly dayColumns: readonly string[];
  /** Throws naming staged rows whose codes the dimensions lack: a gap is an error. */
  check(tx: TransactionSql, source: FactSource): Promise<void>;
  /** `INSERT INTO warehouse.<fact> AS f (…) SELECT $1 (the source), … FROM <stage> s …`. */
  readonly insert: string;
  /** `ON CONFLICT (source, source_id) DO UPDATE … WHERE … IS DISTINCT FROM …`. */
  readonly conflict: string;
  /** Whether the fact feeds placements: its changed people are queued for the refresh. */
  readonly queues: boolean;
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
  const present: FactSource[] = [];
  for (const source of sources) {
    if (await sql.begin((tx) => sourcePresent(tx, source))) present.push(source);
    else reports[source.source] = EMPTY;
  }
  const [state] = await sql.unsafe<{ empty: boolean }[]>(
    `select not exists (select 1 from warehouse.${target.fact}) as empty`,
  );
  if (state?.empty && present.length > 0) {
    return { ...reports, ...(await bulkLoad(sql, target, present, options, pads)) };
  }
  for (const source of present) {
    reports[source.source] = await loadSource(sql, target, source, options, pads);
  }
  return reports;
}

async function sourcePresent(tx: TransactionSql, source: FactSource): Promise<boolean> {
  for (const table of source.requires) {
    if (!(await tableExists(tx, table))) return false;
  }
  return true;
}

const lockSource = (tx: TransactionSql, target: FactTarget, source: FactSource) =>
  tx`select pg_advisory_xact_lock(hashtext(${`warehouse.load.${target.fact}/${source.source}`}))`;

/**
 * The first load of a fact: one transaction that drops the table's secondary indexes, inserts
 * every source's rows (staged and checked batch by batch as usual, but without the upsert, since
 * nothing is there to conflict with), and builds the indexes again — far cheaper than maintaining
 * a person-key B-tree row by row. Killed, it leaves the table as it was: empty.
 */
async function bulkLoad(
  sql: Sql,
  target: FactTarget,
  sources: readonly FactSource[],
  options: FactLoadOptions,
  pads: { inner: Buffer; outer: Buffer },
): Promise<Record<string, FactLoadReport>> {
  return sql.begin(async (tx) => {
    await tx.unsafe(`lock table warehouse.${target.fact} in access exclusive mode`);
    const [state] = await tx.unsafe<{ empty: boolean }[]>(
      `select not exists (select 1 from warehouse.${target.fact}) as empty`,
    );
    if (!state?.empty) throw new Error(`${target.fact} was loaded meanwhile; run the load again`);
    const reports: Record<string, FactLoadReport> = {};
    await withoutSecondaryIndexes(tx, `warehouse.${target.fact}`, async () => {
      for (const source of sources) {
        const plan = await planSource(tx, target, source);
        let report = EMPTY;
        for (const range of batchRanges(plan, options.batchSize)) {
          const rows = await stageBatch(tx, target, source, plan, range, 0n, pads);
          if (rows > 0) {
            await checkDays(tx, target);
            await target.check(tx, source);
            const inserted = await tx.unsafe(target.insert, [source.source]);
            await options.beforeCommit?.({ source: source.source, rows });
            report = {
              batches: report.batches + 1,
              read: report.read + rows,
              inserted: report.inserted + inserted.count,
              updated: 0,
            };
          }
          options.onBatch?.({ source: source.source, rows, done: range.to, of: plan.blocks });
        }
        await setWatermark(tx, plan.mark, plan.horizon.toString(), report.read);
        reports[source.source] = report;
      }
    });
    // Placements are derived from this fact: derive them all afresh (see placements.ts).
    if (target.queues) await tx`truncate warehouse.fact_placement, warehouse.placement_queue`;
    return reports;
  });
}

/**
 * Runs `work` with the table's indexes other than its primary key dropped, then builds them
 * (and the unique constraints they back) again, in the caller's transaction.
 */
export async function withoutSecondaryIndexes(
  tx: TransactionSql,
  table: string,
  work: () => Promise<void>,
): Promise<void> {
  const constraints = await tx<{ name: string; definition: string }[]>`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = ${table}::regclass and contype = 'u'`;
  const indexes = await tx<{ name: string; definition: string }[]>`
    select i.relname as name, pg_get_indexdef(i.oid) as definition
    from pg_index x join pg_class i on i.oid = x.indexrelid
    where x.indrelid = ${table}::regclass and not x.indisprimary
      and not exists (select 1 from pg_constraint c where c.conindid = i.oid)`;
  for (const constraint of constraints) {
    await tx.unsafe(`alter table ${table} drop constraint "${constraint.name}"`);
  }
  for (const index of indexes) await tx.unsafe(`drop index warehouse."${index.name}"`);
  await work();
  for (const index of indexes) await tx.unsafe(index.definition);
  for (const constraint of constraints) {
    await tx.unsafe(
      `alter table ${table} add constraint "${constraint.name}" ${constraint.definition}`,
    );
  }
}

interface SourcePlan {
  readonly mark: string;
  readonly horizon: bigint;
  readonly blocks: number;
  readonly rowsPerBlock: number;
  readonly definition: string;
  readonly columns: readonly string[];
  readonly select: string;
}

/** Where a source's read begins and ends, in batches of table blocks, and its staging SQL. */
async function planSource(
  sql: Sql | TransactionSql,
  target: FactTarget,
  source: FactSource,
): Promise<SourcePlan> {
  // Two facts may read one table (enrolments are participations and trainings): one mark each.
  const mark = `${target.fact}/${source.source}`;
  const horizon = await changeHorizon(sql);
  const { blocks, rowsPerBlock } = await tableBlocks(sql, source.table);
  const columns = Object.keys(target.stageColumns);
  const missing = columns.filter(
    (column) => column !== 'person_key' && !(column in source.columns),
  );
  if (missing.length > 0) throw new Error(`${source.source}: no SQL for ${missing.join(', ')}`);
  return {
    mark,
    horizon,
    blocks,
    rowsPerBlock,
    definition: columns.map((column) => `${column} ${target.stageColumns[column]}`).join(', '),
    columns,
    select: columns
      .map((column) =>
        column === 'person_key' ? personKeySql(source.member, 1, 2) : source.columns[column],
      )
      .join(',\n      '),
  };
}

async function loadSource(
  sql: Sql,
  target: FactTarget,
  source: FactSource,
  options: FactLoadOptions,
  pads: { inner: Buffer; outer: Buffer },
): Promise<FactLoadReport> {
  const plan = await planSource(sql, target, source);
  const since = await sql.begin(async (tx) => {
    const watermark = await readWatermark(tx, plan.mark);
    // A watermark from before row-version tracking (a source id) starts the source over.
    return watermark && /^\d+$/.test(watermark) ? BigInt(watermark) : 0n;
  });
  let report = EMPTY;
  for (const range of batchRanges(plan, options.batchSize)) {
    const batch = await sql.begin(async (tx) => {
      await lockSource(tx, target, source);
      const rows = await stageBatch(tx, target, source, plan, range, since, pads);
      if (rows === 0) return { rows: 0, inserted: 0, updated: 0 };
      await checkDays(tx, target);
      await target.check(tx, source);
      const counts = await merge(tx, target, source);
      await options.beforeCommit?.({ source: source.source, rows });
      return { rows, ...counts };
    });
    report = {
      batches: report.batches + (batch.rows > 0 ? 1 : 0),
      read: report.read + batch.rows,
      inserted: report.inserted + batch.inserted,
      updated: report.updated + batch.updated,
    };
    options.onBatch?.({ source: source.source, rows: batch.rows, done: range.to, of: plan.blocks });
  }
  await sql.begin((tx) => setWatermark(tx, plan.mark, plan.horizon.toString(), report.read));
  return report;
}

function batchRanges(plan: SourcePlan, batchSize: number): Array<{ from: number; to: number }> {
  const step = Math.max(1, Math.floor(batchSize / plan.rowsPerBlock));
  const ranges: Array<{ from: number; to: number }> = [];
  for (let from = 0; from < plan.blocks; from += step) {
    ranges.push({ from, to: Math.min(plan.blocks, from + step) });
  }
  return ranges;
}

/** Stages the rows of blocks [from, to) written since `since`; returns how many. */
async function stageBatch(
  tx: TransactionSql,
  target: FactTarget,
  source: FactSource,
  plan: SourcePlan,
  range: { from: number; to: number },
  since: bigint,
  pads: { inner: Buffer; outer: Buffer },
): Promise<number> {
  await tx.unsafe(
    `create temp table if not exists ${target.stage} (${plan.definition}) on commit delete rows`,
  );
  await tx.unsafe(`truncate ${target.stage}`);
  const staged = await tx.unsafe(
    `insert into ${target.stage} (${plan.columns.join(', ')})
     select ${plan.select}
     from ${source.from}
     where ${blockRangeSql(source.alias, range.from, range.to)}
       and ${rowTransactionSql(source.alias)} >= $3::bigint`,
    [pads.inner, pads.outer, since.toString()],
  );
  return staged.count;
}

/** One upsert of the staged rows; the people whose rows changed are queued if the fact says. */
async function merge(
  tx: TransactionSql,
  target: FactTarget,
  source: FactSource,
): Promise<{ inserted: number; updated: number }> {
  const queue = target.queues
    ? `, queued as (
        insert into warehouse.placement_queue (person_key)
        select distinct person_key from merged)`
    : '';
  const [counts] = await tx.unsafe<{ inserted: number; updated: number }[]>(
    `with merged as (
      ${target.insert}
      ${target.conflict}
      returning f.person_key, (xmax = 0) as inserted)${queue}
    select (count(*) filter (where inserted))::int as inserted,
      (count(*) filter (where not inserted))::int as updated
    from merged`,
    [source.source],
  );
  return { inserted: counts?.inserted ?? 0, updated: counts?.updated ?? 0 };
}

/** Fails when a staged day lies outside the calendar: the calendar is contiguous. */
async function checkDays(tx: TransactionSql, target: FactTarget): Promise<void> {
  if (target.dayColumns.length === 0) return;
  const outside = target.dayColumns
    .map((column) => `s.${column} < c.first or s.${column} > c.last`)
    .join(' or ');
  const rows = await tx.unsafe<{ source_id: string; problem: string }[]>(
    `select s.source_id, 'day ' || concat_ws(' / ', ${target.dayColumns.map((column) => `s.${column}`).join(', ')}) as problem
     from ${target.stage} s,
       (select min(day) as first, max(day) as last from warehouse.dim_date) c
     where ${outside}
     limit 5`,
  );
  failOnUnknown(target.fact, rows);
}

/**
 * SQL joins resolving `code` on `day` to a `dim_region` key, as `${alias}_on.region_key` or, for a
 * code the source kept past its renumbering, the code's latest row: use `regionKeySql(alias)`.
 * Plain joins (a code's validity ranges never overlap), so large batches hash-join them.
 */
export function regionOnDaySql(code: string, day: string, alias: string): string {
  return `left join warehouse.dim_region ${alias}_on on ${alias}_on.code = ${code}
      and ${day} >= coalesce(${alias}_on.valid_from, '-infinity'::date)
      and ${day} <= coalesce(${alias}_on.valid_to, 'infinity'::date)
    left join (select distinct on (code) code, region_key from warehouse.dim_region
      order by code, valid_from desc nulls last) ${alias}_latest on ${alias}_latest.code = ${code}`;
}

/** SQL: the region key the joins of `regionOnDaySql(…, alias)` found. */
export function regionKeySql(alias: string): string {
  return `coalesce(${alias}_on.region_key, ${alias}_latest.region_key)`;
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
