import { and, desc, eq } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { authSessionsTable } from '../db/schema/auth.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { NotFoundError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { liveAt } from './active-sessions.ts';
import { sessionTimes } from './auth-sessions.ts';
import { authorize, can } from './permissions.ts';
import { AuthSessionIdParam } from './schemas.ts';
import { type DeviceLabel, describeUserAgent } from './user-agent.ts';

/** One signed-in browser as Active sessions lists it. */
export interface BrowserSessionView extends DeviceLabel {
  id: string;
  userId: string;
  userName: string;
  userEmail: string;
  method: string;
  /** Where it was last seen from (falls back to where it signed in). */
  ipAddress: string | null;
  signedInAt: string;
  lastSeenAt: string;
  idleExpiresAt: string;
  /** The browser making this request. */
  current: boolean;
}

function meOf(ctx: TenantContext): string {
  if (ctx.actor.kind !== 'user') throw new NotFoundError('Sign-in session');
  return ctx.actor.userId;
}

/**
 * Live sign-in sessions, one per browser, most recently seen first. Owners and admins see the whole
 * account (they may sign anyone out); everyone else sees only their own browsers.
 */
export async function listBrowserSessions({
  ctx,
  now,
  currentSessionId,
}: {
  ctx: TenantContext;
  now: Date;
  currentSessionId: string | undefined;
}): Promise<{ sessions: BrowserSessionView[] }> {
  const me = meOf(ctx);
  const everyone = can(ctx.actor, 'users.manage');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({ session: authSessionsTable, name: usersTable.name, email: usersTable.email })
      .from(authSessionsTable)
      .innerJoin(usersTable, eq(usersTable.id, authSessionsTable.userId))
      .where(
        and(
          eq(authSessionsTable.accountId, ctx.accountId),
          liveAt(now),
          everyone ? undefined : eq(authSessionsTable.userId, me),
        ),
      )
      .orderBy(desc(authSessionsTable.lastUsedAt), desc(authSessionsTable.createdAt));
    return {
      sessions: rows.map(({ session, name, email }) => ({
        id: session.id,
        userId: session.userId,
        userName: name,
        userEmail: email,
        method: session.method,
        ...describeUserAgent(session.userAgent),
        ipAddress: session.lastIpAddress ?? session.ipAddress,
        signedInAt: session.createdAt.toISOString(),
        lastSeenAt: session.lastUsedAt.toISOString(),
        idleExpiresAt: sessionTimes(session).idleExpiresAt,
        current: session.id === currentSessionId,
      })),
    };
  });
}

/**
 * "Sign out this one": ends exactly one browser's session (every refresh token in it; its access
 * token fails on the next request). Your own browsers you may always end; someone else's needs the
 * same permission as the bulk sign-out. Another account's session is not found.
 */
export async function revokeBrowserSession({
  ctx,
  sessionId,
  currentSessionId,
  now,
}: {
  ctx: TenantContext;
  sessionId: unknown;
  currentSessionId: string | undefined;
  now: Date;
}): Promise<{ revoked: boolean; wasCurrent: boolean }> {
  const me = meOf(ctx);
  const id = parseInput(AuthSessionIdParam, sessionId, 'sign-in session id');
  return withTransaction(ctx, async (tx) => {
    const [session] = await tx
      .select()
      .from(authSessionsTable)
      .where(and(eq(authSessionsTable.id, id), eq(authSessionsTable.accountId, ctx.accountId)))
      .for('update');
    if (!session) throw new NotFoundError('Sign-in session');
    const own = session.userId === me;
    const grant = own ? undefined : authorize(ctx, 'users.manage');
    const wasCurrent = session.id === currentSessionId;
    if (session.revokedAt) return { revoked: false, wasCurrent };
    await tx
      .update(authSessionsTable)
      .set({ revokedAt: now, revokedReason: own ? 'signed_out' : 'revoked_by_admin' })
      .where(eq(authSessionsTable.id, session.id));
    await recordAudit(tx, ctx, {
      action: 'auth.session_revoked',
      target: { type: 'auth_session', id: session.id },
      tags: ['security'],
      metadata: {
        userId: session.userId,
        scope: 'one',
        device: describeUserAgent(session.userAgent).label,
      },
      ...(grant ? { grant } : {}),
    });
    return { revoked: true, wasCurrent };
  });
}
