-- A full listing stamps every document it sees with the listing's start; at its end whatever
-- carries an older stamp is gone at the source. Replaces the id lists kept in the cursor JSON,
-- which grew with the source (a 50,000-document IT Glue wrote 2 MB of cursor per page).
ALTER TABLE "kb_documents" ADD COLUMN "last_seen_at" timestamp with time zone;--> statement-breakpoint
-- Existing rows count as seen now: a full listing in flight when this runs removes nothing it
-- listed before the upgrade; the next full listing removes what is really gone.
UPDATE "kb_documents" SET "last_seen_at" = now();--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_started_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_finished_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_duration_ms" integer;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_pages" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_http_calls" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_created" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_updated" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_unchanged" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_deleted" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_skipped" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD COLUMN "last_run_skipped_items" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
-- Move the numbers the runner kept in the cursor envelope into their columns, then unwrap the
-- connector's own position: the cursor column holds only that from now on.
UPDATE "kb_connectors" SET
  "last_run_started_at" = ("cursor"->'stats'->>'startedAt')::timestamptz,
  "last_run_finished_at" = ("cursor"->'stats'->>'finishedAt')::timestamptz,
  "last_run_pages" = coalesce(("cursor"->'stats'->>'pages')::int, 0),
  "last_run_created" = coalesce(("cursor"->'stats'->>'created')::int, 0),
  "last_run_updated" = coalesce(("cursor"->'stats'->>'updated')::int, 0),
  "last_run_unchanged" = coalesce(("cursor"->'stats'->>'unchanged')::int, 0),
  "last_run_deleted" = coalesce(("cursor"->'stats'->>'deleted')::int, 0),
  "last_run_skipped" = coalesce(("cursor"->'stats'->>'skipped')::int, 0),
  "last_run_skipped_items" = coalesce("cursor"->'stats'->'skippedItems', '[]'::jsonb)
WHERE jsonb_typeof("cursor"->'stats') = 'object';--> statement-breakpoint
UPDATE "kb_connectors" SET "cursor" = "cursor"->'connector'
WHERE "cursor" IS NOT NULL AND ("cursor" ? 'connector' OR "cursor" ? 'stats');--> statement-breakpoint
UPDATE "kb_connectors" SET "cursor" = NULL WHERE jsonb_typeof("cursor") = 'null';--> statement-breakpoint
ALTER TABLE "kb_connectors" ADD CONSTRAINT "kb_connectors_run_counts_not_negative" CHECK ("kb_connectors"."last_run_pages" >= 0 and "kb_connectors"."last_run_http_calls" >= 0 and "kb_connectors"."last_run_created" >= 0 and "kb_connectors"."last_run_updated" >= 0 and "kb_connectors"."last_run_unchanged" >= 0 and "kb_connectors"."last_run_deleted" >= 0 and "kb_connectors"."last_run_skipped" >= 0);
