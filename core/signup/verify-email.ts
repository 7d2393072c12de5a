import { and, asc, eq, isNull } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashToken } from '../auth/auth-sessions.ts';
import { authorize } from '../auth/permissions.ts';
import type { AppTx, Database } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { emailVerificationsTable } from '../db/schema/signup.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, NotFoundError, ServiceError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { VerifyEmailInput } from './schemas.ts';
import { issueVerificationLink, type VerificationLink } from './verification-links.ts';
import { type VerificationState, verificationState } from './verification-state.ts';

export type VerificationRefusal = 'invalid' | 'expired' | 'superseded';

const REFUSALS = {
  invalid: 'This verification link is not valid. Sign in and send a new one.',
  expired: 'This verification link has expired. Sign in and send a new one.',
  superseded: 'A newer verification link was sent; use the one in the latest email.',
} as const satisfies Record<VerificationRefusal, string>;

function refused(reason: VerificationRefusal): ServiceError {
  return new ServiceError('invalid_input', REFUSALS[reason], { details: { reason } });
}

/**
 * Confirms the signup address from the emailed link. Signed out on purpose (the link may be opened
 * on a phone): the token is the credential. Opening a used link again is answered as done, since
 * mail scanners and double clicks do exactly that.
 */
export async function verifyEmail(
  database: Database,
  input: unknown,
  now: Date,
): Promise<{ accountId: string; email: string; alreadyVerified: boolean }> {
  const { token } = parseInput(VerifyEmailInput, input, 'verification link');
  return withSystemTransaction(database, 'email verification', async (tx) => {
    const [link] = await tx
      .select()
      .from(emailVerificationsTable)
      .where(eq(emailVerificationsTable.tokenHash, hashToken(token)))
      .for('update');
    if (!link) throw refused('invalid');
    const [account] = await tx
      .select({ emailVerifiedAt: accountsTable.emailVerifiedAt })
      .from(accountsTable)
      .where(eq(accountsTable.id, link.accountId));
    if (link.usedAt || account?.emailVerifiedAt) {
      return { accountId: link.accountId, email: link.email, alreadyVerified: true };
    }
    if (link.supersededAt) throw refused('superseded');
    if (link.expiresAt.getTime() <= now.getTime()) throw refused('expired');
    await tx
      .update(emailVerificationsTable)
      .set({ usedAt: now })
      .where(eq(emailVerificationsTable.id, link.id));
    await tx
      .update(accountsTable)
      .set({ emailVerifiedAt: now })
      .where(and(eq(accountsTable.id, link.accountId), isNull(accountsTable.emailVerifiedAt)));
    await tx.insert(auditLogTable).values({
      accountId: link.accountId,
      actorUserId: link.userId,
      actorLabel: link.email,
      action: 'account.email_verified',
      tags: auditTagsFor('account.email_verified'),
      targetType: 'account',
      targetId: link.accountId,
      metadata: { email: link.email },
    });
    return { accountId: link.accountId, email: link.email, alreadyVerified: false };
  });
}

export type VerificationStatusView = VerificationState & {
  /** Where links go: the account owner's address. */
  email: string;
};

/** Where the caller's account stands; anyone in the account may ask (the banner shows it to all). */
export async function getVerificationStatus({
  ctx,
  now,
}: {
  ctx: TenantContext;
  now: Date;
}): Promise<VerificationStatusView> {
  authorize(ctx, 'account.read');
  return withTransaction(ctx, async (tx) => {
    const { account, owner } = await loadAccountAndOwner(tx, ctx.accountId);
    return { ...verificationState(account, now), email: owner.email };
  });
}

/**
 * Sends a fresh link to the account owner (retiring older ones). A read-level permission on
 * purpose: it must work for an account whose writes are locked, and any member who meets the
 * refusal can ask for the owner's link. The caller mails it and rate-limits how often.
 */
export async function resendVerification({
  ctx,
  now,
}: {
  ctx: TenantContext;
  now: Date;
}): Promise<VerificationLink & { accountName: string; ownerName: string }> {
  authorize(ctx, 'account.read');
  // A system transaction, scoped to ctx.accountId by hand: the tenant transaction of a locked
  // account is read-only, and this is the one write such an account must still be able to make.
  return withSystemTransaction(ctx.db, 'resend email verification', async (tx) => {
    const { account, owner } = await loadAccountAndOwner(tx, ctx.accountId);
    if (account.emailVerifiedAt) throw new ConflictError('Your email address is already verified.');
    const link = await issueVerificationLink(tx, {
      accountId: ctx.accountId,
      userId: owner.id,
      email: owner.email,
      now,
    });
    await recordAudit(tx, ctx, {
      action: 'account.verification_sent',
      target: { type: 'user', id: owner.id },
      metadata: { email: owner.email, reason: 'resend' },
    });
    return { ...link, accountName: account.name, ownerName: owner.name };
  });
}

async function loadAccountAndOwner(tx: AppTx, accountId: string) {
  const [account] = await tx
    .select({
      name: accountsTable.name,
      emailVerifiedAt: accountsTable.emailVerifiedAt,
      createdAt: accountsTable.createdAt,
    })
    .from(accountsTable)
    .where(eq(accountsTable.id, accountId));
  const [owner] = await tx
    .select({ id: usersTable.id, email: usersTable.email, name: usersTable.name })
    .from(usersTable)
    .where(
      and(eq(usersTable.accountId, accountId), eq(usersTable.role, 'owner'), isNull(usersTable.disabledAt)),
    )
    .orderBy(asc(usersTable.createdAt))
    .limit(1);
  if (!account || !owner) throw new NotFoundError('Account');
  return { account, owner };
}
