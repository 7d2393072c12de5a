ALTER TABLE "facts" ADD COLUMN "ord" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "suggested_fixes" ADD COLUMN "ord" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "task_items" ADD COLUMN "ord" bigserial NOT NULL;--> statement-breakpoint
ALTER TABLE "psa_outbox" ADD COLUMN "ord" bigserial NOT NULL;