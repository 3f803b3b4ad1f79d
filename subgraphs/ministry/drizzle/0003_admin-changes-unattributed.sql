ALTER TABLE "ministry"."next_actions" DROP CONSTRAINT "next_actions_done";--> statement-breakpoint
ALTER TABLE "ministry"."case_notes" ALTER COLUMN "author_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ministry"."case_referrals" ALTER COLUMN "referred_by_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ministry"."next_actions" ALTER COLUMN "set_by_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "ministry"."next_actions" ADD CONSTRAINT "next_actions_done" CHECK ("ministry"."next_actions"."done_by_id" is null or "ministry"."next_actions"."done_on" is not null);