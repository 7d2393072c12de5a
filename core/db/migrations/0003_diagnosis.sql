CREATE TABLE "diagnosis_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"ticket_provider" text,
	"ticket_external_id" text,
	"channel_kind" text NOT NULL,
	"channel_ref" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"problem_summary" text NOT NULL,
	"state_version" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone,
	"escalated_at" timestamp with time zone,
	CONSTRAINT "diagnosis_sessions_status_known" CHECK ("diagnosis_sessions"."status" in ('active', 'resolved', 'resolved_local', 'escalated', 'escalated_local')),
	CONSTRAINT "diagnosis_sessions_channel_known" CHECK ("diagnosis_sessions"."channel_kind" in ('slack', 'teams', 'web')),
	CONSTRAINT "diagnosis_sessions_state_version_nonneg" CHECK ("diagnosis_sessions"."state_version" >= 0),
	CONSTRAINT "diagnosis_sessions_ticket_pair" CHECK (("diagnosis_sessions"."ticket_provider" is null) = ("diagnosis_sessions"."ticket_external_id" is null)),
	CONSTRAINT "diagnosis_sessions_problem_not_blank" CHECK (length(trim("diagnosis_sessions"."problem_summary")) > 0)
);
--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "facts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"text" text NOT NULL,
	"source" text NOT NULL,
	"source_ref" uuid,
	"created_by_user_id" uuid,
	"deleted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "facts_source_known" CHECK ("facts"."source" in ('ai_promoted', 'engineer_note', 'question', 'check')),
	CONSTRAINT "facts_item_sources_have_ref" CHECK ("facts"."source" not in ('question', 'check') or "facts"."source_ref" is not null),
	CONSTRAINT "facts_text_not_blank" CHECK (length(trim("facts"."text")) > 0)
);
--> statement-breakpoint
ALTER TABLE "facts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "session_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sections" jsonb NOT NULL,
	"body" text NOT NULL,
	"state_version" integer NOT NULL,
	"target" jsonb,
	"posted_by_user_id" uuid,
	"posted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"destination" text DEFAULT 'local' NOT NULL,
	CONSTRAINT "session_notes_kind_known" CHECK ("session_notes"."kind" in ('resolution', 'escalation'))
);
--> statement-breakpoint
ALTER TABLE "session_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "session_turns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"seq" integer NOT NULL,
	"role" text NOT NULL,
	"author_user_id" uuid,
	"text" text NOT NULL,
	"engine" text,
	"model" text,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cache_read_tokens" integer DEFAULT 0 NOT NULL,
	"cache_creation_tokens" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	CONSTRAINT "session_turns_role_known" CHECK ("session_turns"."role" in ('engineer', 'assistant'))
);
--> statement-breakpoint
ALTER TABLE "session_turns" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "suggested_fixes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"title" text NOT NULL,
	"steps" jsonb NOT NULL,
	"script" text,
	"script_language" text,
	"confidence" integer NOT NULL,
	"status" text DEFAULT 'proposed' NOT NULL,
	"superseded_at" timestamp with time zone,
	"applied_at" timestamp with time zone,
	"verified_at" timestamp with time zone,
	"partial_notes" text,
	"failure_reason" text,
	"model_outcome_proposal" jsonb,
	"decided_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "suggested_fixes_confidence_range" CHECK ("suggested_fixes"."confidence" between 0 and 100),
	CONSTRAINT "suggested_fixes_status_known" CHECK ("suggested_fixes"."status" in ('proposed', 'applied_success', 'applied_failed', 'applied_partial', 'dismissed')),
	CONSTRAINT "suggested_fixes_partial_has_notes" CHECK ("suggested_fixes"."status" <> 'applied_partial' or "suggested_fixes"."partial_notes" is not null)
);
--> statement-breakpoint
ALTER TABLE "suggested_fixes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "task_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"text_key" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"answer" text,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_items_kind_known" CHECK ("task_items"."kind" in ('question', 'check')),
	CONSTRAINT "task_items_status_known" CHECK ("task_items"."status" in ('open', 'answered', 'done', 'dismissed'))
);
--> statement-breakpoint
ALTER TABLE "task_items" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" ADD CONSTRAINT "diagnosis_sessions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" ADD CONSTRAINT "diagnosis_sessions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_source_ref_task_items_id_fk" FOREIGN KEY ("source_ref") REFERENCES "public"."task_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_notes" ADD CONSTRAINT "session_notes_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_turns" ADD CONSTRAINT "session_turns_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "session_turns" ADD CONSTRAINT "session_turns_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggested_fixes" ADD CONSTRAINT "suggested_fixes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "suggested_fixes" ADD CONSTRAINT "suggested_fixes_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_items" ADD CONSTRAINT "task_items_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_items" ADD CONSTRAINT "task_items_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_account_status_idx" ON "diagnosis_sessions" USING btree ("account_id","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_owner_idx" ON "diagnosis_sessions" USING btree ("owner_user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "diagnosis_sessions_channel_unique" ON "diagnosis_sessions" USING btree ("account_id","channel_kind","channel_ref") WHERE "diagnosis_sessions"."channel_kind" <> 'web';--> statement-breakpoint
CREATE INDEX "facts_session_idx" ON "facts" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "facts_source_ref_unique" ON "facts" USING btree ("source_ref") WHERE "facts"."deleted_at" is null and "facts"."source_ref" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "session_notes_one_per_kind" ON "session_notes" USING btree ("session_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "session_turns_seq_unique" ON "session_turns" USING btree ("session_id","seq");--> statement-breakpoint
CREATE INDEX "suggested_fixes_session_idx" ON "suggested_fixes" USING btree ("session_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "suggested_fixes_one_active" ON "suggested_fixes" USING btree ("session_id") WHERE "suggested_fixes"."superseded_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "task_items_text_unique" ON "task_items" USING btree ("session_id","kind","text_key");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "diagnosis_sessions" AS PERMISSIVE FOR ALL TO "app_user" USING ("diagnosis_sessions"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("diagnosis_sessions"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "diagnosis_sessions" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "facts" AS PERMISSIVE FOR ALL TO "app_user" USING ("facts"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("facts"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "facts" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "session_notes" AS PERMISSIVE FOR ALL TO "app_user" USING ("session_notes"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("session_notes"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "session_notes" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "session_turns" AS PERMISSIVE FOR ALL TO "app_user" USING ("session_turns"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("session_turns"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "session_turns" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "suggested_fixes" AS PERMISSIVE FOR ALL TO "app_user" USING ("suggested_fixes"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("suggested_fixes"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "suggested_fixes" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "task_items" AS PERMISSIVE FOR ALL TO "app_user" USING ("task_items"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("task_items"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "task_items" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);