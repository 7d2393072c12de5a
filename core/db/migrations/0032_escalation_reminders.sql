-- Issue #13, part 2: unclaimed-escalation reminders (an account setting and one row per step sent)
-- and the L1 queue's age from when the ticket was opened in the PSA, not when we first polled it.
ALTER TABLE "accounts" ADD COLUMN "escalation_reminder_minutes" integer DEFAULT 15 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_escalation_reminder_range" CHECK ("accounts"."escalation_reminder_minutes" between 0 and 1440);--> statement-breakpoint
CREATE TABLE "escalation_reminders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"step" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "escalation_reminders_step_known" CHECK ("escalation_reminders"."step" in ('channel', 'admins'))
);
--> statement-breakpoint
ALTER TABLE "escalation_reminders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "escalation_reminders" ADD CONSTRAINT "escalation_reminders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_reminders" ADD CONSTRAINT "escalation_reminders_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_reminders_step_unique" ON "escalation_reminders" USING btree ("session_id","step");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "escalation_reminders" AS PERMISSIVE FOR ALL TO "app_user" USING ("escalation_reminders"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("escalation_reminders"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "escalation_reminders" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "escalation_reminders" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "escalation_reminders" TO app_user, app_system;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "opened_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
-- Existing rows: the best we know is when they reached us. FORCE row-level security binds the
-- table owner running migrations too, so it is lifted for this one statement.
ALTER TABLE "tickets" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "tickets" SET "opened_at" = "created_at";--> statement-breakpoint
ALTER TABLE "tickets" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "tickets_queue_idx";--> statement-breakpoint
CREATE INDEX "tickets_queue_idx" ON "tickets" USING btree ("account_id","status","opened_at");
