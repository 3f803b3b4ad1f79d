CREATE SCHEMA "fiftyplus";
--> statement-breakpoint
CREATE TABLE "fiftyplus"."academy_plans" (
	"program_id" text PRIMARY KEY NOT NULL,
	"planned_courses" integer NOT NULL,
	"planned_trainees" integer NOT NULL,
	"planned_sites" integer NOT NULL,
	"planned_sites_by" smallint NOT NULL,
	"regional_job_fairs_per_year" smallint NOT NULL,
	"large_job_fair_month" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."campuses" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"region_code" text NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."career_diagnoses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" text NOT NULL,
	"diagnosed_on" date NOT NULL,
	"readiness_score" smallint NOT NULL,
	"readiness" text NOT NULL,
	"strengths" text[] NOT NULL,
	"counselor_id" text NOT NULL,
	"note" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "career_diagnoses_score" CHECK ("fiftyplus"."career_diagnoses"."readiness_score" between 0 and 100),
	CONSTRAINT "career_diagnoses_readiness_band" CHECK ("fiftyplus"."career_diagnoses"."readiness" = case when "fiftyplus"."career_diagnoses"."readiness_score" >= 70 then 'HIGH' when "fiftyplus"."career_diagnoses"."readiness_score" >= 40 then 'MEDIUM' else 'LOW' end)
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."career_entries" (
	"person_id" text NOT NULL,
	"position" smallint NOT NULL,
	"occupation_code" text NOT NULL,
	"title" text NOT NULL,
	"years" smallint NOT NULL,
	CONSTRAINT "career_entries_pk" PRIMARY KEY("person_id","position"),
	CONSTRAINT "career_entries_years" CHECK ("fiftyplus"."career_entries"."years" between 0 and 60)
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."courses" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"campus_id" text NOT NULL,
	"track" text NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours" smallint NOT NULL,
	"capacity" smallint NOT NULL,
	CONSTRAINT "courses_dates" CHECK ("fiftyplus"."courses"."ends_on" >= "fiftyplus"."courses"."starts_on"),
	CONSTRAINT "courses_hours" CHECK ("fiftyplus"."courses"."hours" > 0),
	CONSTRAINT "courses_capacity" CHECK ("fiftyplus"."courses"."capacity" > 0)
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" text NOT NULL,
	"person_id" text NOT NULL,
	"status" text DEFAULT 'ENROLLED' NOT NULL,
	"enrolled_on" date NOT NULL,
	"completed_on" date,
	"withdrawn_on" date,
	CONSTRAINT "enrollments_completed_on" CHECK (("fiftyplus"."enrollments"."status" = 'COMPLETED') = ("fiftyplus"."enrollments"."completed_on" is not null)),
	CONSTRAINT "enrollments_withdrawn_on" CHECK (("fiftyplus"."enrollments"."status" = 'WITHDRAWN') = ("fiftyplus"."enrollments"."withdrawn_on" is not null))
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."follow_ups" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"placement_id" text NOT NULL,
	"checked_on" date NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"staff_id" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "follow_ups_placement_day_key" UNIQUE("placement_id","checked_on")
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."job_postings" (
	"id" text PRIMARY KEY NOT NULL,
	"occupation_code" text NOT NULL,
	"region_code" text NOT NULL,
	"employment_type" text NOT NULL,
	"wage_type" text NOT NULL,
	"wage_min" integer NOT NULL,
	"wage_max" integer,
	"career_kind" text NOT NULL,
	"career_min_years" smallint,
	"work_hours_per_week" smallint,
	"registered_on" date NOT NULL,
	"closes_on" date,
	CONSTRAINT "job_postings_wage" CHECK ("fiftyplus"."job_postings"."wage_min" >= 0)
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."occupations" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."placements" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"person_id" text NOT NULL,
	"employer_id" text NOT NULL,
	"support_type" text NOT NULL,
	"started_on" date NOT NULL,
	"ended_on" date,
	"insurance_record_id" text NOT NULL,
	CONSTRAINT "placements_insurance_record_key" UNIQUE("insurance_record_id"),
	CONSTRAINT "placements_dates" CHECK ("fiftyplus"."placements"."ended_on" is null or "fiftyplus"."placements"."ended_on" >= "fiftyplus"."placements"."started_on")
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."programs" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"year" smallint NOT NULL,
	"area_code" text NOT NULL,
	"min_age" smallint NOT NULL,
	"max_age" smallint NOT NULL,
	"eligibility" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "programs_kind_key" UNIQUE("kind"),
	CONSTRAINT "programs_id_prefix" CHECK ("fiftyplus"."programs"."id" like 'seoul50plus-%'),
	CONSTRAINT "programs_ages" CHECK ("fiftyplus"."programs"."min_age" <= "fiftyplus"."programs"."max_age")
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."regions" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "regions_code_shape" CHECK ("fiftyplus"."regions"."code" ~ '^[0-9]{2}([0-9]{3})?$')
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."support_types" (
	"code" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"description" text NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."survey_findings" (
	"survey_id" text NOT NULL,
	"kind" text NOT NULL,
	"description" text NOT NULL,
	"share_percent" numeric(4, 1) NOT NULL,
	"people" integer NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "survey_findings_pk" PRIMARY KEY("survey_id","kind")
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."surveys" (
	"id" text PRIMARY KEY NOT NULL,
	"program_id" text NOT NULL,
	"year" smallint NOT NULL,
	"month" smallint NOT NULL,
	"respondents" integer NOT NULL,
	"population" integer NOT NULL,
	"age_from" smallint NOT NULL,
	"age_to" smallint NOT NULL,
	CONSTRAINT "surveys_program_id_key" UNIQUE("program_id")
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."talent_plans" (
	"program_id" text PRIMARY KEY NOT NULL,
	"planned_people" integer NOT NULL,
	"previous_year" smallint NOT NULL,
	"previous_year_people" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fiftyplus"."talent_profiles" (
	"person_id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"birth_date" date NOT NULL,
	"phone" text NOT NULL,
	"residence_region_code" text NOT NULL,
	"campus_id" text NOT NULL,
	"readiness" text,
	"desired_region_codes" text[] NOT NULL,
	"desired_min_monthly_wage" integer NOT NULL,
	"desired_max_hours_per_week" smallint NOT NULL,
	"desired_employment_types" text[] NOT NULL,
	"registered_on" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "talent_profiles_person_id_shape" CHECK ("fiftyplus"."talent_profiles"."person_id" ~ '^M[0-9A-Za-z]{8,32}$'),
	CONSTRAINT "talent_profiles_desired_regions" CHECK (cardinality("fiftyplus"."talent_profiles"."desired_region_codes") between 1 and 5),
	CONSTRAINT "talent_profiles_desired_types" CHECK (cardinality("fiftyplus"."talent_profiles"."desired_employment_types") >= 1 and "fiftyplus"."talent_profiles"."desired_employment_types" <@ array['PERMANENT', 'PERMANENT_PART_TIME', 'FIXED_TERM', 'FIXED_TERM_PART_TIME', 'DISPATCHED']::text[]),
	CONSTRAINT "talent_profiles_wage" CHECK ("fiftyplus"."talent_profiles"."desired_min_monthly_wage" > 0),
	CONSTRAINT "talent_profiles_hours" CHECK ("fiftyplus"."talent_profiles"."desired_max_hours_per_week" between 1 and 52)
);
--> statement-breakpoint
ALTER TABLE "fiftyplus"."academy_plans" ADD CONSTRAINT "academy_plans_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "fiftyplus"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."campuses" ADD CONSTRAINT "campuses_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "fiftyplus"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."career_diagnoses" ADD CONSTRAINT "career_diagnoses_person_id_talent_profiles_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "fiftyplus"."talent_profiles"("person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."career_entries" ADD CONSTRAINT "career_entries_person_id_talent_profiles_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "fiftyplus"."talent_profiles"("person_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."career_entries" ADD CONSTRAINT "career_entries_occupation_code_occupations_code_fk" FOREIGN KEY ("occupation_code") REFERENCES "fiftyplus"."occupations"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."courses" ADD CONSTRAINT "courses_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "fiftyplus"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."courses" ADD CONSTRAINT "courses_campus_id_campuses_id_fk" FOREIGN KEY ("campus_id") REFERENCES "fiftyplus"."campuses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."enrollments" ADD CONSTRAINT "enrollments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "fiftyplus"."courses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."enrollments" ADD CONSTRAINT "enrollments_person_id_talent_profiles_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "fiftyplus"."talent_profiles"("person_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."follow_ups" ADD CONSTRAINT "follow_ups_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "fiftyplus"."placements"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."placements" ADD CONSTRAINT "placements_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "fiftyplus"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."placements" ADD CONSTRAINT "placements_person_id_talent_profiles_person_id_fk" FOREIGN KEY ("person_id") REFERENCES "fiftyplus"."talent_profiles"("person_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."placements" ADD CONSTRAINT "placements_support_type_support_types_code_fk" FOREIGN KEY ("support_type") REFERENCES "fiftyplus"."support_types"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."regions" ADD CONSTRAINT "regions_parent_code_regions_code_fk" FOREIGN KEY ("parent_code") REFERENCES "fiftyplus"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."support_types" ADD CONSTRAINT "support_types_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "fiftyplus"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."survey_findings" ADD CONSTRAINT "survey_findings_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "fiftyplus"."surveys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."surveys" ADD CONSTRAINT "surveys_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "fiftyplus"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."talent_plans" ADD CONSTRAINT "talent_plans_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "fiftyplus"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."talent_profiles" ADD CONSTRAINT "talent_profiles_residence_region_code_regions_code_fk" FOREIGN KEY ("residence_region_code") REFERENCES "fiftyplus"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fiftyplus"."talent_profiles" ADD CONSTRAINT "talent_profiles_campus_id_campuses_id_fk" FOREIGN KEY ("campus_id") REFERENCES "fiftyplus"."campuses"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "career_diagnoses_person_idx" ON "fiftyplus"."career_diagnoses" USING btree ("person_id","diagnosed_on");--> statement-breakpoint
CREATE INDEX "courses_campus_starts_idx" ON "fiftyplus"."courses" USING btree ("campus_id","starts_on","id");--> statement-breakpoint
CREATE INDEX "courses_starts_idx" ON "fiftyplus"."courses" USING btree ("starts_on","id");--> statement-breakpoint
CREATE INDEX "courses_program_id_idx" ON "fiftyplus"."courses" USING btree ("program_id");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_one_active_idx" ON "fiftyplus"."enrollments" USING btree ("course_id","person_id") WHERE "fiftyplus"."enrollments"."status" <> 'WITHDRAWN';--> statement-breakpoint
CREATE INDEX "enrollments_person_id_idx" ON "fiftyplus"."enrollments" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "job_postings_registered_idx" ON "fiftyplus"."job_postings" USING btree ("registered_on");--> statement-breakpoint
CREATE INDEX "placements_person_id_idx" ON "fiftyplus"."placements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "placements_program_started_idx" ON "fiftyplus"."placements" USING btree ("program_id","started_on");--> statement-breakpoint
CREATE INDEX "talent_profiles_campus_id_idx" ON "fiftyplus"."talent_profiles" USING btree ("campus_id");