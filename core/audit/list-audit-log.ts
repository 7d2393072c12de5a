import { and, arrayContains, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../auth/permissions.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { AUDIT_ACTION_INFO, AUDIT_ACTIONS, AUDIT_TAGS, type AuditAction, auditLabelFor } from './actions.ts';
import {
  type AuditTargetLink,
  type ResolvedTarget,
  resolveAuditTargets,
  targetKey,
} from './audit-targets.ts';

export const ListAuditLogInput = z
  .object({
    actorUserId: z.string().uuid().optional(),
    action: z.enum(AUDIT_ACTIONS, { error: 'must be a known action code' }).optional(),
    tag: z.enum(AUDIT_TAGS, { error: `must be one of: ${AUDIT_TAGS.join(', ')}` }).optional(),
    /** Keyset pagination: pass the last entry's id to get older entries. */
    beforeId: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export interface AuditEntryView {
  id: number;
  actorUserId: string | null;
  actorLabel: string;
  action: AuditAction;
  /** The action in words ("Signed in"), so no reader has to know the codes. */
  label: string;
  /**
   * `name` is what the id stands for (session title, person, connector), resolved in this account
   * only. When the object is gone (`gone`), null, or the name its deletion recorded (a removed
   * knowledge connector). `link` says where the admin web can show it.
   */
  target: {
    type: string;
    id: string;
    name: string | null;
    gone: boolean;
    link: AuditTargetLink | null;
  } | null;
  tags: string[];
  metadata: Record<string, unknown>;
  occurredAt: string;
}

export async function listAuditLog({ ctx, input = {} }: { ctx: TenantContext; input?: unknown }) {
  authorize(ctx, 'audit.read');
  const q = parseInput(ListAuditLogInput, input, 'audit filter');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(auditLogTable)
      .where(
        and(
          eq(auditLogTable.accountId, ctx.accountId),
          q.actorUserId ? eq(auditLogTable.actorUserId, q.actorUserId) : undefined,
          q.action ? eq(auditLogTable.action, q.action) : undefined,
          q.tag ? arrayContains(auditLogTable.tags, [q.tag]) : undefined,
          q.beforeId ? lt(auditLogTable.id, q.beforeId) : undefined,
        ),
      )
      .orderBy(desc(auditLogTable.id))
      .limit(q.limit);
    const targets = rows.flatMap((r) =>
      r.targetType && r.targetId ? [{ type: r.targetType, id: r.targetId }] : [],
    );
    const resolved = await resolveAuditTargets(tx, ctx, targets);
    const entries: AuditEntryView[] = rows.map((r) => ({
      id: r.id,
      actorUserId: r.actorUserId,
      actorLabel: r.actorLabel,
      action: r.action,
      label: auditLabelFor(r.action),
      target: r.targetType && r.targetId ? targetView(r.targetType, r.targetId, resolved) : null,
      tags: r.tags,
      metadata: r.metadata,
      occurredAt: r.occurredAt.toISOString(),
    }));
    const last = entries.at(-1);
    return { entries, nextBeforeId: entries.length === q.limit && last ? last.id : null };
  });
}

function targetView(
  type: string,
  id: string,
  resolved: Map<string, ResolvedTarget>,
): NonNullable<AuditEntryView['target']> {
  const found = resolved.get(targetKey(type, id));
  return {
    type,
    id,
    name: found?.name ?? null,
    gone: !found || found.gone === true,
    link: found?.link ?? null,
  };
}

/** The action codes with their labels and tags, and every tag: what the admin web's filters offer. */
export function listAuditActions({ ctx }: { ctx: TenantContext }) {
  authorize(ctx, 'audit.read');
  return {
    actions: AUDIT_ACTIONS.map((action) => ({
      action,
      label: AUDIT_ACTION_INFO[action].label,
      tags: [...AUDIT_ACTION_INFO[action].tags],
    })),
    tags: [...AUDIT_TAGS],
  };
}
