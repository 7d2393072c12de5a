CREATE TABLE "chat_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"purpose" text NOT NULL,
	"ref" jsonb NOT NULL,
	"set_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_channels_purpose_known" CHECK ("chat_channels"."purpose" in ('technician'))
);
--> statement-breakpoint
ALTER TABLE "chat_channels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "chat_event_receipts" (
	"platform" text NOT NULL,
	"event_id" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "chat_event_receipts_platform_event_id_pk" PRIMARY KEY("platform","event_id")
);
--> statement-breakpoint
ALTER TABLE "chat_event_receipts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "escalation_claims" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"claimed_by_user_id" uuid NOT NULL,
	"claimed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "escalation_claims" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "slack_installations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"team_id" text NOT NULL,
	"team_name" text,
	"enterprise_id" text,
	"app_id" text,
	"bot_user_id" text NOT NULL,
	"bot_id" text,
	"bot_token_sealed" text NOT NULL,
	"bot_scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"installed_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "slack_installations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" ADD COLUMN "card_ref" jsonb;--> statement-breakpoint
ALTER TABLE "chat_channels" ADD CONSTRAINT "chat_channels_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_claims" ADD CONSTRAINT "escalation_claims_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_claims" ADD CONSTRAINT "escalation_claims_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "escalation_claims" ADD CONSTRAINT "escalation_claims_claimed_by_user_id_users_id_fk" FOREIGN KEY ("claimed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slack_installations" ADD CONSTRAINT "slack_installations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "chat_channels_purpose_unique" ON "chat_channels" USING btree ("account_id","platform","purpose");--> statement-breakpoint
CREATE INDEX "chat_event_receipts_received_idx" ON "chat_event_receipts" USING btree ("received_at");--> statement-breakpoint
CREATE UNIQUE INDEX "escalation_claims_session_unique" ON "escalation_claims" USING btree ("session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "slack_installations_team_unique" ON "slack_installations" USING btree ("team_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "chat_channels" AS PERMISSIVE FOR ALL TO "app_user" USING ("chat_channels"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("chat_channels"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "chat_channels" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "system_access" ON "chat_event_receipts" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "escalation_claims" AS PERMISSIVE FOR ALL TO "app_user" USING ("escalation_claims"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("escalation_claims"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "escalation_claims" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "slack_installations" AS PERMISSIVE FOR ALL TO "app_user" USING ("slack_installations"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("slack_installations"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "slack_installations" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);