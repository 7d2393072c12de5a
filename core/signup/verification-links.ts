import { and, eq, isNull } from 'drizzle-orm';
import { hashToken, newOpaqueToken } from '../auth/auth-sessions.ts';
import type { AppTx } from '../db/client.ts';
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
