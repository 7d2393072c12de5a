ALTER TABLE "slack_installations" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "chat_channels" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "chat_event_receipts" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "escalation_claims" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Event receipts are not tenant data; the application role never needs them.
REVOKE ALL ON "chat_event_receipts" FROM app_user;
