ALTER TABLE "teams_tenants" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "teams_conversations" FORCE ROW LEVEL SECURITY;
