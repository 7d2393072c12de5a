-- Durable inbound chat events (issue #16): a Slack event or Teams activity that needs work is
-- stored here before the platform gets its ack, then processed from the job queue. The unique
-- (platform, event_id) is the retry dedupe at the door; a row without done_at is work still owed.
CREATE TABLE "chat_inbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"platform" text NOT NULL,
	"event_id" text NOT NULL,
	"body" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"done_at" timestamp with time zone,
	CONSTRAINT "chat_inbox_platform_check" CHECK ("platform" IN ('slack', 'teams'))
);--> statement-breakpoint
CREATE UNIQUE INDEX "chat_inbox_platform_event_idx" ON "chat_inbox" USING btree ("platform","event_id");--> statement-breakpoint
CREATE INDEX "chat_inbox_pending_idx" ON "chat_inbox" USING btree ("received_at") WHERE "done_at" IS NULL;--> statement-breakpoint
ALTER TABLE "chat_inbox" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE POLICY "system_access" ON "chat_inbox" AS PERMISSIVE FOR ALL TO "app_system" USING (true) WITH CHECK (true);--> statement-breakpoint
ALTER TABLE "chat_inbox" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Not tenant data yet (the account is known only once the event is processed); only the system role reads it.
REVOKE ALL ON "chat_inbox" FROM app_user;
