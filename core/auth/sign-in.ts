import { and, eq, sql } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import type { Database } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { type UserRow, usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { DECOY_PASSWORD_HASH, verifyPassword } from '../shared/crypto.ts';
import { ServiceError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { verificationState } from '../signup/verification-state.ts';
import { loadLiveSession } from './auth-sessions.ts';
import { emailFromIpKey, type SignInLimiters, tooManyAttempts } from './rate-limit.ts';
import { SignInInput } from './schemas.ts';

export { SignInInput };

const BAD_CREDENTIALS = 'Email or password is incorrect.';

/**
 * Email + password sign-in. Looks the user up as the system (the tenant is what we are finding out),
 * always runs one scrypt verification so response time does not reveal whether the email exists, and
 * gives the same message for unknown email, wrong password and disabled user.
 */
export async function signInWithPassword(
  database: Database,
  input: unknown,
  options: { now?: Date; limiters?: SignInLimiters; ipAddress?: string | undefined } = {},
): Promise<UserRow> {
  const data = parseInput(SignInInput, input, 'sign-in');
  const now = options.now ?? new Date();
  const { limiters } = options;
  const ipKey = options.ipAddress ?? 'unknown';
  // Checked before the password, and counted for unknown emails too, so 429 reveals nothing either.
  const emailKey = emailFromIpKey(data.email, ipKey);
  if (limiters) {
    const waits = await Promise.all([
      limiters.byEmail.retryAfterSeconds(emailKey),
      limiters.byEmailEverywhere.retryAfterSeconds(data.email),
      limiters.byIp.retryAfterSeconds(ipKey),
    ]);
    const wait = Math.max(...waits);
    if (wait > 0) throw tooManyAttempts(wait);
  }
  const user = await withSystemTransaction(database, 'sign-in lookup', async (tx) => {
    const [row] = await tx.select().from(usersTable).where(sql`lower(${usersTable.email}) = ${data.email}`);
    return row;
  });
  const ok = await verifyPassword(data.password, user?.passwordHash ?? DECOY_PASSWORD_HASH);
  if (!user || !ok || !user.passwordHash || user.disabledAt) {
    await limiters?.byEmail.fail(emailKey);
    await limiters?.byEmailEverywhere.fail(data.email);
    await limiters?.byIp.fail(ipKey);
    throw new ServiceError('unauthenticated', BAD_CREDENTIALS);
  }
  await limiters?.byEmail.reset(emailKey);
  return recordSignIn(database, user, 'password', now);
}

/** Stamps `last_login_at` and audits the sign-in; shared by password, OIDC and invite sign-ins. */
export async function recordSignIn(
  database: Database,
  user: UserRow,
  method: string,
  now: Date,
): Promise<UserRow> {
  return withSystemTransaction(database, 'record sign-in', async (tx) => {
    const [updated] = await tx
      .update(usersTable)
      .set({ lastLoginAt: now })
      .where(eq(usersTable.id, user.id))
      .returning();
    await tx.insert(auditLogTable).values({
      accountId: user.accountId,
      actorUserId: user.id,
      actorLabel: user.name,
      action: 'auth.signed_in',
      tags: auditTagsFor('auth.signed_in'),
      targetType: 'user',
      targetId: user.id,
      metadata: { method },
    });
    return updated ?? user;
  });
}

/**
 * Builds the tenant context for an authenticated user, re-reading role and status so a change made
 * a second ago applies now. A disabled or deleted user is unauthenticated. An unverified signup
 * past its grace period gets a write lock (see `authorize`).
 */
export async function contextForUser(
  database: Database,
  subject: { userId: string; accountId: string; sessionId?: string },
  requestId?: string,
  now: Date = new Date(),
): Promise<TenantContext> {
  const lookup: TenantContext = {
    db: database,
    accountId: subject.accountId,
    actor: { kind: 'system', name: 'authenticate' },
  };
  const { user, account } = await withTransaction(lookup, async (tx) => {
    // The user and their account's verification state in one statement: every API request and
    // every chat turn starts here.
    const [row] = await tx
      .select({
        user: usersTable,
        emailVerifiedAt: accountsTable.emailVerifiedAt,
        accountCreatedAt: accountsTable.createdAt,
      })
      .from(usersTable)
      .innerJoin(accountsTable, eq(accountsTable.id, usersTable.accountId))
      .where(and(eq(usersTable.id, subject.userId), eq(usersTable.accountId, subject.accountId)));
    if (row && !row.user.disabledAt && subject.sessionId) {
      await loadLiveSession(tx, { ...subject, sessionId: subject.sessionId, now });
    }
    return {
      user: row?.user,
      account: row ? { emailVerifiedAt: row.emailVerifiedAt, createdAt: row.accountCreatedAt } : undefined,
    };
  });
  if (!user || user.disabledAt)
    throw new ServiceError('unauthenticated', 'Your account is not active; sign in again.');
  return tenantContextOf(database, user, account, requestId, now);
}

/**
 * The context of an active user whose row and account verification state were just read (here,
 * or together with their chat identity in `chatUserContext`).
 */
export function tenantContextOf(
  database: Database,
  user: UserRow,
  account: { emailVerifiedAt: Date | null; createdAt: Date } | undefined,
  requestId?: string,
  now: Date = new Date(),
): TenantContext {
  return {
    db: database,
    accountId: user.accountId,
    actor: { kind: 'user', userId: user.id, role: user.role, canCoverL1: user.canCoverL1, name: user.name },
    ...(requestId ? { requestId } : {}),
    // Every signed-in path (API, Slack, Teams) builds its context here, so the lock reaches them all.
    ...(account && verificationState(account, now).status === 'locked'
      ? { writeLock: { reason: 'email_unverified' as const } }
      : {}),
  };
}
