-- The bar an assistant draft (ai_draft / kb_build) must clear before match-or-build offers it and the
-- flywheel publishes it: an account setting, because a small helpdesk sees too few walks for the default.
ALTER TABLE "accounts" ADD COLUMN "flow_promote_min_walks" integer DEFAULT 3 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "flow_promote_min_success_percent" integer DEFAULT 80 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_flow_promote_min_walks_range" CHECK ("accounts"."flow_promote_min_walks" between 1 and 100);--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_flow_promote_min_success_range" CHECK ("accounts"."flow_promote_min_success_percent" between 50 and 100);
