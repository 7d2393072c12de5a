CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"priority" text DEFAULT 'medium' NOT NULL,
	"summary" text NOT NULL,
	"details" text DEFAULT '' NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"client_name" text,
	"client_external_id" text,
	"psa_provider" text,
	"psa_external_id" text,
	"psa_status" text,
	"psa_board" text,
	"psa_updated_at" timestamp with time zone,
	"assignee_user_id" uuid,
	"created_by_user_id" uuid,
	"session_id" uuid,
	"started_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tickets_source_known" CHECK ("tickets"."source" in ('walk_in', 'psa')),
	CONSTRAINT "tickets_status_known" CHECK ("tickets"."status" in ('open', 'in_progress', 'escalated', 'resolved', 'closed')),
	CONSTRAINT "tickets_priority_known" CHECK ("tickets"."priority" in ('low', 'medium', 'high', 'urgent')),
	CONSTRAINT "tickets_summary_not_blank" CHECK (length(trim("tickets"."summary")) > 0),
	CONSTRAINT "tickets_psa_pair" CHECK (("tickets"."psa_provider" is null) = ("tickets"."psa_external_id" is null))
);
--> statement-breakpoint
ALTER TABLE "tickets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_session_id_diagnosis_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."diagnosis_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_psa_unique" ON "tickets" USING btree ("account_id","psa_provider","psa_external_id") WHERE "tickets"."psa_external_id" is not null;--> statement-breakpoint
CREATE INDEX "tickets_queue_idx" ON "tickets" USING btree ("account_id","status","created_at");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "tickets" AS PERMISSIVE FOR ALL TO "app_user" USING ("tickets"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("tickets"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "tickets" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "tickets" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A walk-in logged while a PSA is connected is created there through the outbox, like every other PSA write.
ALTER TABLE "psa_outbox" ADD COLUMN "ticket_id" uuid;
--> statement-breakpoint
ALTER TABLE "psa_outbox" ADD CONSTRAINT "psa_outbox_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "psa_outbox" DROP CONSTRAINT "psa_outbox_kind_known";
--> statement-breakpoint
ALTER TABLE "psa_outbox" ADD CONSTRAINT "psa_outbox_kind_known" CHECK ("psa_outbox"."kind" in ('note', 'status', 'reassign', 'time_entry', 'create_ticket'));
--> statement-breakpoint
CREATE UNIQUE INDEX "psa_outbox_create_ticket_unique" ON "psa_outbox" USING btree ("ticket_id") WHERE "psa_outbox"."kind" = 'create_ticket';
