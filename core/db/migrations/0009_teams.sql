CREATE TABLE "teams_conversations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"tenant_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"conversation_type" text NOT NULL,
	"team_id" text,
	"channel_id" text,
	"service_url" text NOT NULL,
	"reference" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams_conversations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "teams_tenants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"tenant_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "teams_tenants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "teams_conversations" ADD CONSTRAINT "teams_conversations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "teams_tenants" ADD CONSTRAINT "teams_tenants_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "teams_conversations_conversation_unique" ON "teams_conversations" USING btree ("conversation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "teams_tenants_tenant_unique" ON "teams_tenants" USING btree ("tenant_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "teams_conversations" AS PERMISSIVE FOR ALL TO "app_user" USING ("teams_conversations"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("teams_conversations"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "teams_conversations" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "teams_tenants" AS PERMISSIVE FOR ALL TO "app_user" USING ("teams_tenants"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("teams_tenants"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "teams_tenants" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);