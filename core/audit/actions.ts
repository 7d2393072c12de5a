/**
 * Every action the audit log records. `recordAudit` only takes these, so a new action is added
 * here first — and then needs a label and tags in `AUDIT_ACTION_INFO`, or the typecheck fails.
 */
export const AUDIT_ACTIONS = [
  'account.created',
  'account.ownership_transferred',
  'account.preferences_updated',
  'account.session_policy_updated',
  'account.settings_updated',
  'audit.retention_purged',
  'billing.checkout_started',
  'billing.subscription_changed',
  'billing.seats_synced',
  'billing.trial_reminder_sent',
  'auth.identity_linked',
  'auth.session_reuse_detected',
  'auth.session_revoked',
  'auth.sessions_revoked',
  'auth.signed_in',
  'auth.signed_out',
  'chat_identity.linked',
  'escalation.claimed',
  'fact.deleted',
  'fix.apply',
  'fix.dismiss',
  'fix.outcome_recorded',
  'flow.imported',
  'flow.edited',
  'flow.published',
  'flow.retired',
  'flow.promoted',
  'flow.demoted',
  'flow.draft_accepted',
  'flow.draft_rejected',
  'flow.walk_started',
  'flow.walk_escalated',
  'flow.walk_finished',
  'kb.connector_created',
  'kb.connector_deleted',
  'kb.connector_updated',
  'kb.sync_requested',
  'l1_queue.walk_in_taken',
  'psa.configured',
  'psa.member_linked',
  'psa.members_synced',
  'psa.outbox_retried',
  'session.created',
  'session.escalated',
  'session.resolved',
  'session.ticket_linked',
  'slack.installed',
  'slack.reinstalled',
  'teams.tenant_linked',
  'technician_channel.set',
  'ticket.started',
  'ticket.walk_in_logged',
  'user.access_updated',
  'user.created',
  'user.invite_accepted',
  'user.invite_revoked',
  'user.invited',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * The tags an entry can carry. `security` is what an admin reviews after an incident (sign-ins,
 * sign-in sessions, policy, roles, ownership); `l1_coverage` is added per entry when an engineer
 * acted under L1 cover (see `recordAudit`).
 */
export const AUDIT_TAGS = [
  'security',
  'l1_coverage',
  'billing',
  'integrations',
  'knowledge',
  'diagnosis',
  'users',
  'retention',
  'flows',
] as const;
export type AuditTag = (typeof AUDIT_TAGS)[number];

export interface AuditActionInfo {
  /** What a person reads in the log: past tense, no codes. */
  label: string;
  /** Tags every entry of this action gets at write time. */
  tags: readonly AuditTag[];
}

export const AUDIT_ACTION_INFO = {
  'account.created': { label: 'Created the account', tags: ['billing'] },
  'account.ownership_transferred': { label: 'Transferred account ownership', tags: ['security', 'users'] },
  'account.preferences_updated': { label: 'Changed account preferences', tags: [] },
  'account.session_policy_updated': { label: 'Changed the sign-in session policy', tags: ['security'] },
  'account.settings_updated': { label: 'Changed account settings', tags: ['retention'] },
  'audit.retention_purged': { label: 'Deleted audit entries past retention', tags: ['retention'] },
  'billing.checkout_started': { label: 'Started a Stripe checkout', tags: ['billing'] },
  'billing.subscription_changed': { label: 'Stripe subscription changed', tags: ['billing'] },
  'billing.seats_synced': { label: 'Updated paid seats in Stripe', tags: ['billing'] },
  'billing.trial_reminder_sent': { label: 'Sent a trial reminder', tags: ['billing'] },
  'auth.identity_linked': { label: 'Linked a Microsoft or Slack sign-in', tags: ['security'] },
  'auth.session_reuse_detected': {
    label: 'Blocked a reused sign-in token (session ended)',
    tags: ['security'],
  },
  'auth.session_revoked': { label: 'Signed out a browser session', tags: ['security'] },
  'auth.sessions_revoked': { label: 'Signed out all sessions', tags: ['security'] },
  'auth.signed_in': { label: 'Signed in', tags: ['security'] },
  'auth.signed_out': { label: 'Signed out', tags: ['security'] },
  'chat_identity.linked': { label: 'Linked a Slack or Teams identity', tags: ['security', 'integrations'] },
  'escalation.claimed': { label: 'Claimed an escalation', tags: ['diagnosis'] },
  'flow.imported': { label: 'Imported a troubleshooting flow', tags: ['flows'] },
  'flow.edited': { label: 'Edited a flow draft', tags: ['flows'] },
  'flow.published': { label: 'Published a flow version', tags: ['flows'] },
  'flow.retired': { label: 'Retired a flow', tags: ['flows'] },
  'flow.promoted': { label: 'Promoted an assistant draft flow after its outcomes', tags: ['flows'] },
  'flow.demoted': { label: 'Demoted an assistant flow whose fixes stopped working', tags: ['flows'] },
  'flow.draft_accepted': { label: 'Accepted an assistant draft flow', tags: ['flows'] },
  'flow.draft_rejected': { label: 'Rejected an assistant draft flow', tags: ['flows'] },
  'flow.walk_started': { label: 'Started walking a flow', tags: ['flows', 'diagnosis'] },
  'flow.walk_escalated': { label: 'Escalated from a flow walk', tags: ['flows', 'diagnosis'] },
  'flow.walk_finished': { label: 'Finished a flow walk', tags: ['flows', 'diagnosis'] },
  'fact.deleted': { label: 'Deleted a confirmed fact', tags: ['diagnosis'] },
  'fix.apply': { label: 'Started trying a suggested fix', tags: ['diagnosis'] },
  'fix.dismiss': { label: 'Dismissed a suggested fix', tags: ['diagnosis'] },
  'fix.outcome_recorded': { label: 'Recorded how a fix went', tags: ['diagnosis'] },
  'kb.connector_created': { label: 'Added a knowledge connector', tags: ['knowledge', 'integrations'] },
  'kb.connector_deleted': { label: 'Removed a knowledge connector', tags: ['knowledge', 'integrations'] },
  'kb.connector_updated': { label: 'Changed a knowledge connector', tags: ['knowledge', 'integrations'] },
  'kb.sync_requested': { label: 'Started a knowledge sync', tags: ['knowledge'] },
  'l1_queue.walk_in_taken': { label: 'Took a walk-in from the L1 queue', tags: [] },
  'psa.configured': { label: 'Changed the PSA connection', tags: ['integrations'] },
  'psa.member_linked': { label: 'Mapped a person to a PSA member', tags: ['integrations'] },
  'psa.members_synced': { label: 'Synced PSA members', tags: ['integrations'] },
  'psa.outbox_retried': { label: 'Retried a PSA delivery', tags: ['integrations'] },
  'session.created': { label: 'Opened a diagnosis session', tags: ['diagnosis'] },
  'session.escalated': { label: 'Escalated a session', tags: ['diagnosis'] },
  'session.resolved': { label: 'Resolved a session', tags: ['diagnosis'] },
  'session.ticket_linked': { label: 'Linked a session to a ticket', tags: ['diagnosis', 'integrations'] },
  'slack.installed': { label: 'Installed the Slack app', tags: ['integrations', 'security'] },
  'slack.reinstalled': { label: 'Reinstalled the Slack app', tags: ['integrations', 'security'] },
  'teams.tenant_linked': { label: 'Linked a Microsoft Teams tenant', tags: ['integrations', 'security'] },
  'technician_channel.set': { label: 'Set the technician channel', tags: ['integrations'] },
  'ticket.started': { label: 'Started a ticket from the L1 queue', tags: ['diagnosis'] },
  'ticket.walk_in_logged': { label: 'Logged a walk-in ticket', tags: ['diagnosis'] },
  'user.access_updated': { label: "Changed a person's role or access", tags: ['security', 'users'] },
  'user.created': { label: 'Added a person', tags: ['users'] },
  'user.invite_accepted': { label: 'Accepted an invite', tags: ['security', 'users'] },
  'user.invite_revoked': { label: 'Revoked an invite', tags: ['users'] },
  'user.invited': { label: 'Invited a person', tags: ['security', 'users'] },
} as const satisfies Record<AuditAction, AuditActionInfo>;

/** Tags for a row written outside `recordAudit` (sign-in paths that have no tenant context yet). */
export function auditTagsFor(action: AuditAction): string[] {
  return [...AUDIT_ACTION_INFO[action].tags].sort();
}

/** The label for a stored action; rows from before an action was renamed fall back to the code. */
export function auditLabelFor(action: string): string {
  return (AUDIT_ACTION_INFO as Record<string, AuditActionInfo | undefined>)[action]?.label ?? action;
}
