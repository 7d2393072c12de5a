ALTER TABLE "psa_connections" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "psa_member_links" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "psa_outbox" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "local_tickets" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "local_ticket_notes" FORCE ROW LEVEL SECURITY;
