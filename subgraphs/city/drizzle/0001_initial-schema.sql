CREATE SCHEMA "city";
--> statement-breakpoint
CREATE TABLE "city"."application_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city"."employers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"industry_code" text NOT NULL,
	"size" text NOT NULL,
	"region_code" text NOT NULL,
	"seoul_strong_sme" boolean DEFAULT false NOT NULL,
	"homepage" text
);
--> statement-breakpoint
CREATE TABLE "city"."industries" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city"."job_postings" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"title" text NOT NULL,
	"employment_type" text NOT NULL,
	"wage_type" text NOT NULL,
	"wage_min" integer NOT NULL,
	"wage_max" integer,
	"region_code" text NOT NULL,
	"sido_code" text GENERATED ALWAYS AS (left(region_code, 2)) STORED NOT NULL,
	"occupation_code" text NOT NULL,
	"education" text NOT NULL,
	"career_kind" text NOT NULL,
	"career_min_years" smallint,
	"work_hours_per_week" smallint,
	"registered_on" date NOT NULL,
	"closes_on" date,
	"source" text NOT NULL,
	"source_url" text NOT NULL,
	CONSTRAINT "job_postings_wage_range" CHECK ("city"."job_postings"."wage_min" >= 0 and ("city"."job_postings"."wage_max" is null or "city"."job_postings"."wage_max" >= "city"."job_postings"."wage_min")),
	CONSTRAINT "job_postings_dates" CHECK ("city"."job_postings"."closes_on" is null or "city"."job_postings"."closes_on" >= "city"."job_postings"."registered_on")
);
--> statement-breakpoint
CREATE TABLE "city"."members" (
	"id" text PRIMARY KEY NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city"."occupations" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city"."program_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" text NOT NULL,
	"member_id" text NOT NULL,
	"sector" text NOT NULL,
	"program_type_id" text,
	"training_field_code" text,
	"applicant_name" text NOT NULL,
	"phone" text NOT NULL,
	"birth_date" date NOT NULL,
	"residence_region_code" text NOT NULL,
	"employment_status" text NOT NULL,
	"prior_participation_months" smallint DEFAULT 0 NOT NULL,
	"motivation" text,
	"status" text DEFAULT 'SUBMITTED' NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city"."program_eligibility_rules" (
	"program_id" text NOT NULL,
	"kind" text NOT NULL,
	"value" integer,
	"description" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "program_eligibility_rules_pk" PRIMARY KEY("program_id","kind")
);
--> statement-breakpoint
CREATE TABLE "city"."program_sectors" (
	"program_id" text NOT NULL,
	"kind" text NOT NULL,
	"positions" integer NOT NULL,
	"projects" integer,
	CONSTRAINT "program_sectors_pk" PRIMARY KEY("program_id","kind")
);
--> statement-breakpoint
CREATE TABLE "city"."program_training_fields" (
	"program_id" text NOT NULL,
	"code" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"introduced_in" smallint,
	"position" smallint NOT NULL,
	CONSTRAINT "program_training_fields_pk" PRIMARY KEY("program_id","code")
);
--> statement-breakpoint
CREATE TABLE "city"."program_types" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"sector" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"positions" integer,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "city"."programs" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"agency" text NOT NULL,
	"year" smallint NOT NULL,
	"previous_year_positions" integer,
	"max_participation_months" smallint NOT NULL,
	"mandatory_training_hours" smallint NOT NULL,
	"mandatory_training_weeks_min" smallint NOT NULL,
	"mandatory_training_weeks_max" smallint NOT NULL,
	"additional_training_hours_max" smallint NOT NULL,
	"wage_basis" text NOT NULL,
	"hourly_wage" integer NOT NULL,
	"monthly_wage_approx" integer NOT NULL,
	"exam_fee_times_per_year" smallint,
	"exam_fee_max_amount" integer
);
--> statement-breakpoint
CREATE TABLE "city"."regions" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "regions_code_shape" CHECK ("city"."regions"."code" ~ '^[0-9]{2}([0-9]{3})?$')
);
--> statement-breakpoint
CREATE TABLE "city"."seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city"."suit_rental_branches" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"region_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "city"."suit_rental_reservations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" text NOT NULL,
	"member_id" text NOT NULL,
	"phone" text NOT NULL,
	"status" text DEFAULT 'RESERVED' NOT NULL,
	"reserved_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "city"."suit_rental_slots" (
	"id" text PRIMARY KEY NOT NULL,
	"branch_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" smallint NOT NULL,
	"reserved" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "suit_rental_slots_capacity" CHECK ("city"."suit_rental_slots"."reserved" >= 0 and "city"."suit_rental_slots"."reserved" <= "city"."suit_rental_slots"."capacity")
);
--> statement-breakpoint
ALTER TABLE "city"."application_events" ADD CONSTRAINT "application_events_application_id_program_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "city"."program_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."employers" ADD CONSTRAINT "employers_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "city"."industries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."employers" ADD CONSTRAINT "employers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "city"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."job_postings" ADD CONSTRAINT "job_postings_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "city"."employers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."job_postings" ADD CONSTRAINT "job_postings_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "city"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."job_postings" ADD CONSTRAINT "job_postings_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "city"."occupations"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_applications" ADD CONSTRAINT "program_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "city"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_applications" ADD CONSTRAINT "program_applications_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "city"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_applications" ADD CONSTRAINT "program_applications_program_type_id_program_types_id_fk" FOREIGN KEY ("program_type_id") REFERENCES "city"."program_types"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_applications" ADD CONSTRAINT "program_applications_residence_region_code_regions_code_fk" FOREIGN KEY ("residence_region_code") REFERENCES "city"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_eligibility_rules" ADD CONSTRAINT "program_eligibility_rules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "city"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_sectors" ADD CONSTRAINT "program_sectors_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "city"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_training_fields" ADD CONSTRAINT "program_training_fields_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "city"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."program_types" ADD CONSTRAINT "program_types_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "city"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."regions" ADD CONSTRAINT "regions_parent_code_regions_code_fk" FOREIGN KEY ("parent_code") REFERENCES "city"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."suit_rental_branches" ADD CONSTRAINT "suit_rental_branches_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "city"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."suit_rental_reservations" ADD CONSTRAINT "suit_rental_reservations_slot_id_suit_rental_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "city"."suit_rental_slots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."suit_rental_reservations" ADD CONSTRAINT "suit_rental_reservations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "city"."members"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "city"."suit_rental_slots" ADD CONSTRAINT "suit_rental_slots_branch_id_suit_rental_branches_id_fk" FOREIGN KEY ("branch_id") REFERENCES "city"."suit_rental_branches"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "application_events_application_id_idx" ON "city"."application_events" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "employers_region_code_idx" ON "city"."employers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "employers_name_trgm_idx" ON "city"."employers" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "job_postings_registered_idx" ON "city"."job_postings" USING btree ("registered_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "job_postings_sido_registered_idx" ON "city"."job_postings" USING btree ("sido_code","registered_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "job_postings_region_registered_idx" ON "city"."job_postings" USING btree ("region_code","registered_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "job_postings_employer_registered_idx" ON "city"."job_postings" USING btree ("employer_id","registered_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "job_postings_occupation_code_idx" ON "city"."job_postings" USING btree ("occupation_code");--> statement-breakpoint
CREATE INDEX "job_postings_title_trgm_idx" ON "city"."job_postings" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE UNIQUE INDEX "program_applications_one_active_idx" ON "city"."program_applications" USING btree ("program_id","member_id") WHERE "city"."program_applications"."status" in ('SUBMITTED', 'ACCEPTED');--> statement-breakpoint
CREATE INDEX "program_applications_member_id_idx" ON "city"."program_applications" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "program_types_program_id_idx" ON "city"."program_types" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "regions_parent_code_idx" ON "city"."regions" USING btree ("parent_code");--> statement-breakpoint
CREATE UNIQUE INDEX "suit_rental_reservations_one_active_idx" ON "city"."suit_rental_reservations" USING btree ("slot_id","member_id") WHERE "city"."suit_rental_reservations"."status" = 'RESERVED';--> statement-breakpoint
CREATE INDEX "suit_rental_reservations_member_id_idx" ON "city"."suit_rental_reservations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "suit_rental_slots_starts_at_idx" ON "city"."suit_rental_slots" USING btree ("starts_at");