CREATE TABLE "gwanak"."access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"account" text NOT NULL,
	"roles" text NOT NULL,
	"agency" text,
	"client_address" text,
	"subject_person_id" text NOT NULL,
	"action" text NOT NULL,
	"reason" text NOT NULL,
	"request_id" text NOT NULL
);
--> statement-breakpoint
CREATE INDEX "access_log_subject_idx" ON "gwanak"."access_log" USING btree ("subject_person_id","at");