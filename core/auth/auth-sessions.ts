import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import type { AppTx, Database } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import {
  type AuthSessionRow,
  authSessionsTable,
  refreshTokensTable,
  type SignInMethod,
} from '../db/schema/auth.ts';
import { type UserRow, usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ServiceError } from '../shared/errors.ts';
import { effectiveLimits } from './session-policy.ts';

/** Why a session can no longer be used; the UI words its message from this. */
export type SessionEndReason = 'idle' | 'absolute' | 'revoked' | 'reuse' | 'invalid';

const MESSAGES = {
  idle: 'You were signed out after a period of inactivity; sign in again.',
  absolute: 'Your session reached its maximum length; sign in again.',
  revoked: 'This session was signed out; sign in again.',
  reuse: 'This refresh token was already used, so the session was ended to protect you; sign in again.',
  invalid: 'Sign in again: the refresh token is missing or not valid.',
} as const satisfies Record<SessionEndReason, string>;

export function sessionEnded(reason: SessionEndReason): ServiceError {
  return new ServiceError('unauthenticated', MESSAGES[reason], { details: { reason } });
}

/** 32 random bytes, base64url: what the client holds. Only its SHA-256 is stored. */
export function newOpaqueToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const MINUTE = 60_000;

export interface SessionTimes {
  id: string;
  idleExpiresAt: string;
  absoluteExpiresAt: string;
}

/** When the session ends if left alone, and at the latest. Idle never outlasts absolute. */
export function sessionTimes(row: AuthSessionRow): SessionTimes {
  const absolute = row.createdAt.getTime() + row.absoluteMinutes * MINUTE;
  const idle = Math.min(row.lastUsedAt.getTime() + row.idleMinutes * MINUTE, absolute);
  return {
    id: row.id,
    idleExpiresAt: new Date(idle).toISOString(),
    absoluteExpiresAt: new Date(absolute).toISOString(),
  };
}

/** Which limit (if any) the session has passed at `now`. Absolute wins: it is the harder stop. */
export function expiredBy(row: AuthSessionRow, now: Date): 'idle' | 'absolute' | null {
  const t = now.getTime();
  if (t - row.createdAt.getTime() > row.absoluteMinutes * MINUTE) return 'absolute';
  if (t - row.lastUsedAt.getTime() > row.idleMinutes * MINUTE) return 'idle';
  return null;
}

/** What a revoked row answers: its own reason when it ran out, otherwise plain "revoked". */
function reasonOfRevoked(row: AuthSessionRow): SessionEndReason {
  return row.revokedReason === 'idle' || row.revokedReason === 'absolute' ? row.revokedReason : 'revoked';
}

export interface StartedSession {
  session: AuthSessionRow;
  refreshToken: string;
  user: UserRow;
}

/**
 * Opens a sign-in session for a user already authenticated (password, OIDC or invite), copying
 * the account's current policy into the row: a later policy change applies from the next sign-in.
 */
export async function startAuthSession(
  database: Database,
  args: {
    user: UserRow;
    method: SignInMethod;
    now: Date;
    userAgent?: string | undefined;
    ipAddress?: string | undefined;
  },
): Promise<StartedSession> {
  const { user, now } = args;
  const ctx = {
    db: database,
    accountId: user.accountId,
    actor: { kind: 'system', name: 'sign-in' },
  } as const;
  return withTransaction(ctx, async (tx) => {
    const [account] = await tx.select().from(accountsTable).where(eq(accountsTable.id, user.accountId));
    if (!account) throw sessionEnded('invalid');
    const limits = effectiveLimits(account);
    const [session] = await tx
      .insert(authSessionsTable)
      .values({
        accountId: user.accountId,
        userId: user.id,
        method: args.method,
        idleMinutes: limits.idleMinutes,
        absoluteMinutes: limits.absoluteMinutes,
        createdAt: now,
        lastUsedAt: now,
        userAgent: args.userAgent?.slice(0, 500) ?? null,
        ipAddress: args.ipAddress ?? null,
      })
      .returning();
    if (!session) throw new Error('session insert returned nothing');
    const refreshToken = newOpaqueToken();
    await tx.insert(refreshTokensTable).values({
      accountId: user.accountId,
      sessionId: session.id,
      tokenHash: hashToken(refreshToken),
      createdAt: now,
    });
    return { session, refreshToken, user };
  });
}

