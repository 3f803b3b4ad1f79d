import type { Sql, TransactionSql } from 'postgres';
import { withoutSecondaryIndexes } from './facts/fact-load.js';

export interface PlacementRefreshOptions {
  /** The day retention is judged on (`YYYY-MM-DD`); today in Korea when absent. */
  readonly asOf?: string;
  /** People per batch; each batch is one transaction. */
  readonly batchSize: number;
  /** Throw the derived facts and aggregates away and derive them all again. */
  readonly full?: boolean;
  /** Called inside each batch's transaction before it commits (tests interrupt here). */
  readonly beforeCommit?: (batch: { people: number }) => Promise<void> | void;
  readonly onBatch?: (batch: { people: number; done: number; of: number }) => void;
}

export interface PlacementRefreshReport {
  readonly batches: number;
  readonly people: number;
  readonly placements: number;
}

/**
 * The report dimensions a placement counts in, by natural key: everyone, the sido and sigungu of
 * residence (places, so renumbered codes stay one row), the programme, the age band and the agency
 * unit. The views in schema `reports` read these cells.
 */
const CELL_MEMBERS = `
  left join warehouse.dim_region r on r.region_key = d.region_key
  left join warehouse.dim_program p on p.program_key = d.program_key
  left join warehouse.dim_age_band b on b.age_band_key = d.age_band_key
  left join warehouse.dim_agency a on a.agency_key = d.agency_key
  cross join lateral (values
    ('all', '-'),
    ('sido', r.sido_place_key),
    ('sigungu', case when r.level = 'sigungu' then r.place_key end),
    ('program', p.agency_code || ':' || p.program_id),
    ('age_band', b.code),
    ('agency', a.unit_id)) as cell(dimension, member)
  where cell.member is not null`;

/**
 * fact_placement and the report cells, for the people the loads queued: each batch takes people
 * off the queue, deletes their placements, derives them again from their participations and
 * employments, and adds the difference to the report cells — in one transaction, so a refresh
 * killed at any point is taken up where it stopped, and its cost follows what changed.
 *
 * A participation that ended (completed or left) is placed when the person's first insured job
 * starting on or after its enrolment starts no later than six months after its end; days to
 * placement count from the end (0 for a job found before it). Retention at 6 (12) months: insured
 * by any employer on the day 6 (12) months after the placement began; unknown until that day.
 */
export async function refreshPlacements(
  sql: Sql,
  options: PlacementRefreshOptions,
): Promise<PlacementRefreshReport> {
  const asOf = options.asOf ?? (await today(sql));
  const derivedAll = await sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(hashtext('warehouse.refresh.placements'))`;
    const [state] = await tx<{ empty: boolean }[]>`
      select not exists (select 1 from warehouse.fact_placement) as empty`;
    if (options.full || state?.empty) {
      const report = await deriveAll(tx, asOf);
      await options.beforeCommit?.({ people: report.people });
      return report;
    }
    // Placements whose 6 or 12 months have passed since they were derived.
    await tx`
      insert into warehouse.placement_queue (person_key)
      select distinct person_key from warehouse.fact_placement
      where placed and retained_12m is null
        and placed_on <= ${asOf}::date - interval '6 months'
        and (retained_6m is null or placed_on <= ${asOf}::date - interval '12 months')`;
    return null;
  });
  if (derivedAll) {
    options.onBatch?.({
      people: derivedAll.people,
      done: derivedAll.people,
      of: derivedAll.people,
    });
    return derivedAll;
  }
  const [queued] = await sql<{ people: number }[]>`
    select count(*)::int as people from warehouse.placement_queue`;
  const of = queued?.people ?? 0;

  let report: PlacementRefreshReport = { batches: 0, people: 0, placements: 0 };
  for (;;) {
    const batch = await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(hashtext('warehouse.refresh.placements'))`;
      const people = await takeFromQueue(tx, options.batchSize);
      if (people === 0) return null;
      const placements = await rederive(tx, asOf);
      await applyToCells(tx);
      await options.beforeCommit?.({ people });
      return { people, placements };
    });
    if (!batch) break;
    report = {
      batches: report.batches + 1,
      people: report.people + batch.people,
      placements: report.placements + batch.placements,
    };
    options.onBatch?.({ people: batch.people, done: report.people, of });
  }
  return report;
}

async function today(sql: Sql): Promise<string> {
  const [row] = await sql<{ day: string }[]>`
    select (now() at time zone 'Asia/Seoul')::date::text as day`;
  return row?.day ?? new Date().toISOString().slice(0, 10);
}

