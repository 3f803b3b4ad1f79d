CREATE SCHEMA "districts";
--> statement-breakpoint
CREATE TABLE "districts"."center_awards" (
	"center_id" text NOT NULL,
	"year" smallint NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"prize_ko" text NOT NULL,
	"prize_en" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "center_awards_pk" PRIMARY KEY("center_id","position")
);
--> statement-breakpoint
CREATE TABLE "districts"."center_services" (
	"center_id" text NOT NULL,
	"code" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"generation" text NOT NULL,
	"min_age" smallint,
	"max_age" smallint,
	"position" smallint NOT NULL,
	CONSTRAINT "center_services_pk" PRIMARY KEY("center_id","code"),
	CONSTRAINT "center_services_generation" CHECK ("districts"."center_services"."generation" in ('ALL', 'YOUTH', 'MIDDLE_AGED', 'SENIOR')),
	CONSTRAINT "center_services_ages" CHECK ("districts"."center_services"."min_age" is null or "districts"."center_services"."max_age" is null or "districts"."center_services"."min_age" <= "districts"."center_services"."max_age")
);
--> statement-breakpoint
CREATE TABLE "districts"."centers" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"region_code" text NOT NULL,
	"address" text NOT NULL,
	"opened_on" date NOT NULL,
	"budget_saved_krw" integer,
	"adopted_model_of" text,
	"meeting_name_ko" text,
	"meeting_name_en" text,
	"meeting_frequency" text,
	"meeting_weekday" text,
	"job_fair_cadence" text,
	CONSTRAINT "centers_id_shape" CHECK ("districts"."centers"."id" ~ '^dc-[a-z0-9-]+$'),
	CONSTRAINT "centers_region_code_shape" CHECK ("districts"."centers"."region_code" ~ '^[0-9]{5}$'),
	CONSTRAINT "centers_budget_saved" CHECK ("districts"."centers"."budget_saved_krw" is null or "districts"."centers"."budget_saved_krw" >= 0),
	CONSTRAINT "centers_meeting_complete" CHECK (("districts"."centers"."meeting_weekday" is null) = ("districts"."centers"."meeting_name_ko" is null)
        and ("districts"."centers"."meeting_name_ko" is null) = ("districts"."centers"."meeting_name_en" is null)
        and ("districts"."centers"."meeting_frequency" is null) = ("districts"."centers"."meeting_name_ko" is null))
);
--> statement-breakpoint
CREATE TABLE "districts"."consultation_slots" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"service_code" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" smallint NOT NULL,
	"booked" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "consultation_slots_capacity" CHECK ("districts"."consultation_slots"."capacity" > 0 and "districts"."consultation_slots"."booked" >= 0 and "districts"."consultation_slots"."booked" <= "districts"."consultation_slots"."capacity")
);
--> statement-breakpoint
CREATE TABLE "districts"."consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slot_id" text NOT NULL,
	"member_id" text NOT NULL,
	"name" text NOT NULL,
	"phone" text NOT NULL,
	"topic" text NOT NULL,
	"note" text,
	"status" text DEFAULT 'BOOKED' NOT NULL,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "consultations_status" CHECK ("districts"."consultations"."status" in ('BOOKED', 'CANCELLED', 'ATTENDED')),
	CONSTRAINT "consultations_topic" CHECK ("districts"."consultations"."topic" in ('JOB_SEARCH', 'CAREER_DESIGN', 'RESUME_AND_INTERVIEW', 'TRAINING', 'PUBLIC_JOBS', 'OTHER')),
	CONSTRAINT "consultations_cancelled_at" CHECK (("districts"."consultations"."status" = 'CANCELLED') = ("districts"."consultations"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "districts"."employers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"size" text NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "employers_size" CHECK ("districts"."employers"."size" in ('SMALL_OR_MEDIUM', 'MID_SIZED', 'LARGE', 'PUBLIC_INSTITUTION'))
);
--> statement-breakpoint
CREATE TABLE "districts"."incentive_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" text NOT NULL,
	"employer_id" text NOT NULL,
	"person_id" text NOT NULL,
	"placement_id" text,
	"hired_on" date NOT NULL,
	"months_claimed" smallint NOT NULL,
	"status" text DEFAULT 'SUBMITTED' NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "incentive_applications_months" CHECK ("districts"."incentive_applications"."months_claimed" > 0),
	CONSTRAINT "incentive_applications_status" CHECK ("districts"."incentive_applications"."status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID'))
);
--> statement-breakpoint
CREATE TABLE "districts"."incentive_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"status" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"staff_id" text,
	"note" text,
	CONSTRAINT "incentive_events_status" CHECK ("districts"."incentive_events"."status" in ('SUBMITTED', 'APPROVED', 'REJECTED', 'PAID'))
);
--> statement-breakpoint
CREATE TABLE "districts"."job_fair_employers" (
	"job_fair_id" text NOT NULL,
	"employer_id" text NOT NULL,
	CONSTRAINT "job_fair_employers_pk" PRIMARY KEY("job_fair_id","employer_id")
);
--> statement-breakpoint
CREATE TABLE "districts"."job_fair_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"job_fair_id" text NOT NULL,
	"member_id" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "districts"."job_fairs" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"kind" text NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text NOT NULL,
	"capacity" integer NOT NULL,
	"visitors" integer,
	"on_site_interviews" integer,
	CONSTRAINT "job_fairs_kind" CHECK ("districts"."job_fairs"."kind" in ('QUARTERLY', 'PART_TIME', 'SPECIAL')),
	CONSTRAINT "job_fairs_capacity" CHECK ("districts"."job_fairs"."capacity" > 0),
	CONSTRAINT "job_fairs_outcome" CHECK (("districts"."job_fairs"."visitors" is null) = ("districts"."job_fairs"."on_site_interviews" is null)
        and ("districts"."job_fairs"."visitors" is null or ("districts"."job_fairs"."visitors" >= 0
          and "districts"."job_fairs"."on_site_interviews" between 0 and "districts"."job_fairs"."visitors")))
);
--> statement-breakpoint
CREATE TABLE "districts"."placements" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"center_id" text NOT NULL,
	"service_code" text NOT NULL,
	"employer_id" text NOT NULL,
	"placed_on" date NOT NULL,
	"insurance_record_id" text NOT NULL,
	CONSTRAINT "placements_insurance_record_shape" CHECK ("districts"."placements"."insurance_record_id" ~ '^IR[0-9]{7}$')
);
--> statement-breakpoint
CREATE TABLE "districts"."program_rules" (
	"program_id" text NOT NULL,
	"kind" text NOT NULL,
	"description_ko" text NOT NULL,
	"description_en" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "program_rules_pk" PRIMARY KEY("program_id","kind"),
	CONSTRAINT "program_rules_kind" CHECK ("districts"."program_rules"."kind" in ('SME_EMPLOYER', 'PLACED_BY_CENTER'))
);
--> statement-breakpoint
CREATE TABLE "districts"."programs" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"center_id" text NOT NULL,
	"monthly_amount_krw" integer NOT NULL,
	"max_months" smallint NOT NULL,
	"max_amount_krw" integer NOT NULL,
	CONSTRAINT "programs_id_shape" CHECK ("districts"."programs"."id" ~ '^district-[a-z0-9-]+$'),
	CONSTRAINT "programs_amounts" CHECK ("districts"."programs"."monthly_amount_krw" > 0 and "districts"."programs"."max_months" > 0 and "districts"."programs"."max_amount_krw" > 0)
);
--> statement-breakpoint
CREATE TABLE "districts"."seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "districts"."center_awards" ADD CONSTRAINT "center_awards_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "districts"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."center_services" ADD CONSTRAINT "center_services_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "districts"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."centers" ADD CONSTRAINT "centers_adopted_model_of_centers_id_fk" FOREIGN KEY ("adopted_model_of") REFERENCES "districts"."centers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."consultation_slots" ADD CONSTRAINT "consultation_slots_service_fk" FOREIGN KEY ("center_id","service_code") REFERENCES "districts"."center_services"("center_id","code") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."consultations" ADD CONSTRAINT "consultations_slot_id_consultation_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "districts"."consultation_slots"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."incentive_applications" ADD CONSTRAINT "incentive_applications_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "districts"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."incentive_applications" ADD CONSTRAINT "incentive_applications_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "districts"."employers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."incentive_applications" ADD CONSTRAINT "incentive_applications_placement_id_placements_id_fk" FOREIGN KEY ("placement_id") REFERENCES "districts"."placements"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."incentive_events" ADD CONSTRAINT "incentive_events_application_id_incentive_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "districts"."incentive_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."job_fair_employers" ADD CONSTRAINT "job_fair_employers_job_fair_id_job_fairs_id_fk" FOREIGN KEY ("job_fair_id") REFERENCES "districts"."job_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."job_fair_employers" ADD CONSTRAINT "job_fair_employers_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "districts"."employers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."job_fair_registrations" ADD CONSTRAINT "job_fair_registrations_job_fair_id_job_fairs_id_fk" FOREIGN KEY ("job_fair_id") REFERENCES "districts"."job_fairs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."job_fairs" ADD CONSTRAINT "job_fairs_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "districts"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."placements" ADD CONSTRAINT "placements_employer_id_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "districts"."employers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."placements" ADD CONSTRAINT "placements_service_fk" FOREIGN KEY ("center_id","service_code") REFERENCES "districts"."center_services"("center_id","code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."program_rules" ADD CONSTRAINT "program_rules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "districts"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "districts"."programs" ADD CONSTRAINT "programs_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "districts"."centers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "centers_region_code_idx" ON "districts"."centers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "consultation_slots_center_starts_idx" ON "districts"."consultation_slots" USING btree ("center_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "consultations_one_active_idx" ON "districts"."consultations" USING btree ("slot_id","member_id") WHERE "districts"."consultations"."status" in ('BOOKED', 'ATTENDED');--> statement-breakpoint
CREATE INDEX "consultations_member_id_idx" ON "districts"."consultations" USING btree ("member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "incentive_applications_one_per_hire_idx" ON "districts"."incentive_applications" USING btree ("program_id","employer_id","person_id");--> statement-breakpoint
CREATE INDEX "incentive_applications_employer_id_idx" ON "districts"."incentive_applications" USING btree ("employer_id");--> statement-breakpoint
CREATE INDEX "incentive_applications_person_id_idx" ON "districts"."incentive_applications" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "incentive_applications_program_submitted_idx" ON "districts"."incentive_applications" USING btree ("program_id","submitted_at" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "incentive_events_application_id_idx" ON "districts"."incentive_events" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "job_fair_registrations_one_per_member_idx" ON "districts"."job_fair_registrations" USING btree ("job_fair_id","member_id");--> statement-breakpoint
CREATE INDEX "job_fair_registrations_member_id_idx" ON "districts"."job_fair_registrations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "job_fairs_center_held_idx" ON "districts"."job_fairs" USING btree ("center_id","held_on");--> statement-breakpoint
CREATE INDEX "placements_center_placed_idx" ON "districts"."placements" USING btree ("center_id","placed_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "placements_person_id_idx" ON "districts"."placements" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "placements_employer_person_idx" ON "districts"."placements" USING btree ("employer_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "placements_insurance_record_idx" ON "districts"."placements" USING btree ("insurance_record_id");--> statement-breakpoint
CREATE INDEX "programs_center_id_idx" ON "districts"."programs" USING btree ("center_id");