async function revokeInTx(
  tx: AppTx,
  session: AuthSessionRow,
  reason: string,
  now: Date,
  audit?: { actorUserId: string | null; actorLabel: string },
): Promise<void> {
  await tx
    .update(authSessionsTable)
    .set({ revokedAt: now, revokedReason: reason })
    .where(and(eq(authSessionsTable.id, session.id), isNull(authSessionsTable.revokedAt)));
  if (audit) {
    await tx.insert(auditLogTable).values({
      accountId: session.accountId,
      actorUserId: audit.actorUserId,
      actorLabel: audit.actorLabel,
      action: `auth.session_${reason === 'reuse' ? 'reuse_detected' : 'revoked'}`,
      tags: auditTagsFor('auth.session_revoked'),
      targetType: 'auth_session',
      targetId: session.id,
      metadata: { userId: session.userId, reason },
    });
  }
}

type RefreshOutcome =
  | { ok: true; started: StartedSession }
  | { ok: false; reason: SessionEndReason | 'raced' };

/**
 * Two tabs of one browser share the refresh cookie, so both may send the same token when their
 * access tokens expire together. Within this window after a rotation the loser is told to retry
 * (the cookie now holds the successor) instead of being treated as a thief; later, reuse is theft.
 */
export const REFRESH_RACE_GRACE_MS = 10_000;

/**
 * Rotates a refresh token. The token row is locked (SELECT … FOR UPDATE), so of two concurrent
 * refreshes with the same token exactly one rotates; the other then sees it used. A used token
 * presented again is a replay or theft: the whole session (every token in it) is revoked.
 * `beforeRotate` lets the transport check something bound to the session (the CSRF token) first.
 */
export async function refreshAuthSession(
  database: Database,
  args: {
    refreshToken: string;
    now: Date;
    beforeRotate?: (session: AuthSessionRow) => void;
    /** Where the browser is now, shown on Active sessions as "last seen from". */
    ipAddress?: string | undefined;
  },
): Promise<StartedSession> {
  const { now } = args;
  const outcome = await withSystemTransaction(
    database,
    'refresh-token rotation',
    async (tx): Promise<RefreshOutcome> => {
      const [token] = await tx
        .select()
        .from(refreshTokensTable)
        .where(eq(refreshTokensTable.tokenHash, hashToken(args.refreshToken)))
        .for('update');
      if (!token) return { ok: false, reason: 'invalid' };
      const [session] = await tx
        .select()
        .from(authSessionsTable)
        .where(eq(authSessionsTable.id, token.sessionId))
        .for('update');
      if (!session) return { ok: false, reason: 'invalid' };
      args.beforeRotate?.(session);
      if (session.revokedAt) return { ok: false, reason: reasonOfRevoked(session) };
      if (token.usedAt && now.getTime() - token.usedAt.getTime() < REFRESH_RACE_GRACE_MS) {
        return { ok: false, reason: 'raced' };
      }
      if (token.usedAt) {
        await revokeInTx(tx, session, 'reuse', now, { actorUserId: null, actorLabel: 'system:refresh' });
        return { ok: false, reason: 'reuse' };
      }
      const expired = expiredBy(session, now);
      if (expired) {
        await revokeInTx(tx, session, expired, now);
        return { ok: false, reason: expired };
      }
      const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, session.userId));
      if (!user || user.disabledAt) {
        await revokeInTx(tx, session, 'user_disabled', now);
        return { ok: false, reason: 'revoked' };
      }
      await tx.update(refreshTokensTable).set({ usedAt: now }).where(eq(refreshTokensTable.id, token.id));
      const refreshToken = newOpaqueToken();
      await tx.insert(refreshTokensTable).values({
        accountId: session.accountId,
        sessionId: session.id,
        tokenHash: hashToken(refreshToken),
        createdAt: now,
      });
      const [updated] = await tx
        .update(authSessionsTable)
        .set({ lastUsedAt: now, ...(args.ipAddress ? { lastIpAddress: args.ipAddress } : {}) })
        .where(eq(authSessionsTable.id, session.id))
        .returning();
      return { ok: true, started: { session: updated ?? session, refreshToken, user } };
    },
  );
  // Thrown after the commit: a revocation for reuse or expiry must survive the refusal.
  if (!outcome.ok) {
    if (outcome.reason !== 'raced') throw sessionEnded(outcome.reason);
    throw new ServiceError('conflict', 'This session was renewed a moment ago (another tab?); retry.', {
      details: { reason: 'raced' },
    });
  }
  return outcome.started;
}

