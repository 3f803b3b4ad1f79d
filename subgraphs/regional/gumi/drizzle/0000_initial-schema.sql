CREATE SCHEMA "gumi";
--> statement-breakpoint
CREATE TABLE "gumi"."career_bookings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"session_id" text NOT NULL,
	"member_id" text NOT NULL,
	"status" text DEFAULT 'BOOKED' NOT NULL,
	"booked_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "career_bookings_status" CHECK ("gumi"."career_bookings"."status" in ('BOOKED', 'CANCELLED')),
	CONSTRAINT "career_bookings_cancelled_at" CHECK (("gumi"."career_bookings"."status" = 'CANCELLED') = ("gumi"."career_bookings"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "gumi"."career_sessions" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text NOT NULL,
	"venue" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" smallint NOT NULL,
	"minimum_age" smallint NOT NULL,
	"capacity" smallint NOT NULL,
	"booked" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "career_sessions_id_shape" CHECK ("gumi"."career_sessions"."id" ~ '^cds-[a-z0-9-]+$'),
	CONSTRAINT "career_sessions_age" CHECK ("gumi"."career_sessions"."minimum_age" between 18 and 80),
	CONSTRAINT "career_sessions_duration" CHECK ("gumi"."career_sessions"."duration_minutes" > 0),
	CONSTRAINT "career_sessions_capacity" CHECK ("gumi"."career_sessions"."capacity" > 0 and "gumi"."career_sessions"."booked" >= 0 and "gumi"."career_sessions"."booked" <= "gumi"."career_sessions"."capacity")
);
--> statement-breakpoint
CREATE TABLE "gumi"."hr_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"employer_id" text NOT NULL,
	"measure_code" text NOT NULL,
	"workers_covered" smallint NOT NULL,
	"amount_krw" integer NOT NULL,
	"plan" text NOT NULL,
	"status" text DEFAULT 'SUBMITTED' NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"submitted_by" text NOT NULL,
	"decided_at" timestamp (3) with time zone,
	"decided_by" text,
	"decision_note" text,
	CONSTRAINT "hr_applications_status" CHECK ("gumi"."hr_applications"."status" in ('SUBMITTED', 'APPROVED', 'REJECTED')),
	CONSTRAINT "hr_applications_workers" CHECK ("gumi"."hr_applications"."workers_covered" > 0 and "gumi"."hr_applications"."amount_krw" > 0),
	CONSTRAINT "hr_applications_decision" CHECK (("gumi"."hr_applications"."status" = 'SUBMITTED') = ("gumi"."hr_applications"."decided_at" is null)
        and ("gumi"."hr_applications"."decided_at" is null) = ("gumi"."hr_applications"."decided_by" is null))
);
--> statement-breakpoint
CREATE TABLE "gumi"."hr_measures" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"amount_per_worker_krw" integer NOT NULL,
	"max_workers" smallint NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "hr_measures_code_shape" CHECK ("gumi"."hr_measures"."code" ~ '^[A-Z][A-Z_]{1,60}$'),
	CONSTRAINT "hr_measures_amounts" CHECK ("gumi"."hr_measures"."amount_per_worker_krw" > 0 and "gumi"."hr_measures"."max_workers" > 0)
);
--> statement-breakpoint
CREATE TABLE "gumi"."seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "gumi"."target_employers" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"industry" text NOT NULL,
	"size" text NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "target_employers_id_shape" CHECK ("gumi"."target_employers"."id" ~ '^E[0-9]{5}$'),
	CONSTRAINT "target_employers_industry" CHECK ("gumi"."target_employers"."industry" in ('ELECTRICAL_ELECTRONIC', 'MECHANICAL', 'HEALTHCARE')),
	CONSTRAINT "target_employers_size" CHECK ("gumi"."target_employers"."size" in ('SMALL_OR_MEDIUM', 'MID_SIZED', 'LARGE', 'PUBLIC_INSTITUTION'))
);
--> statement-breakpoint
ALTER TABLE "gumi"."career_bookings" ADD CONSTRAINT "career_bookings_session_id_career_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "gumi"."career_sessions"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gumi"."hr_applications" ADD CONSTRAINT "hr_applications_employer_id_target_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "gumi"."target_employers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gumi"."hr_applications" ADD CONSTRAINT "hr_applications_measure_code_hr_measures_code_fk" FOREIGN KEY ("measure_code") REFERENCES "gumi"."hr_measures"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "career_bookings_one_active_idx" ON "gumi"."career_bookings" USING btree ("session_id","member_id") WHERE "gumi"."career_bookings"."status" = 'BOOKED';--> statement-breakpoint
CREATE INDEX "career_bookings_member_idx" ON "gumi"."career_bookings" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "career_sessions_center_starts_idx" ON "gumi"."career_sessions" USING btree ("center_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "hr_applications_one_open_idx" ON "gumi"."hr_applications" USING btree ("employer_id","measure_code") WHERE "gumi"."hr_applications"."status" in ('SUBMITTED', 'APPROVED');--> statement-breakpoint
CREATE INDEX "hr_applications_status_idx" ON "gumi"."hr_applications" USING btree ("status","submitted_at");--> statement-breakpoint
CREATE INDEX "target_employers_industry_idx" ON "gumi"."target_employers" USING btree ("industry");