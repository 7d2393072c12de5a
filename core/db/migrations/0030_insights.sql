-- Insights (issue #13): where a suggested fix came from, so fix success can be counted by article.
-- Set by the offline and Claude engines when they propose a fix from a knowledge passage.
ALTER TABLE "suggested_fixes" ADD COLUMN "source_title" text;--> statement-breakpoint
ALTER TABLE "suggested_fixes" ADD COLUMN "source_url" text;--> statement-breakpoint
-- When a person first acted on the session after opening it (their first message after the
-- opening one, or starting a flow walk). Kept by the triggers below rather than computed per
-- session at read time: per-session lookups cost 0.7 s for 30 days of 100,000 sessions.
ALTER TABLE "diagnosis_sessions" ADD COLUMN "first_action_at" timestamp with time zone;--> statement-breakpoint
CREATE FUNCTION diagnosis_sessions_note_first_action() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  acted_at timestamptz;
BEGIN
  IF TG_TABLE_NAME = 'flow_walks' THEN
    acted_at := NEW.started_at;
  ELSE
    acted_at := NEW.created_at;
  END IF;
  -- Runs as the inserting role under RLS, so it can only touch the same tenant's session.
  UPDATE diagnosis_sessions SET first_action_at = acted_at
  WHERE id = NEW.session_id AND (first_action_at IS NULL OR first_action_at > acted_at);
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER session_turns_first_action AFTER INSERT ON session_turns
  FOR EACH ROW WHEN (NEW.role = 'engineer' AND NEW.seq > 0) EXECUTE FUNCTION diagnosis_sessions_note_first_action();--> statement-breakpoint
CREATE TRIGGER flow_walks_first_action AFTER INSERT ON flow_walks
  FOR EACH ROW WHEN (NEW.session_id IS NOT NULL) EXECUTE FUNCTION diagnosis_sessions_note_first_action();--> statement-breakpoint
-- Backfill. FORCE row-level security binds the table owner running migrations too (and it has no
-- policy), so it is lifted for this one statement inside the migration's transaction.
ALTER TABLE "diagnosis_sessions" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_turns" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "flow_walks" NO FORCE ROW LEVEL SECURITY;--> statement-breakpoint
UPDATE "diagnosis_sessions" s SET "first_action_at" = f.at
FROM (
  SELECT session_id, min(at) AS at FROM (
    SELECT session_id, created_at AS at FROM session_turns WHERE role = 'engineer' AND seq > 0
    UNION ALL
    SELECT session_id, started_at FROM flow_walks WHERE session_id IS NOT NULL
  ) acts GROUP BY session_id
) f
WHERE s.id = f.session_id;--> statement-breakpoint
ALTER TABLE "diagnosis_sessions" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_turns" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "flow_walks" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
-- Range scans by day for one account; INCLUDE lets the volume, outcome and first-action charts
-- read the index only.
CREATE INDEX "diagnosis_sessions_account_created_idx" ON "diagnosis_sessions" USING btree ("account_id","created_at") INCLUDE ("status","resolved_at","escalated_at","first_action_at","ticket_company_name");--> statement-breakpoint
-- The client filter, and the people chart's list of one client's sessions.
CREATE INDEX "diagnosis_sessions_account_client_idx" ON "diagnosis_sessions" USING btree ("account_id","ticket_company_name","created_at");--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_account_resolved_idx" ON "diagnosis_sessions" USING btree ("account_id","resolved_at") INCLUDE ("ticket_company_name") WHERE "resolved_at" is not null;--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_account_escalated_idx" ON "diagnosis_sessions" USING btree ("account_id","escalated_at") INCLUDE ("ticket_company_name") WHERE "escalated_at" is not null;--> statement-breakpoint
CREATE INDEX "flow_walks_account_started_idx" ON "flow_walks" USING btree ("account_id","started_at");--> statement-breakpoint
CREATE INDEX "suggested_fixes_account_source_idx" ON "suggested_fixes" USING btree ("account_id","created_at") INCLUDE ("source_title","source_url","status") WHERE "source_title" is not null;
