-- Audit entries written before actions carried their own tags (issue 19) have none, so the log's
-- tag filter ("security") missed them. Give every existing row the tags a new row of its action gets
-- at write time (core/audit/actions.ts), keeping any it already has (l1_coverage).
-- The table owner is subject to FORCE ROW LEVEL SECURITY and no policy names it, and app_system may
-- not UPDATE audit rows; lift FORCE for this one statement, inside the migration's transaction.
ALTER TABLE "audit_log" NO FORCE ROW LEVEL SECURITY;
--> statement-breakpoint
UPDATE "audit_log" AS a
SET "tags" = ARRAY(SELECT DISTINCT t FROM unnest(a."tags" || m.tags) AS t ORDER BY t)
FROM (VALUES
  ('account.created', ARRAY['billing']::text[]),
  ('account.ownership_transferred', ARRAY['security', 'users']::text[]),
  ('account.session_policy_updated', ARRAY['security']::text[]),
  ('account.settings_updated', ARRAY['retention']::text[]),
  ('audit.retention_purged', ARRAY['retention']::text[]),
  ('auth.identity_linked', ARRAY['security']::text[]),
  ('auth.session_reuse_detected', ARRAY['security']::text[]),
  ('auth.session_revoked', ARRAY['security']::text[]),
  ('auth.sessions_revoked', ARRAY['security']::text[]),
  ('auth.signed_in', ARRAY['security']::text[]),
  ('auth.signed_out', ARRAY['security']::text[]),
  ('chat_identity.linked', ARRAY['integrations', 'security']::text[]),
  ('escalation.claimed', ARRAY['diagnosis']::text[]),
  ('fact.deleted', ARRAY['diagnosis']::text[]),
  ('fix.apply', ARRAY['diagnosis']::text[]),
  ('fix.dismiss', ARRAY['diagnosis']::text[]),
  ('fix.outcome_recorded', ARRAY['diagnosis']::text[]),
  ('kb.connector_created', ARRAY['integrations', 'knowledge']::text[]),
  ('kb.connector_deleted', ARRAY['integrations', 'knowledge']::text[]),
  ('kb.connector_updated', ARRAY['integrations', 'knowledge']::text[]),
  ('kb.sync_requested', ARRAY['knowledge']::text[]),
  ('psa.configured', ARRAY['integrations']::text[]),
  ('psa.member_linked', ARRAY['integrations']::text[]),
  ('psa.members_synced', ARRAY['integrations']::text[]),
  ('psa.outbox_retried', ARRAY['integrations']::text[]),
  ('session.created', ARRAY['diagnosis']::text[]),
  ('session.escalated', ARRAY['diagnosis']::text[]),
  ('session.resolved', ARRAY['diagnosis']::text[]),
  ('session.ticket_linked', ARRAY['diagnosis', 'integrations']::text[]),
  ('slack.installed', ARRAY['integrations', 'security']::text[]),
  ('slack.reinstalled', ARRAY['integrations', 'security']::text[]),
  ('teams.tenant_linked', ARRAY['integrations', 'security']::text[]),
  ('technician_channel.set', ARRAY['integrations']::text[]),
  ('user.access_updated', ARRAY['security', 'users']::text[]),
  ('user.created', ARRAY['users']::text[]),
  ('user.invite_accepted', ARRAY['security', 'users']::text[]),
  ('user.invite_revoked', ARRAY['users']::text[]),
  ('user.invited', ARRAY['security', 'users']::text[])
) AS m(action, tags)
WHERE a."action" = m.action AND NOT (a."tags" @> m.tags);
--> statement-breakpoint
ALTER TABLE "audit_log" FORCE ROW LEVEL SECURITY;
