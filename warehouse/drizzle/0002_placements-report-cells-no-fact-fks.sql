CREATE TABLE "warehouse"."placement_queue" (
	"person_key" text PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warehouse"."report_cell_days" (
	"dimension" text NOT NULL,
	"member" text NOT NULL,
	"cohort_quarter" date NOT NULL,
	"days" integer NOT NULL,
	"people" integer NOT NULL,
	CONSTRAINT "report_cell_days_pk" PRIMARY KEY("dimension","cohort_quarter","member","days")
);
--> statement-breakpoint
CREATE TABLE "warehouse"."report_cells" (
	"dimension" text NOT NULL,
	"member" text NOT NULL,
	"cohort_quarter" date NOT NULL,
	"participants" integer NOT NULL,
	"placed" integer NOT NULL,
	"retention_6m_known" integer NOT NULL,
	"retained_6m" integer NOT NULL,
	"retention_12m_known" integer NOT NULL,
	"retained_12m" integer NOT NULL,
	"median_days_to_placement" double precision,
	CONSTRAINT "report_cells_pk" PRIMARY KEY("dimension","cohort_quarter","member")
);
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" DROP CONSTRAINT "fact_employment_industry_key_dim_industry_industry_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" DROP CONSTRAINT "fact_employment_workplace_region_key_dim_region_region_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" DROP CONSTRAINT "fact_employment_residence_region_key_dim_region_region_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" DROP CONSTRAINT "fact_employment_start_date_key_dim_date_date_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_employment" DROP CONSTRAINT "fact_employment_end_date_key_dim_date_date_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" DROP CONSTRAINT "fact_participation_program_key_dim_program_program_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" DROP CONSTRAINT "fact_participation_agency_key_dim_agency_agency_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" DROP CONSTRAINT "fact_participation_region_key_dim_region_region_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" DROP CONSTRAINT "fact_participation_age_band_key_dim_age_band_age_band_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" DROP CONSTRAINT "fact_participation_enrolled_date_key_dim_date_date_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" DROP CONSTRAINT "fact_participation_ended_date_key_dim_date_date_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_participation_key_fact_participation_participation_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_program_key_dim_program_program_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_agency_key_dim_agency_agency_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_region_key_dim_region_region_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_age_band_key_dim_age_band_age_band_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_ended_date_key_dim_date_date_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_employment_key_fact_employment_employment_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_industry_key_dim_industry_industry_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" DROP CONSTRAINT "fact_placement_placed_date_key_dim_date_date_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" DROP CONSTRAINT "fact_service_agency_key_dim_agency_agency_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" DROP CONSTRAINT "fact_service_program_key_dim_program_program_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" DROP CONSTRAINT "fact_service_region_key_dim_region_region_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" DROP CONSTRAINT "fact_service_age_band_key_dim_age_band_age_band_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" DROP CONSTRAINT "fact_service_occupation_key_dim_occupation_occupation_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_service" DROP CONSTRAINT "fact_service_date_key_dim_date_date_key_fk";
--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD COLUMN "enrolled_on" date NOT NULL;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD COLUMN "ended_on" date;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD COLUMN "cohort_quarter" date NOT NULL;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_placement" ADD COLUMN "placed_on" date;--> statement-breakpoint
CREATE INDEX "fact_placement_retention_due_idx" ON "warehouse"."fact_placement" USING btree ("placed_on") WHERE "warehouse"."fact_placement"."placed" and "warehouse"."fact_placement"."retained_12m" is null;--> statement-breakpoint
ALTER TABLE "warehouse"."fact_participation" ADD CONSTRAINT "fact_participation_dates" CHECK ("warehouse"."fact_participation"."ended_on" is null or "warehouse"."fact_participation"."ended_on" >= "warehouse"."fact_participation"."enrolled_on");