async function takeFromQueue(tx: TransactionSql, limit: number): Promise<number> {
  await tx`
    create temp table if not exists refresh_people (person_key text primary key)
    on commit delete rows`;
  const taken = await tx`
    with taken as (
      delete from warehouse.placement_queue
      where ctid = any(array(
        select ctid from warehouse.placement_queue limit ${limit} for update skip locked))
      returning person_key)
    insert into refresh_people select distinct person_key from taken`;
  return taken.count;
}

/** Replaces the batch's people's placements; the old and new rows go to placement_delta. */
async function rederive(tx: TransactionSql, asOf: string): Promise<number> {
  await tx`
    create temp table if not exists placement_delta (
      sign int not null, cohort_quarter date not null, region_key int, program_key int not null,
      age_band_key smallint, agency_key int not null, placed boolean not null,
      days_to_placement int, retained_6m boolean, retained_12m boolean
    ) on commit delete rows`;
  await tx`
    with old as (
      delete from warehouse.fact_placement f using refresh_people q
      where f.person_key = q.person_key
      returning f.cohort_quarter, f.region_key, f.program_key, f.age_band_key, f.agency_key,
        f.placed, f.days_to_placement, f.retained_6m, f.retained_12m)
    insert into placement_delta
    select -1, cohort_quarter, region_key, program_key, age_band_key, agency_key, placed,
      days_to_placement, retained_6m, retained_12m
    from old`;
  const inserted = await tx.unsafe(
    `with derived as ${derivedSql('join refresh_people q on q.person_key = p.person_key')},
    placed as (
      ${PLACEMENT_INSERT}
      returning cohort_quarter, region_key, program_key, age_band_key, agency_key, placed,
        days_to_placement, retained_6m, retained_12m)
    insert into placement_delta
    select 1, cohort_quarter, region_key, program_key, age_band_key, agency_key, placed,
      days_to_placement, retained_6m, retained_12m
    from placed`,
    [asOf],
  );
  return inserted.count;
}

/** Placements of the participations `join` selects (people, or everyone). */
const derivedSql = (join: string) => `(
      select p.participation_key, p.person_key, p.program_key, p.agency_key, p.region_key,
        p.age_band_key, p.ended_date_key, p.ended_on,
        date_trunc('quarter', p.ended_on)::date as cohort_quarter,
        e.employment_key, e.industry_key, e.start_date_key, e.started_on,
        (e.started_on + interval '6 months')::date as day_6m,
        (e.started_on + interval '12 months')::date as day_12m
      from warehouse.fact_participation p
      ${join}
      left join lateral (
        select e.employment_key, e.industry_key, e.start_date_key, e.started_on
        from warehouse.fact_employment e
        where e.person_key = p.person_key and e.started_on >= p.enrolled_on
          and e.started_on <= (p.ended_on + interval '6 months')::date
        order by e.started_on, e.employment_key
        limit 1) e on true
      where p.outcome in ('COMPLETED', 'LEFT') and p.ended_on is not null)`;

/** Inserts the rows of `derived` into fact_placement; `$1` is the day retention is judged on. */
const PLACEMENT_INSERT = `insert into warehouse.fact_placement (
        participation_key, person_key, program_key, agency_key, region_key, age_band_key,
        ended_date_key, cohort_quarter, employment_key, industry_key, placed_date_key, placed_on,
        placed, days_to_placement, retained_6m, retained_12m)
      select d.participation_key, d.person_key, d.program_key, d.agency_key, d.region_key,
        d.age_band_key, d.ended_date_key, d.cohort_quarter, d.employment_key, d.industry_key,
        d.start_date_key, d.started_on, d.employment_key is not null,
        greatest(0, d.started_on - d.ended_on),
        case when d.day_6m <= $1::date then exists (
          select 1 from warehouse.fact_employment x
          where x.person_key = d.person_key and x.started_on <= d.day_6m
            and (x.ended_on is null or x.ended_on > d.day_6m)) end,
        case when d.day_12m <= $1::date then exists (
          select 1 from warehouse.fact_employment x
          where x.person_key = d.person_key and x.started_on <= d.day_12m
            and (x.ended_on is null or x.ended_on > d.day_12m)) end
      from derived d`;

/**
 * Every placement and report cell derived afresh, set-based, in the caller's transaction:
 * fact_placement is filled without its secondary indexes, which are built afterwards, and the
 * cells are one aggregation of it. The first refresh, and `--full`.
 */
