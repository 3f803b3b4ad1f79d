CREATE SCHEMA "warehouse";
--> statement-breakpoint
CREATE TABLE "warehouse"."dim_age_band" (
	"age_band_key" smallint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."dim_age_band_age_band_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"label" text NOT NULL,
	"min_age" smallint,
	"max_age" smallint,
	"sort_order" smallint NOT NULL,
	CONSTRAINT "dim_age_band_code_key" UNIQUE("code"),
	CONSTRAINT "dim_age_band_bounds" CHECK ("warehouse"."dim_age_band"."min_age" is null or "warehouse"."dim_age_band"."max_age" is null or "warehouse"."dim_age_band"."min_age" <= "warehouse"."dim_age_band"."max_age")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."dim_agency" (
	"agency_key" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."dim_agency_agency_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"unit_id" text NOT NULL,
	"unit_kind" text NOT NULL,
	"agency_code" text NOT NULL,
	"agency_label_ko" text NOT NULL,
	"agency_label_en" text NOT NULL,
	"unit_label_ko" text NOT NULL,
	"unit_label_en" text NOT NULL,
	"region_code" text,
	CONSTRAINT "dim_agency_unit_id_key" UNIQUE("unit_id"),
	CONSTRAINT "dim_agency_unit_kind" CHECK ("warehouse"."dim_agency"."unit_kind" in ('AGENCY', 'CENTER', 'CAMPUS'))
);
--> statement-breakpoint
CREATE TABLE "warehouse"."dim_date" (
	"date_key" integer PRIMARY KEY NOT NULL,
	"day" date NOT NULL,
	"year" smallint NOT NULL,
	"quarter" smallint NOT NULL,
	"month" smallint NOT NULL,
	"day_of_month" smallint NOT NULL,
	"iso_year" smallint NOT NULL,
	"iso_week" smallint NOT NULL,
	"iso_weekday" smallint NOT NULL,
	"is_weekend" boolean NOT NULL,
	"month_start" date NOT NULL,
	CONSTRAINT "dim_date_day_key" UNIQUE("day"),
	CONSTRAINT "dim_date_key_matches_day" CHECK ("warehouse"."dim_date"."date_key" = to_char("warehouse"."dim_date"."day", 'YYYYMMDD')::int)
);
--> statement-breakpoint
CREATE TABLE "warehouse"."dim_industry" (
	"industry_key" smallint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."dim_industry_industry_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"label_ko" text NOT NULL,
	"label_en" text NOT NULL,
	CONSTRAINT "dim_industry_code_key" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."dim_occupation" (
	"occupation_key" smallint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."dim_occupation_occupation_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 32767 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"label_ko" text NOT NULL,
	"label_en" text NOT NULL,
	CONSTRAINT "dim_occupation_code_key" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."dim_program" (
	"program_key" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."dim_program_program_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"variant_id" text NOT NULL,
	"agency_code" text NOT NULL,
	"program_id" text NOT NULL,
	"program_label_ko" text NOT NULL,
	"program_label_en" text NOT NULL,
	"program_kind" text NOT NULL,
	"year" smallint,
	"sector" text,
	"type_code" text,
	"type_label_ko" text,
	"type_label_en" text,
	"training_field_code" text,
	"training_field_label_ko" text,
	"training_field_label_en" text,
	CONSTRAINT "dim_program_variant_id_key" UNIQUE("variant_id")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."dim_region" (
	"region_key" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."dim_region_region_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"code" text NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"label_ko" text NOT NULL,
	"label_en" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"place_key" text NOT NULL,
	"place_code" text NOT NULL,
	"place_label_ko" text NOT NULL,
	"place_label_en" text NOT NULL,
	"sido_place_key" text NOT NULL,
	CONSTRAINT "dim_region_code_valid_from_key" UNIQUE NULLS NOT DISTINCT("code","valid_from"),
	CONSTRAINT "dim_region_level" CHECK ("warehouse"."dim_region"."level" in ('sido', 'sigungu')),
	CONSTRAINT "dim_region_validity" CHECK ("warehouse"."dim_region"."valid_from" is null or "warehouse"."dim_region"."valid_to" is null or "warehouse"."dim_region"."valid_from" <= "warehouse"."dim_region"."valid_to")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."fact_employment" (
	"employment_key" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."fact_employment_employment_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"person_key" text NOT NULL,
	"employer_id" text NOT NULL,
	"industry_key" smallint NOT NULL,
	"workplace_region_key" integer NOT NULL,
	"residence_region_key" integer NOT NULL,
	"start_date_key" integer NOT NULL,
	"end_date_key" integer,
	"started_on" date NOT NULL,
	"ended_on" date,
	CONSTRAINT "fact_employment_source_key" UNIQUE("source","source_id"),
	CONSTRAINT "fact_employment_dates" CHECK ("warehouse"."fact_employment"."ended_on" is null or "warehouse"."fact_employment"."ended_on" >= "warehouse"."fact_employment"."started_on")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."fact_participation" (
	"participation_key" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."fact_participation_participation_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"person_key" text NOT NULL,
	"program_key" integer NOT NULL,
	"agency_key" integer NOT NULL,
	"region_key" integer,
	"age_band_key" smallint,
	"enrolled_date_key" integer NOT NULL,
	"ended_date_key" integer,
	"outcome" text NOT NULL,
	"source_status" text NOT NULL,
	CONSTRAINT "fact_participation_source_key" UNIQUE("source","source_id"),
	CONSTRAINT "fact_participation_outcome" CHECK ("warehouse"."fact_participation"."outcome" in ('ONGOING', 'COMPLETED', 'LEFT', 'NOT_ADMITTED'))
);
--> statement-breakpoint
CREATE TABLE "warehouse"."fact_placement" (
	"placement_key" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."fact_placement_placement_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"participation_key" bigint NOT NULL,
	"person_key" text NOT NULL,
	"program_key" integer NOT NULL,
	"agency_key" integer NOT NULL,
	"region_key" integer,
	"age_band_key" smallint,
	"ended_date_key" integer NOT NULL,
	"employment_key" bigint,
	"industry_key" smallint,
	"placed_date_key" integer,
	"placed" boolean NOT NULL,
	"days_to_placement" integer,
	"retained_6m" boolean,
	"retained_12m" boolean,
	CONSTRAINT "fact_placement_participation_key" UNIQUE("participation_key"),
	CONSTRAINT "fact_placement_placed" CHECK ("warehouse"."fact_placement"."placed" = ("warehouse"."fact_placement"."placed_date_key" is not null)),
	CONSTRAINT "fact_placement_days" CHECK ("warehouse"."fact_placement"."days_to_placement" is null or "warehouse"."fact_placement"."days_to_placement" >= 0)
);
--> statement-breakpoint
CREATE TABLE "warehouse"."fact_service" (
	"service_event_key" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "warehouse"."fact_service_service_event_key_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"source" text NOT NULL,
	"source_id" text NOT NULL,
	"person_key" text NOT NULL,
	"service_kind" text NOT NULL,
	"agency_key" integer NOT NULL,
	"program_key" integer,
	"region_key" integer,
	"age_band_key" smallint,
	"occupation_key" smallint,
	"date_key" integer NOT NULL,
	"source_status" text NOT NULL,
	CONSTRAINT "fact_service_source_key" UNIQUE("source","source_id"),
	CONSTRAINT "fact_service_kind" CHECK ("warehouse"."fact_service"."service_kind" in ('CONSULTATION', 'TRAINING', 'DIAGNOSIS'))
);
--> statement-breakpoint
CREATE TABLE "warehouse"."load_watermarks" (
	"source" text PRIMARY KEY NOT NULL,
	"watermark" text NOT NULL,
	"rows_loaded" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" ADD CONSTRAINT "fact_employment_industry_key_dim_industry_industry_key_fk" FOREIGN KEY ("industry_key") REFERENCES "warehouse"."dim_industry"("industry_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" ADD CONSTRAINT "fact_employment_workplace_region_key_dim_region_region_key_fk" FOREIGN KEY ("workplace_region_key") REFERENCES "warehouse"."dim_region"("region_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" ADD CONSTRAINT "fact_employment_residence_region_key_dim_region_region_key_fk" FOREIGN KEY ("residence_region_key") REFERENCES "warehouse"."dim_region"("region_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" ADD CONSTRAINT "fact_employment_start_date_key_dim_date_date_key_fk" FOREIGN KEY ("start_date_key") REFERENCES "warehouse"."dim_date"("date_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" ADD CONSTRAINT "fact_employment_end_date_key_dim_date_date_key_fk" FOREIGN KEY ("end_date_key") REFERENCES "warehouse"."dim_date"("date_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD CONSTRAINT "fact_participation_program_key_dim_program_program_key_fk" FOREIGN KEY ("program_key") REFERENCES "warehouse"."dim_program"("program_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD CONSTRAINT "fact_participation_agency_key_dim_agency_agency_key_fk" FOREIGN KEY ("agency_key") REFERENCES "warehouse"."dim_agency"("agency_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD CONSTRAINT "fact_participation_region_key_dim_region_region_key_fk" FOREIGN KEY ("region_key") REFERENCES "warehouse"."dim_region"("region_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD CONSTRAINT "fact_participation_age_band_key_dim_age_band_age_band_key_fk" FOREIGN KEY ("age_band_key") REFERENCES "warehouse"."dim_age_band"("age_band_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD CONSTRAINT "fact_participation_enrolled_date_key_dim_date_date_key_fk" FOREIGN KEY ("enrolled_date_key") REFERENCES "warehouse"."dim_date"("date_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD CONSTRAINT "fact_participation_ended_date_key_dim_date_date_key_fk" FOREIGN KEY ("ended_date_key") REFERENCES "warehouse"."dim_date"("date_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_participation_key_fact_participation_participation_key_fk" FOREIGN KEY ("participation_key") REFERENCES "warehouse"."fact_participation"("participation_key") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_program_key_dim_program_program_key_fk" FOREIGN KEY ("program_key") REFERENCES "warehouse"."dim_program"("program_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_agency_key_dim_agency_agency_key_fk" FOREIGN KEY ("agency_key") REFERENCES "warehouse"."dim_agency"("agency_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_region_key_dim_region_region_key_fk" FOREIGN KEY ("region_key") REFERENCES "warehouse"."dim_region"("region_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_age_band_key_dim_age_band_age_band_key_fk" FOREIGN KEY ("age_band_key") REFERENCES "warehouse"."dim_age_band"("age_band_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_ended_date_key_dim_date_date_key_fk" FOREIGN KEY ("ended_date_key") REFERENCES "warehouse"."dim_date"("date_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_employment_key_fact_employment_employment_key_fk" FOREIGN KEY ("employment_key") REFERENCES "warehouse"."fact_employment"("employment_key") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_industry_key_dim_industry_industry_key_fk" FOREIGN KEY ("industry_key") REFERENCES "warehouse"."dim_industry"("industry_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD CONSTRAINT "fact_placement_placed_date_key_dim_date_date_key_fk" FOREIGN KEY ("placed_date_key") REFERENCES "warehouse"."dim_date"("date_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" ADD CONSTRAINT "fact_service_agency_key_dim_agency_agency_key_fk" FOREIGN KEY ("agency_key") REFERENCES "warehouse"."dim_agency"("agency_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" ADD CONSTRAINT "fact_service_program_key_dim_program_program_key_fk" FOREIGN KEY ("program_key") REFERENCES "warehouse"."dim_program"("program_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" ADD CONSTRAINT "fact_service_region_key_dim_region_region_key_fk" FOREIGN KEY ("region_key") REFERENCES "warehouse"."dim_region"("region_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" ADD CONSTRAINT "fact_service_age_band_key_dim_age_band_age_band_key_fk" FOREIGN KEY ("age_band_key") REFERENCES "warehouse"."dim_age_band"("age_band_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" ADD CONSTRAINT "fact_service_occupation_key_dim_occupation_occupation_key_fk" FOREIGN KEY ("occupation_key") REFERENCES "warehouse"."dim_occupation"("occupation_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" ADD CONSTRAINT "fact_service_date_key_dim_date_date_key_fk" FOREIGN KEY ("date_key") REFERENCES "warehouse"."dim_date"("date_key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dim_agency_agency_code_idx" ON "warehouse"."dim_agency" USING btree ("agency_code");--> statement-breakpoint
CREATE INDEX "dim_date_year_month_idx" ON "warehouse"."dim_date" USING btree ("year","month");--> statement-breakpoint
CREATE INDEX "dim_program_program_idx" ON "warehouse"."dim_program" USING btree ("agency_code","program_id");--> statement-breakpoint
CREATE INDEX "dim_region_place_key_idx" ON "warehouse"."dim_region" USING btree ("place_key");--> statement-breakpoint
CREATE INDEX "fact_employment_person_started_idx" ON "warehouse"."fact_employment" USING btree ("person_key","started_on");--> statement-breakpoint
CREATE INDEX "fact_participation_person_idx" ON "warehouse"."fact_participation" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "fact_participation_program_idx" ON "warehouse"."fact_participation" USING btree ("program_key");--> statement-breakpoint
CREATE INDEX "fact_placement_person_idx" ON "warehouse"."fact_placement" USING btree ("person_key");--> statement-breakpoint
CREATE INDEX "fact_service_person_idx" ON "warehouse"."fact_service" USING btree ("person_key");