CREATE TABLE "local_ticket_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "local_ticket_notes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "local_tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"summary" text NOT NULL,
	"description" text,
	"status" text DEFAULT 'New' NOT NULL,
	"board" text DEFAULT 'Service Desk' NOT NULL,
	"company_name" text,
	"owner_identifier" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "local_tickets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "psa_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"provider" text NOT NULL,
	"site_url" text,
	"company_id" text,
	"public_key" text,
	"private_key_sealed" text,
	"client_id" text,
	"boards" text[] DEFAULT '{}'::text[] NOT NULL,
	"resolved_status" text,
	"escalated_status" text,
	"poll_cursor" timestamp with time zone,
	"last_tested_at" timestamp with time zone,
	"last_test_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psa_connections_provider_known" CHECK ("psa_connections"."provider" in ('connectwise', 'local')),
	CONSTRAINT "psa_connections_connectwise_complete" CHECK ("psa_connections"."provider" <> 'connectwise' or ("psa_connections"."site_url" is not null and "psa_connections"."company_id" is not null and "psa_connections"."public_key" is not null and "psa_connections"."private_key_sealed" is not null and "psa_connections"."client_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "psa_connections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "psa_member_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"member_id" text NOT NULL,
	"member_identifier" text NOT NULL,
	"matched_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "psa_member_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "psa_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid,
	"provider" text NOT NULL,
	"ticket_external_id" text NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"seq" integer DEFAULT 0 NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"last_error_kind" text,
	"result" jsonb,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "psa_outbox_kind_known" CHECK ("psa_outbox"."kind" in ('note', 'status', 'reassign', 'time_entry')),
	CONSTRAINT "psa_outbox_status_known" CHECK ("psa_outbox"."status" in ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "psa_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "local_ticket_notes" ADD CONSTRAINT "local_ticket_notes_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_ticket_notes" ADD CONSTRAINT "local_ticket_notes_ticket_id_local_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."local_tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "local_tickets" ADD CONSTRAINT "local_tickets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psa_connections" ADD CONSTRAINT "psa_connections_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psa_member_links" ADD CONSTRAINT "psa_member_links_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psa_member_links" ADD CONSTRAINT "psa_member_links_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psa_outbox" ADD CONSTRAINT "psa_outbox_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "psa_outbox" ADD CONSTRAINT "psa_outbox_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "local_ticket_notes_ticket_idx" ON "local_ticket_notes" USING btree ("ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "local_tickets_number_unique" ON "local_tickets" USING btree ("account_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "psa_connections_account_unique" ON "psa_connections" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "psa_member_links_user_unique" ON "psa_member_links" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "psa_outbox_due_idx" ON "psa_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "psa_outbox_session_idx" ON "psa_outbox" USING btree ("session_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_ticket_notes" AS PERMISSIVE FOR ALL TO "app_user" USING ("local_ticket_notes"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("local_ticket_notes"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "local_ticket_notes" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "local_tickets" AS PERMISSIVE FOR ALL TO "app_user" USING ("local_tickets"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("local_tickets"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "local_tickets" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "psa_connections" AS PERMISSIVE FOR ALL TO "app_user" USING ("psa_connections"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("psa_connections"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "psa_connections" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "psa_member_links" AS PERMISSIVE FOR ALL TO "app_user" USING ("psa_member_links"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("psa_member_links"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "psa_member_links" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "psa_outbox" AS PERMISSIVE FOR ALL TO "app_user" USING ("psa_outbox"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("psa_outbox"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "psa_outbox" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);