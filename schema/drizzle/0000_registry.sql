CREATE SCHEMA "registry";
--> statement-breakpoint
CREATE TABLE "registry"."approvals" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subgraph" text NOT NULL,
	"kind" text NOT NULL,
	"change_key" text NOT NULL,
	"coordinate" text NOT NULL,
	"check_id" uuid NOT NULL,
	"token_id" uuid NOT NULL,
	"approved_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."audit_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"token_id" uuid,
	"token_label" text,
	"owner" text,
	"action" text NOT NULL,
	"subject" text NOT NULL,
	"outcome" text NOT NULL,
	"client_address" text,
	"detail" jsonb
);
--> statement-breakpoint
CREATE TABLE "registry"."checks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subgraph" text NOT NULL,
	"input_hash" text NOT NULL,
	"base_supergraph_id" bigint,
	"report" jsonb NOT NULL,
	"passed" text NOT NULL,
	"published_supergraph_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"token_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."coordinate_usage" (
	"day" date NOT NULL,
	"coordinate" text NOT NULL,
	"client_name" text NOT NULL,
	"client_version" text NOT NULL,
	"operations" bigint NOT NULL,
	CONSTRAINT "coordinate_usage_day_coordinate_client_name_client_version_pk" PRIMARY KEY("day","coordinate","client_name","client_version")
);
--> statement-breakpoint
CREATE TABLE "registry"."subgraph_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"subgraph" text NOT NULL,
	"sdl" text NOT NULL,
	"sdl_hash" text NOT NULL,
	"url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"token_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."subgraphs" (
	"name" text PRIMARY KEY NOT NULL,
	"owner" text NOT NULL,
	"status" text NOT NULL,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"proposed_by" uuid NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid
);
--> statement-breakpoint
CREATE TABLE "registry"."supergraph_versions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"supergraph_sdl" text NOT NULL,
	"api_sdl" text NOT NULL,
	"members" jsonb NOT NULL,
	"signature" text NOT NULL,
	"cause" text NOT NULL,
	"subject" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"token_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registry"."tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"secret_hash" text NOT NULL,
	"role" text NOT NULL,
	"owner" text,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"created_by" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "tokens_publisher_has_owner" CHECK ("registry"."tokens"."role" <> 'publisher' or "registry"."tokens"."owner" is not null)
);
--> statement-breakpoint
ALTER TABLE "registry"."subgraph_versions" ADD CONSTRAINT "subgraph_versions_subgraph_subgraphs_name_fk" FOREIGN KEY ("subgraph") REFERENCES "registry"."subgraphs"("name") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "approvals_change_key" ON "registry"."approvals" USING btree ("subgraph","kind","change_key");--> statement-breakpoint
CREATE INDEX "audit_log_subject_idx" ON "registry"."audit_log" USING btree ("subject","at");--> statement-breakpoint
CREATE INDEX "checks_subgraph_input_idx" ON "registry"."checks" USING btree ("subgraph","input_hash");--> statement-breakpoint
CREATE INDEX "coordinate_usage_coordinate_idx" ON "registry"."coordinate_usage" USING btree ("coordinate","day");--> statement-breakpoint
CREATE INDEX "subgraph_versions_subgraph_idx" ON "registry"."subgraph_versions" USING btree ("subgraph","id");--> statement-breakpoint
CREATE UNIQUE INDEX "tokens_secret_hash_key" ON "registry"."tokens" USING btree ("secret_hash");