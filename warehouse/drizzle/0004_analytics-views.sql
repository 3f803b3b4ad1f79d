-- Every region code there has been, old and new, with the place it names in the reports: the
-- analytics subgraph (and an analyst) asks by any code, e.g. Iksan's 45140, and finds the place
-- the reports list under its latest code (52140). A code that was reused names its latest place.
CREATE VIEW "reports"."region_codes" AS
SELECT DISTINCT ON (code) code, level, label_ko, label_en, valid_from, valid_to,
  place_code AS region_code, place_label_ko AS region_ko, place_label_en AS region_en
FROM "warehouse"."dim_region"
ORDER BY code, valid_from DESC NULLS LAST;
--> statement-breakpoint
COMMENT ON VIEW "reports"."region_codes" IS 'Every administrative region code (sido or sigungu, old and new) with the region the reports list it under (region_code: the place''s latest code), for looking up a renumbered code such as 45140 (Iksan, now 52140).';
--> statement-breakpoint
GRANT SELECT ON "reports"."region_codes" TO warehouse_analyst;
