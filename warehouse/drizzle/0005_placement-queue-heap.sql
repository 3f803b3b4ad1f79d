-- The queue needs no index: appends then cost no B-tree insert (see placement_queue in schema.ts).
ALTER TABLE "warehouse"."placement_queue" DROP CONSTRAINT "placement_queue_pkey";
