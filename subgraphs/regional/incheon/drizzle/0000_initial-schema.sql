CREATE SCHEMA "incheon";
--> statement-breakpoint
CREATE TABLE "incheon"."demand_day_employers" (
	"demand_day_id" text NOT NULL,
	"employer_id" text NOT NULL,
	"name" text NOT NULL,
	"openings" smallint NOT NULL,
	CONSTRAINT "demand_day_employers_pk" PRIMARY KEY("demand_day_id","employer_id"),
	CONSTRAINT "demand_day_employers_id_shape" CHECK ("incheon"."demand_day_employers"."employer_id" ~ '^E[0-9]{5}$'),
	CONSTRAINT "demand_day_employers_openings" CHECK ("incheon"."demand_day_employers"."openings" > 0)
);
--> statement-breakpoint
CREATE TABLE "incheon"."demand_day_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"demand_day_id" text NOT NULL,
	"member_id" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incheon"."demand_days" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"industry" text NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text NOT NULL,
	"capacity" smallint NOT NULL,
	"registered" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "demand_days_id_shape" CHECK ("incheon"."demand_days"."id" ~ '^jdd-[a-z0-9-]+$'),
	CONSTRAINT "demand_days_center" CHECK ("incheon"."demand_days"."center_id" in ('moel-incheon-bukbu', 'moel-incheon-seobu')),
	CONSTRAINT "demand_days_industry" CHECK ("incheon"."demand_days"."industry" in ('ROOT', 'AVIATION', 'LOGISTICS', 'HEALTH_WELFARE', 'BIO')),
	CONSTRAINT "demand_days_capacity" CHECK ("incheon"."demand_days"."capacity" > 0 and "incheon"."demand_days"."registered" >= 0 and "incheon"."demand_days"."registered" <= "incheon"."demand_days"."capacity")
);
--> statement-breakpoint
CREATE TABLE "incheon"."joint_fair_hosts" (
	"fair_id" text NOT NULL,
	"center_id" text NOT NULL,
	CONSTRAINT "joint_fair_hosts_pk" PRIMARY KEY("fair_id","center_id"),
	CONSTRAINT "joint_fair_hosts_center" CHECK ("incheon"."joint_fair_hosts"."center_id" in ('moel-incheon-bukbu', 'moel-incheon-seobu'))
);
--> statement-breakpoint
CREATE TABLE "incheon"."joint_fair_industries" (
	"fair_id" text NOT NULL,
	"industry" text NOT NULL,
	CONSTRAINT "joint_fair_industries_pk" PRIMARY KEY("fair_id","industry"),
	CONSTRAINT "joint_fair_industries_industry" CHECK ("incheon"."joint_fair_industries"."industry" in ('ROOT', 'AVIATION', 'LOGISTICS', 'HEALTH_WELFARE', 'BIO'))
);
--> statement-breakpoint
CREATE TABLE "incheon"."joint_fairs" (
	"id" text PRIMARY KEY NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text NOT NULL,
	"held_on" date NOT NULL,
	"venue" text NOT NULL,
	"region_code" text NOT NULL,
	"planned_employers" smallint NOT NULL,
	CONSTRAINT "joint_fairs_id_shape" CHECK ("incheon"."joint_fairs"."id" ~ '^jjf-[a-z0-9-]+$'),
	CONSTRAINT "joint_fairs_employers" CHECK ("incheon"."joint_fairs"."planned_employers" > 0)
);
--> statement-breakpoint
CREATE TABLE "incheon"."seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incheon"."trainings" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"industry" text NOT NULL,
	"campus_ko" text NOT NULL,
	"campus_en" text NOT NULL,
	"course_ko" text NOT NULL,
	"course_en" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"hours" smallint NOT NULL,
	"seats" smallint NOT NULL,
	CONSTRAINT "trainings_id_shape" CHECK ("incheon"."trainings"."id" ~ '^kpt-[a-z0-9-]+$'),
	CONSTRAINT "trainings_center" CHECK ("incheon"."trainings"."center_id" in ('moel-incheon-bukbu', 'moel-incheon-seobu')),
	CONSTRAINT "trainings_industry" CHECK ("incheon"."trainings"."industry" in ('ROOT', 'AVIATION', 'LOGISTICS', 'HEALTH_WELFARE', 'BIO')),
	CONSTRAINT "trainings_period" CHECK ("incheon"."trainings"."starts_on" <= "incheon"."trainings"."ends_on"),
	CONSTRAINT "trainings_sizes" CHECK ("incheon"."trainings"."hours" > 0 and "incheon"."trainings"."seats" > 0)
);
--> statement-breakpoint
CREATE TABLE "incheon"."working_group_members" (
	"group_id" text NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"employer_id" text,
	"region_code" text,
	CONSTRAINT "working_group_members_pk" PRIMARY KEY("group_id","position"),
	CONSTRAINT "working_group_members_kind" CHECK ("incheon"."working_group_members"."kind" in ('EMPLOYMENT_CENTER', 'LOCAL_GOVERNMENT', 'POLYTECHNIC', 'EMPLOYER', 'MID_CAREER_CENTER', 'INDUSTRY_BODY')),
	CONSTRAINT "working_group_members_employer" CHECK (("incheon"."working_group_members"."kind" = 'EMPLOYER') = ("incheon"."working_group_members"."employer_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "incheon"."working_groups" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"industry" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"formed_on" date NOT NULL,
	"cadence" text NOT NULL,
	CONSTRAINT "working_groups_id_shape" CHECK ("incheon"."working_groups"."id" ~ '^wg-[a-z0-9-]+$'),
	CONSTRAINT "working_groups_center" CHECK ("incheon"."working_groups"."center_id" in ('moel-incheon-bukbu', 'moel-incheon-seobu')),
	CONSTRAINT "working_groups_industry" CHECK ("incheon"."working_groups"."industry" in ('ROOT', 'AVIATION', 'LOGISTICS', 'HEALTH_WELFARE', 'BIO')),
	CONSTRAINT "working_groups_cadence" CHECK ("incheon"."working_groups"."cadence" in ('MONTHLY', 'BIMONTHLY', 'QUARTERLY'))
);
--> statement-breakpoint
ALTER TABLE "incheon"."demand_day_employers" ADD CONSTRAINT "demand_day_employers_demand_day_id_demand_days_id_fk" FOREIGN KEY ("demand_day_id") REFERENCES "incheon"."demand_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incheon"."demand_day_registrations" ADD CONSTRAINT "demand_day_registrations_demand_day_id_demand_days_id_fk" FOREIGN KEY ("demand_day_id") REFERENCES "incheon"."demand_days"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incheon"."joint_fair_hosts" ADD CONSTRAINT "joint_fair_hosts_fair_id_joint_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "incheon"."joint_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incheon"."joint_fair_industries" ADD CONSTRAINT "joint_fair_industries_fair_id_joint_fairs_id_fk" FOREIGN KEY ("fair_id") REFERENCES "incheon"."joint_fairs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incheon"."working_group_members" ADD CONSTRAINT "working_group_members_group_id_working_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "incheon"."working_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "demand_day_registrations_one_per_member_idx" ON "incheon"."demand_day_registrations" USING btree ("demand_day_id","member_id");--> statement-breakpoint
CREATE INDEX "demand_day_registrations_member_idx" ON "incheon"."demand_day_registrations" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "demand_days_center_held_idx" ON "incheon"."demand_days" USING btree ("center_id","held_on");--> statement-breakpoint
CREATE INDEX "joint_fair_hosts_center_idx" ON "incheon"."joint_fair_hosts" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "joint_fairs_held_idx" ON "incheon"."joint_fairs" USING btree ("held_on");--> statement-breakpoint
CREATE INDEX "trainings_center_idx" ON "incheon"."trainings" USING btree ("center_id","starts_on");--> statement-breakpoint
CREATE INDEX "working_groups_center_idx" ON "incheon"."working_groups" USING btree ("center_id");