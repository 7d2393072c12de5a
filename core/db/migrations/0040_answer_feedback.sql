-- Answer feedback (issue #17): thumbs up/down from Slack, Teams and Try the bot in one record per
-- person per answer, and the knowledge passages each assistant answer was given with.
ALTER TABLE "session_turns" ADD COLUMN "sources" jsonb DEFAULT '[]'::jsonb NOT NULL;
--> statement-breakpoint
CREATE TABLE "answer_feedback" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"turn_id" uuid NOT NULL,
	"user_id" uuid,
	"surface" text NOT NULL,
	"rating" text NOT NULL,
	"comment" text,
	"engine" text,
	"model" text,
	"sources" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "answer_feedback_surface_known" CHECK ("answer_feedback"."surface" in ('slack', 'teams', 'web')),
	CONSTRAINT "answer_feedback_rating_known" CHECK ("answer_feedback"."rating" in ('helpful', 'not_helpful'))
);
--> statement-breakpoint
ALTER TABLE "answer_feedback" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "answer_feedback" ADD CONSTRAINT "answer_feedback_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "answer_feedback" ADD CONSTRAINT "answer_feedback_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "answer_feedback" ADD CONSTRAINT "answer_feedback_turn_id_session_turns_id_fk" FOREIGN KEY ("turn_id") REFERENCES "public"."session_turns"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "answer_feedback" ADD CONSTRAINT "answer_feedback_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "answer_feedback_turn_user_unique" ON "answer_feedback" USING btree ("turn_id","user_id");
--> statement-breakpoint
CREATE INDEX "answer_feedback_account_created_idx" ON "answer_feedback" USING btree ("account_id","created_at");
--> statement-breakpoint
CREATE INDEX "answer_feedback_session_idx" ON "answer_feedback" USING btree ("session_id");
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "answer_feedback" AS PERMISSIVE FOR ALL TO "app_user" USING ("answer_feedback"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("answer_feedback"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "system_access" ON "answer_feedback" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE "answer_feedback" FORCE ROW LEVEL SECURITY;
