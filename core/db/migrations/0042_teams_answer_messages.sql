-- Teams feedback (issue #17): the Teams message each assistant answer was posted as, so a thumbs
-- up/down invoke (which names only the message) finds the answer it rates.
CREATE TABLE "teams_answer_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"conversation_id" text NOT NULL,
	"activity_id" text NOT NULL,
	"turn_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams_answer_messages" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "teams_answer_messages" ADD CONSTRAINT "teams_answer_messages_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "teams_answer_messages" ADD CONSTRAINT "teams_answer_messages_turn_id_session_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."session_turns"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "teams_answer_messages_activity_unique" ON "teams_answer_messages" USING btree ("account_id","conversation_id","activity_id");
--> statement-breakpoint
CREATE INDEX "teams_answer_messages_turn_idx" ON "teams_answer_messages" USING btree ("turn_id");
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "teams_answer_messages" AS PERMISSIVE FOR ALL TO "app_user" USING ("teams_answer_messages"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("teams_answer_messages"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "system_access" ON "teams_answer_messages" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE "teams_answer_messages" FORCE ROW LEVEL SECURITY;
