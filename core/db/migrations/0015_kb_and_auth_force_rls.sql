ALTER TABLE "auth_sessions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "refresh_tokens" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "sign_in_identities" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "user_invites" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "kb_connectors" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "kb_documents" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "kb_chunks" FORCE ROW LEVEL SECURITY;
