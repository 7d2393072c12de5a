-- FORCE for the diagnosis tables (see 0002 for why drizzle-kit cannot emit it).
ALTER TABLE "diagnosis_sessions" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "session_turns" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "task_items" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "facts" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "suggested_fixes" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE "session_notes" FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Posted notes are a record of what went to the customer or the next engineer: never rewritten.
REVOKE UPDATE ON "session_notes" FROM app_user;