/** Finds the session a refresh token belongs to (for signing out with only the refresh cookie). */
export async function findSessionByRefreshToken(
  database: Database,
  refreshToken: string,
): Promise<AuthSessionRow | undefined> {
  return withSystemTransaction(database, 'sign-out lookup', async (tx) => {
    const [row] = await tx
      .select({ session: authSessionsTable })
      .from(refreshTokensTable)
      .innerJoin(authSessionsTable, eq(authSessionsTable.id, refreshTokensTable.sessionId))
      .where(eq(refreshTokensTable.tokenHash, hashToken(refreshToken)));
    return row?.session;
  });
}

/** Signs one session out (its owner signing out). Idempotent. */
export async function signOutSession(
  database: Database,
  args: { accountId: string; sessionId: string; now: Date },
): Promise<void> {
  const ctx = {
    db: database,
    accountId: args.accountId,
    actor: { kind: 'system', name: 'sign-out' },
  } as const;
  await withTransaction(ctx, async (tx) => {
    const [session] = await tx
      .select()
      .from(authSessionsTable)
      .where(and(eq(authSessionsTable.id, args.sessionId), eq(authSessionsTable.accountId, args.accountId)));
    if (!session || session.revokedAt) return;
    await tx
      .update(authSessionsTable)
      .set({ revokedAt: args.now, revokedReason: 'signed_out' })
      .where(eq(authSessionsTable.id, session.id));
    const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, session.userId));
    await tx.insert(auditLogTable).values({
      accountId: session.accountId,
      actorUserId: session.userId,
      actorLabel: user?.name ?? 'unknown',
      action: 'auth.signed_out',
      tags: auditTagsFor('auth.signed_out'),
      targetType: 'auth_session',
      targetId: session.id,
      metadata: {},
    });
  });
}

/**
 * The per-request check behind an access token's `sid`: one primary-key read inside the request's
 * tenant transaction, so revoking a session (or everyone's) bites on the very next request.
 */
export async function loadLiveSession(
  tx: AppTx,
  args: { accountId: string; userId: string; sessionId: string; now: Date },
): Promise<AuthSessionRow> {
  const [session] = await tx
    .select()
    .from(authSessionsTable)
    .where(and(eq(authSessionsTable.id, args.sessionId), eq(authSessionsTable.accountId, args.accountId)));
  if (!session || session.userId !== args.userId) throw sessionEnded('revoked');
  if (session.revokedAt) throw sessionEnded(reasonOfRevoked(session));
  const expired = expiredBy(session, args.now);
  if (expired) throw sessionEnded(expired);
  return session;
}

/** The caller's own session times (for the UI's expiry warning); null for tokens without a session. */
export async function getCurrentSession(
  ctx: TenantContext,
  sessionId: string | undefined,
): Promise<SessionTimes | null> {
  if (!sessionId) return null;
  return withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(authSessionsTable)
      .where(and(eq(authSessionsTable.id, sessionId), eq(authSessionsTable.accountId, ctx.accountId)));
    return row ? sessionTimes(row) : null;
  });
}
