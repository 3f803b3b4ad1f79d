CREATE SCHEMA "ministry";
--> statement-breakpoint
CREATE SEQUENCE "ministry"."case_file_numbers" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1;--> statement-breakpoint
CREATE TABLE "ministry"."case_files" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"center_id" text NOT NULL,
	"counselor_id" text NOT NULL,
	"name" text NOT NULL,
	"birth_date" date NOT NULL,
	"phone" text NOT NULL,
	"residence_region_code" text NOT NULL,
	"stage" text NOT NULL,
	"stage_changed_on" date NOT NULL,
	"placement_record_id" text,
	"opened_on" date NOT NULL,
	"closed_on" date,
	"closure_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_files_version" CHECK ("ministry"."case_files"."version" >= 1),
	CONSTRAINT "case_files_dates" CHECK ("ministry"."case_files"."stage_changed_on" >= "ministry"."case_files"."opened_on"),
	CONSTRAINT "case_files_closed" CHECK (("ministry"."case_files"."closed_on" is null) = ("ministry"."case_files"."closure_reason" is null) and ("ministry"."case_files"."closed_on" is null or "ministry"."case_files"."closed_on" >= "ministry"."case_files"."opened_on")),
	CONSTRAINT "case_files_placement" CHECK (("ministry"."case_files"."stage" in ('PLACED', 'FOLLOW_UP')) = ("ministry"."case_files"."placement_record_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "ministry"."case_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" text NOT NULL,
	"author_id" text NOT NULL,
	"body" text NOT NULL,
	"written_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_notes_body" CHECK (length("ministry"."case_notes"."body") between 1 and 4000)
);
--> statement-breakpoint
CREATE TABLE "ministry"."case_referrals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" text NOT NULL,
	"program_id" text,
	"center_id" text,
	"note" text,
	"referred_on" date NOT NULL,
	"referred_by_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_referrals_one_target" CHECK (("ministry"."case_referrals"."program_id" is null) <> ("ministry"."case_referrals"."center_id" is null)),
	CONSTRAINT "case_referrals_program_id_shape" CHECK ("ministry"."case_referrals"."program_id" is null or "ministry"."case_referrals"."program_id" ~ '^(seoul|seoul50plus|moel|district)-[a-z0-9-]+$'),
	CONSTRAINT "case_referrals_center_id_shape" CHECK ("ministry"."case_referrals"."center_id" is null or "ministry"."case_referrals"."center_id" ~ '^(moel|dc)-[a-z0-9-]+$')
);
--> statement-breakpoint
CREATE TABLE "ministry"."case_stage_changes" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_file_id" text NOT NULL,
	"stage" text NOT NULL,
	"entered_on" date NOT NULL,
	"counselor_id" text
);
--> statement-breakpoint
CREATE TABLE "ministry"."center_service_areas" (
	"center_id" text NOT NULL,
	"region_code" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "center_service_areas_pk" PRIMARY KEY("center_id","region_code")
);
--> statement-breakpoint
CREATE TABLE "ministry"."centers" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"region_code" text NOT NULL,
	"address" text NOT NULL,
	"strategy_id" text NOT NULL,
	CONSTRAINT "centers_id_shape" CHECK ("ministry"."centers"."id" ~ '^moel-[a-z0-9-]+$')
);
--> statement-breakpoint
CREATE TABLE "ministry"."consortium_members" (
	"center_id" text NOT NULL,
	"position" smallint NOT NULL,
	"kind" text NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"region_code" text NOT NULL,
	CONSTRAINT "consortium_members_pk" PRIMARY KEY("center_id","position")
);
--> statement-breakpoint
CREATE TABLE "ministry"."counselors" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"name" text NOT NULL,
	CONSTRAINT "counselors_id_center_id_key" UNIQUE("id","center_id")
);
--> statement-breakpoint
CREATE TABLE "ministry"."industries" (
	"code" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ministry"."insurance_records" (
	"id" text PRIMARY KEY NOT NULL,
	"person_id" text NOT NULL,
	"employer_id" text NOT NULL,
	"industry_code" text NOT NULL,
	"workplace_region_code" text NOT NULL,
	"residence_region_code" text NOT NULL,
	"acquired_on" date NOT NULL,
	"lost_on" date,
	CONSTRAINT "insurance_records_id_shape" CHECK ("ministry"."insurance_records"."id" ~ '^IR[0-9]{7}$'),
	CONSTRAINT "insurance_records_dates" CHECK ("ministry"."insurance_records"."lost_on" is null or "ministry"."insurance_records"."lost_on" >= "ministry"."insurance_records"."acquired_on")
);
--> statement-breakpoint
CREATE TABLE "ministry"."network_phases" (
	"network_id" text NOT NULL,
	"year" smallint NOT NULL,
	"kind" text NOT NULL,
	"employment_centers" smallint NOT NULL,
	"approximate" boolean NOT NULL,
	CONSTRAINT "network_phases_pk" PRIMARY KEY("network_id","year"),
	CONSTRAINT "network_phases_centers" CHECK ("ministry"."network_phases"."employment_centers" > 0)
);
--> statement-breakpoint
CREATE TABLE "ministry"."networks" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"minimum_age" smallint NOT NULL,
	"package_program_id" text NOT NULL,
	CONSTRAINT "networks_minimum_age" CHECK ("ministry"."networks"."minimum_age" between 1 and 120)
);
--> statement-breakpoint
CREATE TABLE "ministry"."next_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_file_id" text NOT NULL,
	"description" text NOT NULL,
	"due_on" date NOT NULL,
	"set_by_id" text NOT NULL,
	"done_on" date,
	"done_by_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "next_actions_description" CHECK (length("ministry"."next_actions"."description") between 1 and 500),
	CONSTRAINT "next_actions_done" CHECK (("ministry"."next_actions"."done_on" is null) = ("ministry"."next_actions"."done_by_id" is null))
);
--> statement-breakpoint
CREATE TABLE "ministry"."package_components" (
	"package_id" text NOT NULL,
	"kind" text NOT NULL,
	"position" smallint NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"program_id" text,
	CONSTRAINT "package_components_pk" PRIMARY KEY("package_id","kind"),
	CONSTRAINT "package_components_not_itself" CHECK ("ministry"."package_components"."program_id" is null or "ministry"."package_components"."program_id" <> "ministry"."package_components"."package_id")
);
--> statement-breakpoint
CREATE TABLE "ministry"."programs" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"kind" text NOT NULL,
	"area" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "programs_id_shape" CHECK ("ministry"."programs"."id" ~ '^moel-[a-z0-9-]+$')
);
--> statement-breakpoint
CREATE TABLE "ministry"."regions" (
	"code" text PRIMARY KEY NOT NULL,
	"level" text NOT NULL,
	"parent_code" text,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"valid_from" date,
	"valid_to" date,
	CONSTRAINT "regions_code_shape" CHECK ("ministry"."regions"."code" ~ '^[0-9]{2}([0-9]{3})?$')
);
--> statement-breakpoint
CREATE TABLE "ministry"."seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ministry"."strategies" (
	"id" text PRIMARY KEY NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ministry"."strategy_lines" (
	"strategy_id" text NOT NULL,
	"position" smallint NOT NULL,
	"text_ko" text NOT NULL,
	"text_en" text NOT NULL,
	CONSTRAINT "strategy_lines_pk" PRIMARY KEY("strategy_id","position")
);
--> statement-breakpoint
CREATE TABLE "ministry"."target_industries" (
	"id" text PRIMARY KEY NOT NULL,
	"strategy_id" text NOT NULL,
	"position" smallint NOT NULL,
	"name_ko" text NOT NULL,
	"name_en" text NOT NULL,
	"section_code" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ministry"."target_industry_regions" (
	"target_industry_id" text NOT NULL,
	"region_code" text NOT NULL,
	"position" smallint NOT NULL,
	CONSTRAINT "target_industry_regions_pk" PRIMARY KEY("target_industry_id","region_code")
);
--> statement-breakpoint
ALTER TABLE "ministry"."case_files" ADD CONSTRAINT "case_files_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "ministry"."centers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_files" ADD CONSTRAINT "case_files_residence_region_code_regions_code_fk" FOREIGN KEY ("residence_region_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_files" ADD CONSTRAINT "case_files_placement_record_id_insurance_records_id_fk" FOREIGN KEY ("placement_record_id") REFERENCES "ministry"."insurance_records"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_files" ADD CONSTRAINT "case_files_counselor_at_center_fk" FOREIGN KEY ("counselor_id","center_id") REFERENCES "ministry"."counselors"("id","center_id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_notes" ADD CONSTRAINT "case_notes_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "ministry"."case_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_notes" ADD CONSTRAINT "case_notes_author_id_counselors_id_fk" FOREIGN KEY ("author_id") REFERENCES "ministry"."counselors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_referrals" ADD CONSTRAINT "case_referrals_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "ministry"."case_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_referrals" ADD CONSTRAINT "case_referrals_referred_by_id_counselors_id_fk" FOREIGN KEY ("referred_by_id") REFERENCES "ministry"."counselors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_stage_changes" ADD CONSTRAINT "case_stage_changes_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "ministry"."case_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."case_stage_changes" ADD CONSTRAINT "case_stage_changes_counselor_id_counselors_id_fk" FOREIGN KEY ("counselor_id") REFERENCES "ministry"."counselors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."center_service_areas" ADD CONSTRAINT "center_service_areas_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "ministry"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."center_service_areas" ADD CONSTRAINT "center_service_areas_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."centers" ADD CONSTRAINT "centers_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."centers" ADD CONSTRAINT "centers_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "ministry"."strategies"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."consortium_members" ADD CONSTRAINT "consortium_members_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "ministry"."centers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."consortium_members" ADD CONSTRAINT "consortium_members_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."counselors" ADD CONSTRAINT "counselors_center_id_centers_id_fk" FOREIGN KEY ("center_id") REFERENCES "ministry"."centers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."insurance_records" ADD CONSTRAINT "insurance_records_industry_code_industries_code_fk" FOREIGN KEY ("industry_code") REFERENCES "ministry"."industries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."insurance_records" ADD CONSTRAINT "insurance_records_workplace_region_code_regions_code_fk" FOREIGN KEY ("workplace_region_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."insurance_records" ADD CONSTRAINT "insurance_records_residence_region_code_regions_code_fk" FOREIGN KEY ("residence_region_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."network_phases" ADD CONSTRAINT "network_phases_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "ministry"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."networks" ADD CONSTRAINT "networks_package_program_id_programs_id_fk" FOREIGN KEY ("package_program_id") REFERENCES "ministry"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."next_actions" ADD CONSTRAINT "next_actions_case_file_id_case_files_id_fk" FOREIGN KEY ("case_file_id") REFERENCES "ministry"."case_files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."next_actions" ADD CONSTRAINT "next_actions_set_by_id_counselors_id_fk" FOREIGN KEY ("set_by_id") REFERENCES "ministry"."counselors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."next_actions" ADD CONSTRAINT "next_actions_done_by_id_counselors_id_fk" FOREIGN KEY ("done_by_id") REFERENCES "ministry"."counselors"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."package_components" ADD CONSTRAINT "package_components_package_id_programs_id_fk" FOREIGN KEY ("package_id") REFERENCES "ministry"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."package_components" ADD CONSTRAINT "package_components_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "ministry"."programs"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."regions" ADD CONSTRAINT "regions_parent_code_regions_code_fk" FOREIGN KEY ("parent_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."strategy_lines" ADD CONSTRAINT "strategy_lines_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "ministry"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."target_industries" ADD CONSTRAINT "target_industries_strategy_id_strategies_id_fk" FOREIGN KEY ("strategy_id") REFERENCES "ministry"."strategies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."target_industries" ADD CONSTRAINT "target_industries_section_code_industries_code_fk" FOREIGN KEY ("section_code") REFERENCES "ministry"."industries"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."target_industry_regions" ADD CONSTRAINT "target_industry_regions_target_industry_id_target_industries_id_fk" FOREIGN KEY ("target_industry_id") REFERENCES "ministry"."target_industries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ministry"."target_industry_regions" ADD CONSTRAINT "target_industry_regions_region_code_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "ministry"."regions"("code") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "case_files_one_open_idx" ON "ministry"."case_files" USING btree ("person_id","center_id") WHERE "ministry"."case_files"."closed_on" is null;--> statement-breakpoint
CREATE INDEX "case_files_center_opened_idx" ON "ministry"."case_files" USING btree ("center_id","opened_on" DESC NULLS FIRST,"id" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "case_files_person_id_idx" ON "ministry"."case_files" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "case_notes_case_file_id_idx" ON "ministry"."case_notes" USING btree ("case_file_id","written_at");--> statement-breakpoint
CREATE INDEX "case_referrals_case_file_id_idx" ON "ministry"."case_referrals" USING btree ("case_file_id","created_at");--> statement-breakpoint
CREATE INDEX "case_stage_changes_case_file_id_idx" ON "ministry"."case_stage_changes" USING btree ("case_file_id","id");--> statement-breakpoint
CREATE INDEX "center_service_areas_region_code_idx" ON "ministry"."center_service_areas" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "centers_region_code_idx" ON "ministry"."centers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "centers_strategy_id_idx" ON "ministry"."centers" USING btree ("strategy_id");--> statement-breakpoint
CREATE INDEX "counselors_center_id_idx" ON "ministry"."counselors" USING btree ("center_id");--> statement-breakpoint
CREATE INDEX "insurance_records_person_id_idx" ON "ministry"."insurance_records" USING btree ("person_id","acquired_on");--> statement-breakpoint
CREATE INDEX "insurance_records_residence_acquired_idx" ON "ministry"."insurance_records" USING btree ("residence_region_code","acquired_on","person_id");--> statement-breakpoint
CREATE INDEX "next_actions_case_file_id_idx" ON "ministry"."next_actions" USING btree ("case_file_id","due_on");--> statement-breakpoint
CREATE INDEX "regions_parent_code_idx" ON "ministry"."regions" USING btree ("parent_code");--> statement-breakpoint
CREATE INDEX "target_industries_strategy_id_idx" ON "ministry"."target_industries" USING btree ("strategy_id");