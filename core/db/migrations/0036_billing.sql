-- The reverse trial: every account, old or new, has a trial end (creation + 14 days). The plan in
-- force is computed from it and the subscription, so the stored "plan" label goes.
UPDATE "accounts" SET "trial_ends_at" = "created_at" + interval '14 days' WHERE "trial_ends_at" IS NULL;
--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "trial_ends_at" SET DEFAULT now() + interval '14 days';
--> statement-breakpoint
ALTER TABLE "accounts" ALTER COLUMN "trial_ends_at" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "accounts" DROP CONSTRAINT "accounts_plan_known";
--> statement-breakpoint
ALTER TABLE "accounts" DROP COLUMN "plan";
--> statement-breakpoint
CREATE TABLE "account_billing" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"stripe_customer_id" text,
	"stripe_subscription_id" text,
	"subscription_status" text,
	"engineer_seats_paid" integer DEFAULT 0 NOT NULL,
	"l1_seats_paid" integer DEFAULT 0 NOT NULL,
	"current_period_end" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"next_invoice_amount" integer,
	"currency" text,
	"subscription_state_at" timestamp with time zone,
	"invoice_state_at" timestamp with time zone,
	"past_due_since" timestamp with time zone,
	"plan_override" text,
	"override_reason" text,
	"override_ends_at" timestamp with time zone,
	"limit_overrides" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"trial_reminder_3d_sent_at" timestamp with time zone,
	"trial_reminder_1d_sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "account_billing_override_known" CHECK ("account_billing"."plan_override" is null or "account_billing"."plan_override" in ('free', 'pro', 'enterprise')),
	CONSTRAINT "account_billing_override_reason" CHECK (("account_billing"."plan_override" is null) = ("account_billing"."override_reason" is null)),
	CONSTRAINT "account_billing_seats_non_negative" CHECK ("account_billing"."engineer_seats_paid" >= 0 and "account_billing"."l1_seats_paid" >= 0),
	CONSTRAINT "account_billing_limit_overrides_object" CHECK (jsonb_typeof("account_billing"."limit_overrides") = 'object')
);
--> statement-breakpoint
ALTER TABLE "account_billing" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "account_billing" ADD CONSTRAINT "account_billing_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "account_billing_customer_unique" ON "account_billing" USING btree ("stripe_customer_id");--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "account_billing" AS PERMISSIVE FOR ALL TO "app_user" USING ("account_billing"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("account_billing"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "account_billing" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "account_billing" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE TABLE "stripe_events" (
	"id" text PRIMARY KEY NOT NULL,
	"type" text NOT NULL,
	"account_id" uuid,
	"stripe_created_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"outcome" text
);
--> statement-breakpoint
ALTER TABLE "stripe_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "stripe_events" ADD CONSTRAINT "stripe_events_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "stripe_events_received_idx" ON "stripe_events" USING btree ("received_at");--> statement-breakpoint
CREATE POLICY "system_access" ON "stripe_events" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "stripe_events" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Webhook events are not tenant data; the application role never needs them.
REVOKE ALL ON "stripe_events" FROM app_user;
--> statement-breakpoint
CREATE TABLE "billing_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"requested_at" timestamp with time zone DEFAULT clock_timestamp() NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"result" jsonb,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_outbox_kind_known" CHECK ("billing_outbox"."kind" in ('seat_quantities')),
	CONSTRAINT "billing_outbox_status_known" CHECK ("billing_outbox"."status" in ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "billing_outbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "billing_outbox" ADD CONSTRAINT "billing_outbox_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "billing_outbox_pending_unique" ON "billing_outbox" USING btree ("account_id","kind") WHERE "billing_outbox"."status" = 'pending';--> statement-breakpoint
CREATE POLICY "tenant_isolation" ON "billing_outbox" AS PERMISSIVE FOR ALL TO "app_user" USING ("billing_outbox"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid) WITH CHECK ("billing_outbox"."account_id" = nullif(current_setting('app.account_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "system_access" ON "billing_outbox" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "billing_outbox" FORCE ROW LEVEL SECURITY;
