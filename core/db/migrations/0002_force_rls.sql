-- drizzle-kit emits ENABLE but never FORCE. FORCE makes the policies bind the table owner too,
-- so a query that forgets SET ROLE still sees nothing instead of everything.
ALTER TABLE "accounts" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "users" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "chat_identities" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The audit log is append-only for the application; only the retention job (app_system) deletes.
REVOKE UPDATE, DELETE, TRUNCATE ON "audit_log" FROM app_user;
--> statement-breakpoint
REVOKE UPDATE, TRUNCATE ON "audit_log" FROM app_system;
--> statement-breakpoint
-- Accounts are created by sign-up (app_system); a tenant may read and update its own row only.
REVOKE INSERT, DELETE ON "accounts" FROM app_user;
