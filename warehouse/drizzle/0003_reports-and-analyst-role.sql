COMMENT ON TABLE "warehouse"."fact_placement" IS 'Grain: one row per ended participation (completed or left): the first insured job starting between its enrolment and 6 months after its end (placed), days from the end (0 if before), insured 6 and 12 months after the start. Derived; natural key participation_key.';
--> statement-breakpoint
-- Reports: views over the precomputed report cells, with small cells suppressed. Analysts read
-- these (role warehouse_analyst), never the facts: the views run with their owner's rights.
CREATE SCHEMA IF NOT EXISTS "reports";
--> statement-breakpoint
COMMENT ON SCHEMA "reports" IS 'Placement and retention reports over precomputed aggregates; cells of fewer than 5 people are suppressed (null, with suppression = primary or complementary).';
--> statement-breakpoint
-- One row per place: its latest code and labels (renumbered codes share a place).
CREATE VIEW "warehouse"."report_places" AS
SELECT DISTINCT ON (place_key) place_key, level, place_code, place_label_ko, place_label_en,
  sido_place_key
FROM "warehouse"."dim_region"
ORDER BY place_key, valid_from DESC NULLS LAST;
--> statement-breakpoint
-- Every report cell with its suppression. A cell of fewer than 5 people is suppressed (primary).
-- Cells sum to their parent (sigungu to their sido, everything else to all regions) for the same
-- quarter, so a single suppressed cell among its siblings could be recovered by subtraction: the
-- smallest sibling is then suppressed as well (complementary).
CREATE VIEW "warehouse"."published_cells" AS
WITH cells AS (
  SELECT c.*,
    CASE WHEN c.dimension = 'sigungu' THEN p.sido_place_key ELSE '-' END AS parent,
    c.participants < 5 AS small
  FROM "warehouse"."report_cells" c
  LEFT JOIN "warehouse"."report_places" p ON c.dimension = 'sigungu' AND p.place_key = c.member
  WHERE c.dimension <> 'all'
), ranked AS (
  SELECT cells.*,
    count(*) FILTER (WHERE small) OVER siblings AS small_siblings,
    row_number() OVER (PARTITION BY dimension, cohort_quarter, parent
      ORDER BY small, participants, member) AS rank_among_large
  FROM cells
  WINDOW siblings AS (PARTITION BY dimension, cohort_quarter, parent)
)
SELECT dimension, member, cohort_quarter, participants, placed, retention_6m_known, retained_6m,
  retention_12m_known, retained_12m, median_days_to_placement,
  CASE WHEN small THEN 'primary'
    WHEN small_siblings = 1 AND rank_among_large = 1 THEN 'complementary' END AS suppression
FROM ranked
UNION ALL
SELECT dimension, member, cohort_quarter, participants, placed, retention_6m_known, retained_6m,
  retention_12m_known, retained_12m, median_days_to_placement,
  CASE WHEN participants < 5 THEN 'primary' END
FROM "warehouse"."report_cells" WHERE dimension = 'all';
--> statement-breakpoint
-- The measures of a published cell, null where suppressed.
CREATE VIEW "warehouse"."report_measures" AS
SELECT dimension, member, cohort_quarter,
  to_char(cohort_quarter, 'YYYY"Q"Q') AS cohort,
  -- The 6-month window of the quarter's last exits has not closed: rates may still rise.
  (cohort_quarter + interval '9 months')::date > (now() AT TIME ZONE 'Asia/Seoul')::date AS provisional,
  suppression IS NOT NULL AS suppressed, suppression,
  CASE WHEN suppression IS NULL THEN participants END AS participants,
  CASE WHEN suppression IS NULL THEN placed END AS placed,
  CASE WHEN suppression IS NULL THEN round(placed::numeric / participants, 4) END AS placement_rate,
  CASE WHEN suppression IS NULL THEN retained_6m END AS retained_6m,
  CASE WHEN suppression IS NULL AND retention_6m_known > 0
    THEN round(retained_6m::numeric / retention_6m_known, 4) END AS retention_6m_rate,
  CASE WHEN suppression IS NULL AND retention_12m_known > 0
    THEN round(retained_12m::numeric / retention_12m_known, 4) END AS retention_12m_rate,
  CASE WHEN suppression IS NULL THEN round(median_days_to_placement::numeric, 1) END
    AS median_days_to_placement
FROM "warehouse"."published_cells";
--> statement-breakpoint
CREATE VIEW "reports"."placement_overall" AS
SELECT cohort_quarter, cohort, provisional, participants, placed, placement_rate, retained_6m,
  retention_6m_rate, retention_12m_rate, median_days_to_placement, suppressed, suppression
FROM "warehouse"."report_measures" WHERE dimension = 'all';
--> statement-breakpoint
COMMENT ON VIEW "reports"."placement_overall" IS 'Placement rate, retention and median days to placement of all ended participations, by cohort quarter (the quarter the participation ended).';
--> statement-breakpoint
CREATE VIEW "reports"."placement_by_region" AS
SELECT m.dimension AS level, p.place_code AS region_code, p.place_label_ko AS region_ko,
  p.place_label_en AS region_en, s.place_code AS sido_code, m.cohort_quarter, m.cohort,
  m.provisional, m.participants, m.placed, m.placement_rate, m.retained_6m, m.retention_6m_rate,
  m.retention_12m_rate, m.median_days_to_placement, m.suppressed, m.suppression
