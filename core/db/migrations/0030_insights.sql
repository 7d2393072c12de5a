-- Insights (issue #13): where a suggested fix came from, so fix success can be counted by article.
-- Set by the offline and Claude engines when they propose a fix from a knowledge passage.
ALTER TABLE "suggested_fixes" ADD COLUMN "source_title" text;--> statement-breakpoint
ALTER TABLE "suggested_fixes" ADD COLUMN "source_url" text;--> statement-breakpoint
-- Range scans by day for one account; INCLUDE lets the volume and outcome charts read the index only.
CREATE INDEX "diagnosis_sessions_account_created_idx" ON "diagnosis_sessions" USING btree ("account_id","created_at") INCLUDE ("status","resolved_at","escalated_at","ticket_company_name");--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_account_resolved_idx" ON "diagnosis_sessions" USING btree ("account_id","resolved_at") INCLUDE ("ticket_company_name") WHERE "resolved_at" is not null;--> statement-breakpoint
CREATE INDEX "diagnosis_sessions_account_escalated_idx" ON "diagnosis_sessions" USING btree ("account_id","escalated_at") INCLUDE ("ticket_company_name") WHERE "escalated_at" is not null;--> statement-breakpoint
-- Time to first action reads each session's first engineer turn.
CREATE INDEX "session_turns_engineer_first_idx" ON "session_turns" USING btree ("session_id","created_at") WHERE "role" = 'engineer';--> statement-breakpoint
CREATE INDEX "flow_walks_account_started_idx" ON "flow_walks" USING btree ("account_id","started_at");--> statement-breakpoint
CREATE INDEX "suggested_fixes_account_source_idx" ON "suggested_fixes" USING btree ("account_id","created_at") INCLUDE ("source_title","source_url","status") WHERE "source_title" is not null;
