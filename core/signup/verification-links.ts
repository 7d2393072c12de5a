import { and, eq, isNull } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import { hashToken, newOpaqueToken } from '../auth/auth-sessions.ts';
import type { AppTx } from '../db/client.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { emailVerificationsTable } from '../db/schema/signup.ts';
import { VERIFICATION_LINK_TTL_MS } from './verification-state.ts';

/** A freshly issued link: the raw token exists only here, to be mailed (its hash is stored). */
export interface VerificationLink {
  token: string;
  email: string;
  expiresAt: Date;
}

/** Retires the account's open links and stores a new one, inside the caller's transaction. */
export async function issueVerificationLink(
  tx: AppTx,
  target: { accountId: string; userId: string; email: string; now: Date },
): Promise<VerificationLink> {
  await tx
    .update(emailVerificationsTable)
    .set({ supersededAt: target.now })
    .where(
      and(
        eq(emailVerificationsTable.accountId, target.accountId),
        isNull(emailVerificationsTable.usedAt),
        isNull(emailVerificationsTable.supersededAt),
      ),
    );
  const token = newOpaqueToken();
  const expiresAt = new Date(target.now.getTime() + VERIFICATION_LINK_TTL_MS);
  await tx.insert(emailVerificationsTable).values({
    accountId: target.accountId,
    userId: target.userId,
    email: target.email,
    tokenHash: hashToken(token),
    expiresAt,
    createdAt: target.now,
  });
  return { token, email: target.email, expiresAt };
}

/**
 * The first link of a self-serve signup, audited as sent by the new owner: there is no tenant
 * context yet (the account is created in the same system transaction), so the row is written here.
 */
export async function issueSignupVerification(
  tx: AppTx,
  target: { accountId: string; user: { id: string; name: string; email: string }; now: Date },
): Promise<VerificationLink> {
  const { accountId, user, now } = target;
  const link = await issueVerificationLink(tx, { accountId, userId: user.id, email: user.email, now });
  await tx.insert(auditLogTable).values({
    accountId,
    actorUserId: user.id,
    actorLabel: user.name,
    action: 'account.verification_sent',
    tags: auditTagsFor('account.verification_sent'),
    targetType: 'user',
    targetId: user.id,
    metadata: { email: user.email, reason: 'signup' },
  });
  return link;
}
