import type { Grant } from '../auth/permissions.ts';
import type { AppTx } from '../db/client.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { actorLabel, actorUserId, type TenantContext } from '../shared/context.ts';
import { redactObject } from '../shared/redact.ts';
import { AUDIT_ACTION_INFO, type AuditAction, type AuditTag } from './actions.ts';

export const L1_COVERAGE_TAG = 'l1_coverage' satisfies AuditTag;

export interface AuditEntry {
  action: AuditAction;
  target?: { type: string; id: string };
  /** Extra tags beyond the action's own (AUDIT_ACTION_INFO), which are always added. */
  tags?: AuditTag[];
  metadata?: Record<string, unknown>;
  /** Pass the grant from `authorize` so coverage actions are tagged without each verb remembering. */
  grant?: Grant;
}

/**
 * Appends one audit row inside the caller's transaction, so the record exists exactly when the
 * change it describes commits. Metadata is redacted: the audit log is readable by admins, secrets are not.
 */
export async function recordAudit(tx: AppTx, ctx: TenantContext, entry: AuditEntry): Promise<void> {
  const tags = new Set<string>([...AUDIT_ACTION_INFO[entry.action].tags, ...(entry.tags ?? [])]);
  if (entry.grant?.viaL1Coverage) tags.add(L1_COVERAGE_TAG);
  await tx.insert(auditLogTable).values({
    accountId: ctx.accountId,
    actorUserId: actorUserId(ctx.actor),
    actorLabel: actorLabel(ctx.actor),
    action: entry.action,
    targetType: entry.target?.type ?? null,
    targetId: entry.target?.id ?? null,
    tags: [...tags].sort(),
    metadata: redactObject(entry.metadata ?? {}),
  });
}
