import { and, eq, gt, isNull, ne, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authSessionsTable } from '../db/schema/auth.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { authorize } from './permissions.ts';
import { RevokeSessionsInput } from './schemas.ts';

export interface ActiveSessionUserView {
  userId: string;
  name: string;
  email: string;
  role: string;
  lastSignInAt: string | null;
  lastUsedAt: string;
  sessionCount: number;
  isMe: boolean;
}

/** Live = not revoked and inside both its idle and absolute limits at `now`. */
export function liveAt(now: Date) {
  const t = now.toISOString();
  return and(
    isNull(authSessionsTable.revokedAt),
    gt(
      sql`${authSessionsTable.lastUsedAt} + ${authSessionsTable.idleMinutes} * interval '1 minute'`,
      sql`${t}::timestamptz`,
    ),
    gt(
      sql`${authSessionsTable.createdAt} + ${authSessionsTable.absoluteMinutes} * interval '1 minute'`,
      sql`${t}::timestamptz`,
    ),
  );
}

/** Who is signed in right now: one line per user with live sessions, most recently active first. */
export async function listActiveSessions({
  ctx,
  now,
}: {
  ctx: TenantContext;
  now: Date;
}): Promise<{ users: ActiveSessionUserView[] }> {
  authorize(ctx, 'users.manage');
  const me = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({
        userId: usersTable.id,
        name: usersTable.name,
        email: usersTable.email,
        role: usersTable.role,
        lastLoginAt: usersTable.lastLoginAt,
        lastUsedAt: sql<string>`max(${authSessionsTable.lastUsedAt})`,
        sessionCount: sql<number>`count(*)::int`,
      })
      .from(authSessionsTable)
      .innerJoin(usersTable, eq(usersTable.id, authSessionsTable.userId))
      .where(and(eq(authSessionsTable.accountId, ctx.accountId), liveAt(now)))
      .groupBy(usersTable.id)
      .orderBy(sql`max(${authSessionsTable.lastUsedAt}) desc`);
    return {
      users: rows.map((r) => ({
        userId: r.userId,
        name: r.name,
        email: r.email,
        role: r.role,
        lastSignInAt: r.lastLoginAt?.toISOString() ?? null,
        lastUsedAt: new Date(r.lastUsedAt).toISOString(),
        sessionCount: Number(r.sessionCount),
        isMe: r.userId === me,
      })),
    };
  });
}

/**
 * Bulk sign-out. `others` ends every live session in the account except the caller's current one
 * ("everyone except me"); `everyone` ends the caller's too. Access tokens die with their session on
 * the next request, because every request checks its session.
 */
export async function revokeSessions({
  ctx,
  input,
  currentSessionId,
  now,
}: {
  ctx: TenantContext;
  input: unknown;
  currentSessionId: string | undefined;
  now: Date;
}): Promise<{ revoked: number }> {
  const grant = authorize(ctx, 'users.manage');
  const { scope } = parseInput(RevokeSessionsInput, input, 'revoke request');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .update(authSessionsTable)
      .set({ revokedAt: now, revokedReason: scope === 'everyone' ? 'revoked_everyone' : 'revoked_others' })
      .where(
        and(
          eq(authSessionsTable.accountId, ctx.accountId),
          liveAt(now),
          scope === 'others' && currentSessionId ? ne(authSessionsTable.id, currentSessionId) : undefined,
        ),
      )
      .returning({ id: authSessionsTable.id });
    await recordAudit(tx, ctx, {
      action: 'auth.sessions_revoked',
      target: { type: 'account', id: ctx.accountId },
      metadata: {
        scope,
        revoked: rows.length,
        keptSessionId: scope === 'others' ? (currentSessionId ?? null) : null,
      },
      grant,
    });
    return { revoked: rows.length };
  });
}
