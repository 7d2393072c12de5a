import { and, arrayContains, desc, eq, lt } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '../auth/permissions.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';

export const ListAuditLogInput = z
  .object({
    actorUserId: z.string().uuid().optional(),
    action: z.string().min(1).max(100).optional(),
    tag: z.string().min(1).max(50).optional(),
    /** Keyset pagination: pass the last entry's id to get older entries. */
    beforeId: z.coerce.number().int().positive().optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .strict();

export interface AuditEntryView {
  id: number;
  actorUserId: string | null;
  actorLabel: string;
  action: string;
  target: { type: string; id: string } | null;
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
    const entries: AuditEntryView[] = rows.map((r) => ({
      id: r.id,
      actorUserId: r.actorUserId,
      actorLabel: r.actorLabel,
      action: r.action,
      target: r.targetType && r.targetId ? { type: r.targetType, id: r.targetId } : null,
      tags: r.tags,
      metadata: r.metadata,
      occurredAt: r.occurredAt.toISOString(),
    }));
    const last = entries.at(-1);
    return { entries, nextBeforeId: entries.length === q.limit && last ? last.id : null };
  });
}
