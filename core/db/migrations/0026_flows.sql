CREATE TABLE "flow_matches" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid,
	"ticket_text" text NOT NULL,
	"client_name" text,
	"rule" text NOT NULL,
	"flow_id" uuid,
	"score" real,
	"candidates" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flow_matches_rule_known" CHECK ("flow_matches"."rule" in ('authored', 'validated_draft', 'kb_build', 'none'))
);
--> statement-breakpoint
ALTER TABLE "flow_matches" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "flow_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"flow_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"symptoms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"graph" jsonb NOT NULL,
	"published_by" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flow_versions_version_positive" CHECK ("flow_versions"."version" >= 1)
);
--> statement-breakpoint
ALTER TABLE "flow_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "flow_walks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"flow_id" uuid NOT NULL,
	"flow_version_id" uuid NOT NULL,
	"session_id" uuid,
	"walker_user_id" uuid,
	"current_step_id" text NOT NULL,
	"path" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text DEFAULT 'active' NOT NULL,
	"outcome" text,
	"state_version" integer DEFAULT 0 NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flow_walks_status_known" CHECK ("flow_walks"."status" in ('active', 'resolved', 'escalated', 'abandoned')),
	CONSTRAINT "flow_walks_outcome_known" CHECK ("flow_walks"."outcome" is null or "flow_walks"."outcome" in ('worked', 'failed', 'partial'))
);
--> statement-breakpoint
ALTER TABLE "flow_walks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "flows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"symptoms" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"client_name" text,
	"client_key" text,
	"origin" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft_graph" jsonb NOT NULL,
	"current_version" integer,
	"created_by" uuid,
	"source_session_id" uuid,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "flows_origin_known" CHECK ("flows"."origin" in ('authored', 'ai_draft', 'kb_build')),
	CONSTRAINT "flows_status_known" CHECK ("flows"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "flows_title_not_blank" CHECK (length(trim("flows"."title")) > 0),
	CONSTRAINT "flows_published_has_version" CHECK ("flows"."status" <> 'published' or "flows"."current_version" is not null)
);
--> statement-breakpoint
ALTER TABLE "flows" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "flow_matches" ADD CONSTRAINT "flow_matches_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_matches" ADD CONSTRAINT "flow_matches_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_matches" ADD CONSTRAINT "flow_matches_flow_id_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."flows"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_versions" ADD CONSTRAINT "flow_versions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_versions" ADD CONSTRAINT "flow_versions_flow_id_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_versions" ADD CONSTRAINT "flow_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_walks" ADD CONSTRAINT "flow_walks_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_walks" ADD CONSTRAINT "flow_walks_flow_id_flows_id_fk" FOREIGN KEY ("flow_id") REFERENCES "public"."flows"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_walks" ADD CONSTRAINT "flow_walks_flow_version_id_flow_versions_id_fk" FOREIGN KEY ("flow_version_id") REFERENCES "public"."flow_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_walks" ADD CONSTRAINT "flow_walks_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flow_walks" ADD CONSTRAINT "flow_walks_walker_user_id_users_id_fk" FOREIGN KEY ("walker_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flows" ADD CONSTRAINT "flows_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flows" ADD CONSTRAINT "flows_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flows" ADD CONSTRAINT "flows_source_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("source_session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "flows" ADD CONSTRAINT "flows_reviewed_by_users_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "flow_matches_session_idx" ON "flow_matches" USING btree ("account_id","session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "flow_versions_flow_version_unique" ON "flow_versions" USING btree ("flow_id","version");--> statement-breakpoint
CREATE INDEX "flow_walks_flow_idx" ON "flow_walks" USING btree ("account_id","flow_id","status");--> statement-breakpoint
CREATE INDEX "flow_walks_session_idx" ON "flow_walks" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "flows_account_status_idx" ON "flows" USING btree ("account_id","status");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "flow_matches" AS PERMISSIVE FOR ALL TO "app_user" USING ("flow_matches"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("flow_matches"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "flow_matches" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "flow_versions" AS PERMISSIVE FOR ALL TO "app_user" USING ("flow_versions"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("flow_versions"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "flow_versions" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "flow_walks" AS PERMISSIVE FOR ALL TO "app_user" USING ("flow_walks"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("flow_walks"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "flow_walks" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "flows" AS PERMISSIVE FOR ALL TO "app_user" USING ("flows"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("flows"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "flows" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "flows" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "flow_versions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "flow_walks" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "flow_matches" FORCE ROW LEVEL SECURITY;