async function deriveAll(tx: TransactionSql, asOf: string): Promise<PlacementRefreshReport> {
  await tx`lock table warehouse.fact_placement in access exclusive mode`;
  await tx`
    truncate warehouse.fact_placement, warehouse.placement_queue, warehouse.report_cells,
      warehouse.report_cell_days`;
  let placements = 0;
  await withoutSecondaryIndexes(tx, 'warehouse.fact_placement', async () => {
    const inserted = await tx.unsafe(`with derived as ${derivedSql('')} ${PLACEMENT_INSERT}`, [
      asOf,
    ]);
    placements = inserted.count;
  });
  await applyToCells(
    tx,
    `(select 1 as sign, cohort_quarter, region_key, program_key, age_band_key, agency_key, placed,
      days_to_placement, retained_6m, retained_12m from warehouse.fact_placement)`,
  );
  const [people] = await tx<{ people: number }[]>`
    select count(distinct person_key)::int as people from warehouse.fact_placement`;
  return { batches: 1, people: people?.people ?? 0, placements };
}

/** Adds the batch's difference to the report cells and their day counts; recomputes medians. */
async function applyToCells(tx: TransactionSql, delta = 'placement_delta'): Promise<void> {
  await tx`
    create temp table if not exists touched_cells (
      dimension text, member text, cohort_quarter date,
      primary key (dimension, cohort_quarter, member)
    ) on commit delete rows`;
  await tx.unsafe(`
    with delta as (
      select cell.dimension, cell.member, d.cohort_quarter,
        sum(d.sign)::int as participants,
        coalesce(sum(d.sign) filter (where d.placed), 0)::int as placed,
        coalesce(sum(d.sign) filter (where d.retained_6m is not null), 0)::int as known_6m,
        coalesce(sum(d.sign) filter (where d.retained_6m), 0)::int as retained_6m,
        coalesce(sum(d.sign) filter (where d.retained_12m is not null), 0)::int as known_12m,
        coalesce(sum(d.sign) filter (where d.retained_12m), 0)::int as retained_12m
      from ${delta} d
      ${CELL_MEMBERS}
      group by 1, 2, 3
    ), applied as (
      insert into warehouse.report_cells as c (
        dimension, member, cohort_quarter, participants, placed, retention_6m_known,
        retained_6m, retention_12m_known, retained_12m)
      select dimension, member, cohort_quarter, participants, placed, known_6m, retained_6m,
        known_12m, retained_12m
      from delta
      on conflict (dimension, cohort_quarter, member) do update set
        participants = c.participants + excluded.participants,
        placed = c.placed + excluded.placed,
        retention_6m_known = c.retention_6m_known + excluded.retention_6m_known,
        retained_6m = c.retained_6m + excluded.retained_6m,
        retention_12m_known = c.retention_12m_known + excluded.retention_12m_known,
        retained_12m = c.retained_12m + excluded.retained_12m
      returning dimension, member, cohort_quarter)
    insert into touched_cells select distinct dimension, member, cohort_quarter from applied
    on conflict do nothing`);
  await tx.unsafe(`
    insert into warehouse.report_cell_days as c (dimension, member, cohort_quarter, days, people)
    select cell.dimension, cell.member, d.cohort_quarter, d.days_to_placement, sum(d.sign)::int
    from ${delta} d
    ${CELL_MEMBERS} and d.placed
    group by 1, 2, 3, 4
    on conflict (dimension, cohort_quarter, member, days) do update set
      people = c.people + excluded.people`);
  await tx`
    delete from warehouse.report_cell_days c using touched_cells t
    where c.dimension = t.dimension and c.cohort_quarter = t.cohort_quarter
      and c.member = t.member and c.people = 0`;
  await tx`
    delete from warehouse.report_cells c using touched_cells t
    where c.dimension = t.dimension and c.cohort_quarter = t.cohort_quarter
      and c.member = t.member and c.participants = 0`;
  // percentile_cont(0.5) from counts: the values at positions floor and ceil of (n - 1) / 2, for
  // every touched cell in one pass (cells left without placements get null).
  await tx`
    update warehouse.report_cells c set median_days_to_placement = m.median
    from (
      select t.dimension, t.member, t.cohort_quarter, d.median
      from touched_cells t
      left join (
        select dimension, member, cohort_quarter,
          min(days) filter (where cum > floor(pos))
            + (max(pos) - floor(max(pos))) * (min(days) filter (where cum > ceil(pos))
              - min(days) filter (where cum > floor(pos))) as median
        from (
          select x.dimension, x.member, x.cohort_quarter, x.days,
            sum(x.people) over cell_days as cum,
            (sum(x.people) over cell - 1) / 2.0 as pos
          from warehouse.report_cell_days x
          join touched_cells t using (dimension, cohort_quarter, member)
          window cell as (partition by x.dimension, x.cohort_quarter, x.member),
            cell_days as (cell order by x.days)) as counted
        group by 1, 2, 3) d using (dimension, cohort_quarter, member)) as m
    where c.dimension = m.dimension and c.cohort_quarter = m.cohort_quarter
      and c.member = m.member
      and c.median_days_to_placement is distinct from m.median`;
}
