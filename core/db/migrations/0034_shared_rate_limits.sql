-- Rate limits shared by every server process (issue #16): sign-in failures and request windows.
-- System-only tables (like chat_event_receipts): limits apply before the tenant is known.
CREATE TABLE "rate_limit_failures" (
	"namespace" text NOT NULL,
	"key_hash" text NOT NULL,
	"failed_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "rate_limit_failures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rate_limit_failures" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "rate_limit_failures_key_idx" ON "rate_limit_failures" USING btree ("key_hash","failed_at");--> statement-breakpoint
CREATE INDEX "rate_limit_failures_at_idx" ON "rate_limit_failures" USING btree ("namespace","failed_at");--> statement-breakpoint
CREATE POLICY "system_access" ON "rate_limit_failures" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "rate_limit_failures" FROM app_user;--> statement-breakpoint
CREATE TABLE "rate_limit_windows" (
	"namespace" text NOT NULL,
	"key_hash" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"hits" integer NOT NULL,
	CONSTRAINT "rate_limit_windows_key_hash_window_start_pk" PRIMARY KEY("key_hash","window_start")
);
--> statement-breakpoint
ALTER TABLE "rate_limit_windows" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "rate_limit_windows" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE INDEX "rate_limit_windows_start_idx" ON "rate_limit_windows" USING btree ("namespace","window_start");--> statement-breakpoint
CREATE POLICY "system_access" ON "rate_limit_windows" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
REVOKE ALL ON "rate_limit_windows" FROM app_user;
