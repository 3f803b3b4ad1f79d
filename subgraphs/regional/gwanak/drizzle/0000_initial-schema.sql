CREATE SCHEMA "gwanak";
--> statement-breakpoint
CREATE TABLE "gwanak"."opening_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"opening_id" text NOT NULL,
	"member_id" text NOT NULL,
	"motivation" text,
	"status" text DEFAULT 'APPLIED' NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "opening_applications_status" CHECK ("gwanak"."opening_applications"."status" in ('APPLIED', 'WITHDRAWN')),
	CONSTRAINT "opening_applications_withdrawn_at" CHECK (("gwanak"."opening_applications"."status" = 'WITHDRAWN') = ("gwanak"."opening_applications"."withdrawn_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "gwanak"."partner_employers" (
	"id" text PRIMARY KEY NOT NULL,
	"center_id" text NOT NULL,
	"name" text NOT NULL,
	"sector" text NOT NULL,
	"region_code" text NOT NULL,
	"g_valley_complex" text,
	"partner_since" date NOT NULL,
	CONSTRAINT "partner_employers_id_shape" CHECK ("gwanak"."partner_employers"."id" ~ '^E[0-9]{5}$'),
	CONSTRAINT "partner_employers_region_shape" CHECK ("gwanak"."partner_employers"."region_code" ~ '^[0-9]{5}$'),
	CONSTRAINT "partner_employers_sector" CHECK ("gwanak"."partner_employers"."sector" in ('IT', 'SMART_MANUFACTURING', 'HEALTHCARE', 'SERVICES')),
	CONSTRAINT "partner_employers_complex" CHECK ("gwanak"."partner_employers"."g_valley_complex" is null or "gwanak"."partner_employers"."g_valley_complex" in ('COMPLEX_1', 'COMPLEX_2', 'COMPLEX_3'))
);
--> statement-breakpoint
CREATE TABLE "gwanak"."partner_openings" (
	"id" text PRIMARY KEY NOT NULL,
	"employer_id" text NOT NULL,
	"title_ko" text NOT NULL,
	"title_en" text NOT NULL,
	"minimum_age" smallint NOT NULL,
	"positions" smallint NOT NULL,
	"capacity" smallint NOT NULL,
	"applied" smallint DEFAULT 0 NOT NULL,
	"monthly_wage_krw" integer,
	"hours_per_week" smallint NOT NULL,
	"opens_on" date NOT NULL,
	"closes_on" date NOT NULL,
	CONSTRAINT "partner_openings_id_shape" CHECK ("gwanak"."partner_openings"."id" ~ '^gwo-[a-z0-9-]+$'),
	CONSTRAINT "partner_openings_positions" CHECK ("gwanak"."partner_openings"."positions" > 0),
	CONSTRAINT "partner_openings_capacity" CHECK ("gwanak"."partner_openings"."capacity" > 0 and "gwanak"."partner_openings"."applied" >= 0 and "gwanak"."partner_openings"."applied" <= "gwanak"."partner_openings"."capacity"),
	CONSTRAINT "partner_openings_period" CHECK ("gwanak"."partner_openings"."opens_on" <= "gwanak"."partner_openings"."closes_on"),
	CONSTRAINT "partner_openings_age" CHECK ("gwanak"."partner_openings"."minimum_age" between 40 and 70),
	CONSTRAINT "partner_openings_hours" CHECK ("gwanak"."partner_openings"."hours_per_week" between 1 and 52)
);
--> statement-breakpoint
CREATE TABLE "gwanak"."seed_runs" (
	"name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gwanak"."opening_applications" ADD CONSTRAINT "opening_applications_opening_id_partner_openings_id_fk" FOREIGN KEY ("opening_id") REFERENCES "gwanak"."partner_openings"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gwanak"."partner_openings" ADD CONSTRAINT "partner_openings_employer_id_partner_employers_id_fk" FOREIGN KEY ("employer_id") REFERENCES "gwanak"."partner_employers"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "opening_applications_one_active_idx" ON "gwanak"."opening_applications" USING btree ("opening_id","member_id") WHERE "gwanak"."opening_applications"."status" = 'APPLIED';--> statement-breakpoint
CREATE INDEX "opening_applications_member_idx" ON "gwanak"."opening_applications" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "partner_employers_center_idx" ON "gwanak"."partner_employers" USING btree ("center_id","sector");--> statement-breakpoint
CREATE INDEX "partner_employers_region_idx" ON "gwanak"."partner_employers" USING btree ("region_code");--> statement-breakpoint
CREATE INDEX "partner_openings_employer_idx" ON "gwanak"."partner_openings" USING btree ("employer_id","closes_on");--> statement-breakpoint
CREATE INDEX "partner_openings_closes_idx" ON "gwanak"."partner_openings" USING btree ("closes_on");