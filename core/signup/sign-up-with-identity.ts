import { and, eq } from 'drizzle-orm';
import { insertAccountWithOwner } from '../accounts/create-account.ts';
import type { OidcIdentityClaims } from '../auth/oidc.ts';
import type { OidcProviderName } from '../auth/schemas.ts';
import type { Database } from '../db/client.ts';
import { signInIdentitiesTable } from '../db/schema/auth.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { ConflictError, InvalidInputError, ServiceError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { isBlockedEmailDomain } from './disposable-domains.ts';
import { SignUpInput } from './schemas.ts';
import type { SignedUp } from './sign-up.ts';
import { issueSignupVerification } from './verification-links.ts';

/**
 * "Continue with Microsoft / Slack" on the signup page: the account and an owner with no password,
 * bound to that identity (issuer + subject) like an invite accepted that way. An address the
 * provider says it verified counts as verified; otherwise the usual link is sent.
 */
export async function signUpWithIdentity(
  database: Database,
  args: {
    companyName: unknown;
    provider: OidcProviderName;
    identity: OidcIdentityClaims;
    now: Date;
    blockedDomains?: ReadonlySet<string>;
  },
): Promise<SignedUp> {
  const companyName = parseInput(SignUpInput.shape.companyName, args.companyName, 'company name');
  const { identity } = args;
  const email = [identity.email, identity.preferredUsername]
    .find((e) => e?.includes('@'))
    ?.trim()
    .toLowerCase();
  if (!email) {
    throw new ServiceError(
      'invalid_input',
      'Your sign-in did not tell us an email address; sign up with email and a password instead.',
      { details: { reason: 'no_email' } },
    );
  }
  if (args.blockedDomains && isBlockedEmailDomain(email, args.blockedDomains)) {
    throw new InvalidInputError(
      'Use your work email address: this email domain is not accepted for signup.',
      [{ path: 'email', message: 'use your work email address; this domain is not accepted' }],
    );
  }
  const name = (identity.name?.trim() || email.split('@')[0] || email).slice(0, 200);
  return withSystemTransaction(database, 'self-serve signup (sign-in provider)', async (tx) => {
    const [bound] = await tx
      .select({ id: signInIdentitiesTable.id })
      .from(signInIdentitiesTable)
      .where(
        and(eq(signInIdentitiesTable.issuer, identity.iss), eq(signInIdentitiesTable.subject, identity.sub)),
      );
    if (bound) {
      throw new ConflictError('That sign-in already belongs to a ResolutionFlow user; sign in instead.', {
        reason: 'identity_taken',
      });
    }
    const created = await insertAccountWithOwner(
      tx,
      { name: companyName, trialDays: 14, owner: { email, name } },
      { passwordHash: null, now: args.now, emailUnverified: !identity.emailVerified, method: args.provider },
    );
    await tx.insert(signInIdentitiesTable).values({
      accountId: created.accountId,
      userId: created.ownerId,
      provider: args.provider,
      issuer: identity.iss,
      subject: identity.sub,
      lastUsedAt: args.now,
    });
    const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, created.ownerId));
    if (!user) throw new Error('owner vanished inside its own transaction');
    if (identity.emailVerified) return { user, accountName: companyName, verification: null };
    const verification = await issueSignupVerification(tx, {
      accountId: created.accountId,
      user: { id: user.id, name: user.name, email },
      now: args.now,
    });
    return { user, accountName: companyName, verification };
  });
}