FROM "warehouse"."report_measures" m
JOIN "warehouse"."report_places" p ON p.place_key = m.member
JOIN "warehouse"."report_places" s ON s.place_key = p.sido_place_key
WHERE m.dimension IN ('sido', 'sigungu');
--> statement-breakpoint
COMMENT ON VIEW "reports"."placement_by_region" IS 'Placement rate, 6- and 12-month retention and median days to placement by region of residence at enrolment (level sido or sigungu; a renumbered region is one row under its latest code) and cohort quarter.';
--> statement-breakpoint
CREATE VIEW "reports"."placement_by_program" AS
SELECT split_part(m.member, ':', 1) AS agency_code, p.program_id, p.program_label_ko AS program_ko,
  p.program_label_en AS program_en, p.program_kind, m.cohort_quarter, m.cohort, m.provisional,
  m.participants, m.placed, m.placement_rate, m.retained_6m, m.retention_6m_rate,
  m.retention_12m_rate, m.median_days_to_placement, m.suppressed, m.suppression
FROM "warehouse"."report_measures" m
JOIN (SELECT DISTINCT ON (agency_code, program_id) agency_code, program_id, program_label_ko,
    program_label_en, program_kind
  FROM "warehouse"."dim_program" ORDER BY agency_code, program_id, variant_id) p
  ON p.agency_code || ':' || p.program_id = m.member
WHERE m.dimension = 'program';
--> statement-breakpoint
COMMENT ON VIEW "reports"."placement_by_program" IS 'Placement rate, retention and median days to placement by programme (all its variants) and cohort quarter.';
--> statement-breakpoint
CREATE VIEW "reports"."placement_by_age_band" AS
SELECT b.code AS age_band, b.label AS age_band_label, b.sort_order, m.cohort_quarter, m.cohort,
  m.provisional, m.participants, m.placed, m.placement_rate, m.retained_6m, m.retention_6m_rate,
  m.retention_12m_rate, m.median_days_to_placement, m.suppressed, m.suppression
FROM "warehouse"."report_measures" m
JOIN "warehouse"."dim_age_band" b ON b.code = m.member
WHERE m.dimension = 'age_band';
--> statement-breakpoint
COMMENT ON VIEW "reports"."placement_by_age_band" IS 'Placement rate, retention and median days to placement by age band at enrolment and cohort quarter.';
--> statement-breakpoint
CREATE VIEW "reports"."placement_by_agency" AS
SELECT a.agency_code, a.unit_id, a.unit_kind, a.unit_label_ko AS unit_ko, a.unit_label_en AS unit_en,
  m.cohort_quarter, m.cohort, m.provisional, m.participants, m.placed, m.placement_rate,
  m.retained_6m, m.retention_6m_rate, m.retention_12m_rate, m.median_days_to_placement,
  m.suppressed, m.suppression
FROM "warehouse"."report_measures" m
JOIN "warehouse"."dim_agency" a ON a.unit_id = m.member
WHERE m.dimension = 'agency';
--> statement-breakpoint
COMMENT ON VIEW "reports"."placement_by_agency" IS 'Placement rate, retention and median days to placement by agency unit (district center, 50Plus campus, Ministry center) and cohort quarter.';
--> statement-breakpoint
CREATE VIEW "reports"."regional_comparison" AS
SELECT r.level, r.region_code, r.region_ko, r.region_en, r.sido_code, r.cohort_quarter, r.cohort,
  r.provisional, r.participants, r.placement_rate, o.placement_rate AS all_region_placement_rate,
  round((r.placement_rate - o.placement_rate) * 100, 1) AS placement_rate_difference_pp,
  r.retention_6m_rate, o.retention_6m_rate AS all_region_retention_6m_rate,
  round((r.retention_6m_rate - o.retention_6m_rate) * 100, 1) AS retention_6m_difference_pp,
  r.suppressed, r.suppression
FROM "reports"."placement_by_region" r
JOIN "reports"."placement_overall" o ON o.cohort_quarter = r.cohort_quarter;
--> statement-breakpoint
COMMENT ON VIEW "reports"."regional_comparison" IS 'Each region''s placement and 6-month retention rates against all regions'' in the same cohort quarter, in percentage points.';
--> statement-breakpoint
-- The analysts' role: may log in, reads the reports and nothing else, never writes. Roles are
-- the server's, not the database's: another database on the server may have made it already.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'warehouse_analyst') THEN
    CREATE ROLE warehouse_analyst LOGIN;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
END $$;
--> statement-breakpoint
DO $$
BEGIN
  ALTER ROLE warehouse_analyst SET default_transaction_read_only = on;
EXCEPTION WHEN OTHERS THEN NULL; -- another database's migration is setting the same
END $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA "reports" TO warehouse_analyst;
--> statement-breakpoint
GRANT SELECT ON ALL TABLES IN SCHEMA "reports" TO warehouse_analyst;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA "reports" GRANT SELECT ON TABLES TO warehouse_analyst;
