-- Script templates (issue #15): a library of parameterised scripts grown from fixes that worked,
-- versioned like flows, with uses per session and drafts waiting for review after resolve.
CREATE TABLE "script_templates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"category" text DEFAULT 'General' NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"client_name" text,
	"client_key" text,
	"origin" text DEFAULT 'authored' NOT NULL,
	"provenance" jsonb,
	"status" text DEFAULT 'draft' NOT NULL,
	"draft_body" text NOT NULL,
	"draft_params" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"current_version" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "script_templates_language_known" CHECK ("script_templates"."language" in ('powershell', 'bash', 'cmd')),
	CONSTRAINT "script_templates_status_known" CHECK ("script_templates"."status" in ('draft', 'published', 'retired')),
	CONSTRAINT "script_templates_origin_known" CHECK ("script_templates"."origin" in ('authored', 'from_fix')),
	CONSTRAINT "script_templates_name_not_blank" CHECK (length(trim("script_templates"."name")) > 0),
	CONSTRAINT "script_templates_published_has_version" CHECK ("script_templates"."status" <> 'published' or "script_templates"."current_version" is not null)
);
--> statement-breakpoint
CREATE TABLE "script_template_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"name" text NOT NULL,
	"body" text NOT NULL,
	"params" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published_by" uuid,
	"note" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "script_template_versions_positive" CHECK ("script_template_versions"."version" >= 1)
);
--> statement-breakpoint
CREATE TABLE "script_uses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"template_id" uuid NOT NULL,
	"version_id" uuid,
	"session_id" uuid,
	"user_id" uuid,
	"values" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"applied_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "script_drafts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"fix_id" uuid NOT NULL,
	"requested_by" uuid,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"category" text DEFAULT 'General' NOT NULL,
	"tags" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"body" text NOT NULL,
	"params" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"method" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"template_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "script_drafts_language_known" CHECK ("script_drafts"."language" in ('powershell', 'bash', 'cmd')),
	CONSTRAINT "script_drafts_status_known" CHECK ("script_drafts"."status" in ('pending', 'accepted', 'rejected', 'dismissed')),
	CONSTRAINT "script_drafts_method_known" CHECK ("script_drafts"."method" in ('model', 'offline', 'fallback'))
);
--> statement-breakpoint
ALTER TABLE "script_templates" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "script_template_versions" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "script_uses" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "script_drafts" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "script_templates" ADD CONSTRAINT "script_templates_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_templates" ADD CONSTRAINT "script_templates_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_template_versions" ADD CONSTRAINT "script_template_versions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_template_versions" ADD CONSTRAINT "script_template_versions_template_id_script_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."script_templates"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_template_versions" ADD CONSTRAINT "script_template_versions_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_uses" ADD CONSTRAINT "script_uses_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_uses" ADD CONSTRAINT "script_uses_template_id_script_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."script_templates"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_uses" ADD CONSTRAINT "script_uses_version_id_script_template_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."script_template_versions"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_uses" ADD CONSTRAINT "script_uses_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_uses" ADD CONSTRAINT "script_uses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_fix_id_suggested_fixes_id_fk" FOREIGN KEY ("fix_id") REFERENCES "public"."suggested_fixes"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_requested_by_users_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "script_drafts" ADD CONSTRAINT "script_drafts_template_id_script_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."script_templates"("id") ON DELETE set null ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "script_templates_account_status_idx" ON "script_templates" USING btree ("account_id","status");
--> statement-breakpoint
CREATE UNIQUE INDEX "script_template_versions_unique" ON "script_template_versions" USING btree ("template_id","version");
--> statement-breakpoint
CREATE INDEX "script_uses_template_idx" ON "script_uses" USING btree ("account_id","template_id");
--> statement-breakpoint
CREATE INDEX "script_uses_session_idx" ON "script_uses" USING btree ("session_id");
--> statement-breakpoint
CREATE UNIQUE INDEX "script_drafts_fix_unique" ON "script_drafts" USING btree ("fix_id");
--> statement-breakpoint
CREATE INDEX "script_drafts_session_idx" ON "script_drafts" USING btree ("account_id","session_id");
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "script_templates" AS PERMISSIVE FOR ALL TO "app_user" USING ("script_templates"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("script_templates"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "system_access" ON "script_templates" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "script_template_versions" AS PERMISSIVE FOR ALL TO "app_user" USING ("script_template_versions"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("script_template_versions"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "system_access" ON "script_template_versions" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "script_uses" AS PERMISSIVE FOR ALL TO "app_user" USING ("script_uses"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("script_uses"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "system_access" ON "script_uses" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "script_drafts" AS PERMISSIVE FOR ALL TO "app_user" USING ("script_drafts"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("script_drafts"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);
--> statement-breakpoint
CREATE POLICY "system_access" ON "script_drafts" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);
--> statement-breakpoint
ALTER TABLE "script_templates" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "script_template_versions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "script_uses" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "script_drafts" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- "Don't ask again" and other per-person choices. IF NOT EXISTS: another branch may add the same column.
ALTER TABLE "users" ADD COLUMN IF NOT EXISTS "preferences" jsonb DEFAULT '{}'::jsonb NOT NULL;
