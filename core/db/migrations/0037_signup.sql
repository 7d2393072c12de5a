-- Self-serve signup. The default fills every existing account (demo, tests, real tenants) with the
-- migration's time, so they count as verified and nothing changes for them; only signup writes NULL.
ALTER TABLE "accounts" ADD COLUMN "email_verified_at" timestamp with time zone DEFAULT now();
--> statement-breakpoint
CREATE TABLE "email_verifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"email" text NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "email_verifications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_verifications" ADD CONSTRAINT "email_verifications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "email_verifications_token_unique" ON "email_verifications" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "email_verifications_account_idx" ON "email_verifications" USING btree ("account_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "email_verifications" AS PERMISSIVE FOR ALL TO "app_user" USING ("email_verifications"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("email_verifications"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "email_verifications" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "email_verifications" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- "Talk to sales" requests: not tenant data. Only app_system (the public form, the operators'
-- listing) touches them; app_user has no grant and no policy.
CREATE TABLE "sales_leads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"company" text NOT NULL,
	"seats" integer NOT NULL,
	"needs" text NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text NOT NULL,
	"phone" text,
	"ip_address" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sales_leads_seats_positive" CHECK ("sales_leads"."seats" > 0)
);
--> statement-breakpoint
ALTER TABLE "sales_leads" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "sales_leads_created_idx" ON "sales_leads" USING btree ("created_at");--> statement-breakpoint
CREATE POLICY "system_access" ON "sales_leads" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "sales_leads" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
REVOKE ALL ON "sales_leads" FROM app_user;
