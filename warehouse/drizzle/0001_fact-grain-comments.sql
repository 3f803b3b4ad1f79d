-- Each table's grain, where analysts see it (\dt+ in psql, or obj_description).
COMMENT ON TABLE "warehouse"."fact_participation" IS 'Grain: one row per person x programme participation (a city programme application, a 50Plus course enrolment, a Ministry case file). Natural key (source, source_id).';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."fact_service" IS 'Grain: one row per service event delivered to a person: a consultation, a training session or a career diagnosis. Natural key (source, source_id).';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."fact_employment" IS 'Grain: one row per employment-insurance acquisition record (person, employer, start day, loss day) from the Ministry. Natural key (source, source_id).';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."fact_placement" IS 'Grain: one row per ended participation (completed or left): the first employment starting on or after the end, days to placement, retained at 6 and 12 months. Derived; natural key participation_key.';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."dim_date" IS 'One row per calendar day; date_key is yyyymmdd.';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."dim_region" IS 'One row per region code and validity range; place_key is shared by the codes of a renumbered region (Iksan 45140/52140, Gangwon 42/51, Jeonbuk 45/52).';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."dim_agency" IS 'One row per agency and per agency unit (center, campus) facts are attributed to; natural key unit_id.';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."dim_program" IS 'One row per programme variant (programme, sector, type, training field or course track); natural key variant_id.';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."dim_age_band" IS 'One row per age band; an event takes the band of the person''s age on the event day.';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."dim_industry" IS 'One row per KSIC section (A-U).';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."dim_occupation" IS 'One row per KECO major group (0-9).';
--> statement-breakpoint
COMMENT ON TABLE "warehouse"."load_watermarks" IS 'Loader state: per source, the highest position loaded.';
