import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDimensions } from '../src/load/dimensions.js';
import { tableFingerprint, type WarehouseDatabase, warehouseDatabase } from './support.js';

let db: WarehouseDatabase;
beforeAll(async () => {
  db = await warehouseDatabase({ sources: 'all' });
});
afterAll(() => db?.close());

const DIMENSIONS = [
  'dim_date',
  'dim_region',
  'dim_agency',
  'dim_program',
  'dim_age_band',
  'dim_industry',
  'dim_occupation',
] as const;

const fingerprints = async () =>
  Object.fromEntries(
    await Promise.all(
      DIMENSIONS.map(async (table) => [table, await tableFingerprint(db.sql, table)] as const),
    ),
  );

describe('loadDimensions', () => {
  it('loads every dimension, and a re-load changes nothing', async () => {
    const first = await loadDimensions(db.sql);
    for (const table of DIMENSIONS) expect(first[table].inserted, table).toBeGreaterThan(0);
    const before = await fingerprints();
    expect(before.dim_region?.rows).toBe(57);
    expect(before.dim_industry?.rows).toBe(21);
    expect(before.dim_occupation?.rows).toBe(10);
    expect(before.dim_age_band?.rows).toBe(6);

    const second = await loadDimensions(db.sql);
    for (const table of DIMENSIONS)
      expect(second[table], table).toEqual({ inserted: 0, updated: 0 });
    expect(await fingerprints()).toEqual(before);
  });

  it('puts a changed source row right, and only that row', async () => {
    await db.sql`update warehouse.dim_industry set label_en = 'tampered' where code = 'C'`;
    const report = await loadDimensions(db.sql);
    expect(report.dim_industry).toEqual({ inserted: 0, updated: 1 });
    const [row] = await db.sql<{ label_en: string }[]>`
      select label_en from warehouse.dim_industry where code = 'C'`;
    expect(row?.label_en).toBe('Manufacturing');
  });

  it('gives renumbered regions one place, with validity ranges that do not overlap', async () => {
    const places = await db.sql<{ code: string; place_key: string; place_code: string }[]>`
      select code, place_key, place_code from warehouse.dim_region
      where code in ('45140', '52140', '42', '51', '45', '52') order by code`;
    const place = (code: string) => places.find((row) => row.code === code)?.place_key;
    expect(place('45140')).toBe(place('52140'));
    expect(place('42')).toBe(place('51'));
    expect(place('45')).toBe(place('52'));
    expect(place('42')).not.toBe(place('45'));
    expect(new Set(places.map((row) => row.place_code))).toEqual(new Set(['52140', '51', '52']));

    const overlaps = await db.sql`
      select a.code, b.code from warehouse.dim_region a
      join warehouse.dim_region b on a.place_key = b.place_key and a.region_key < b.region_key
      where daterange(a.valid_from, a.valid_to, '[]') && daterange(b.valid_from, b.valid_to, '[]')`;
    expect(overlaps).toEqual([]);

    // A 2023 record from 45140 and a 2026 record from 52140 group as one place (Iksan).
    const [iksan] = await db.sql<{ places: number }[]>`
      select count(distinct r.place_key)::int as places
      from (values ('45140', date '2023-05-01'), ('52140', date '2026-02-01')) as e(code, day)
      join warehouse.dim_region r on r.code = e.code
        and e.day between coalesce(r.valid_from, '-infinity') and coalesce(r.valid_to, 'infinity')`;
    expect(iksan?.places).toBe(1);
  });

  it('covers the agencies units, the regional centers among the Ministry', async () => {
    const agencies = await db.sql<{ agency_code: string; unit_kind: string; units: number }[]>`
      select agency_code, unit_kind, count(*)::int as units from warehouse.dim_agency
      group by 1, 2 order by 1, 2`;
    const units = (agency: string, kind: string) =>
      agencies.find((row) => row.agency_code === agency && row.unit_kind === kind)?.units ?? 0;
    for (const agency of ['city', 'districts', 'fiftyplus', 'ministry']) {
      expect(units(agency, 'AGENCY'), agency).toBe(1);
    }
    expect(units('districts', 'CENTER')).toBeGreaterThan(0);
    expect(units('fiftyplus', 'CAMPUS')).toBe(5);
    const regional = await db.sql<{ unit_id: string }[]>`
      select unit_id from warehouse.dim_agency
      where agency_code = 'ministry' and unit_id ~ '(gwanak|incheon|gumi)'`;
    expect(regional.length).toBeGreaterThanOrEqual(3);
  });

  it('has programme variants for every agency, city ones by sector, type and field', async () => {
    const programs = await db.sql<{ agency_code: string; variants: number }[]>`
      select agency_code, count(*)::int as variants from warehouse.dim_program group by 1 order by 1`;
    expect(programs.map((row) => row.agency_code)).toEqual([
      'city',
      'districts',
      'fiftyplus',
      'ministry',
    ]);
    const [unmatched] = await db.sql<{ count: number }[]>`
      select count(*)::int as count from city.program_applications a
      where not exists (
        select 1 from warehouse.dim_program p
        where p.agency_code = 'city' and p.program_id = a.program_id and p.sector = a.sector
          and p.type_code is not distinct from a.program_type_id
          and p.training_field_code is not distinct from a.training_field_code)`;
    expect(unmatched?.count).toBe(0);
  });

  it('has a calendar covering the agencies records, keyed yyyymmdd', async () => {
    const [span] = await db.sql<{ covered: boolean; iksan_day: number }[]>`
      select bool_and(exists (select 1 from warehouse.dim_date d where d.day = r.acquired_on))
          as covered,
        (select iso_week from warehouse.dim_date where date_key = 20240118)::int as iksan_day
      from ministry.insurance_records r`;
    expect(span?.covered).toBe(true);
    expect(span?.iksan_day).toBe(3);
    const [day] = await db.sql`select * from warehouse.dim_date where date_key = 20241229`;
    expect(day).toMatchObject({ iso_year: 2024, iso_week: 52, iso_weekday: 7, is_weekend: true });
  });
});
