import { eq } from 'drizzle-orm';
import { insertAccountWithOwner } from '../accounts/create-account.ts';
import type { Database } from '../db/client.ts';
import { type UserRow, usersTable } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { hashPassword } from '../shared/crypto.ts';
import { InvalidInputError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { isBlockedEmailDomain } from './disposable-domains.ts';
import { SignUpInput } from './schemas.ts';
import { issueSignupVerification, type VerificationLink } from './verification-links.ts';

export interface SignedUp {
  user: UserRow;
  accountName: string;
  /** Null when the address is already vouched for (a provider-verified email). */
  verification: VerificationLink | null;
}

/**
 * Self-serve signup: the account, its owner and the first verification link in one commit, so a
 * failure leaves nothing behind. The account starts unverified (its grace period runs from now).
 * An address already in use is refused with the same message invites give, before anything is written.
 */
export async function signUp(
  database: Database,
  input: unknown,
  options: { now: Date; blockedDomains?: ReadonlySet<string> },
): Promise<SignedUp> {
  const data = parseInput(SignUpInput, input, 'signup');
  if (options.blockedDomains && isBlockedEmailDomain(data.email, options.blockedDomains)) {
    throw new InvalidInputError(
      'Use your work email address: this email domain is not accepted for signup.',
      [{ path: 'email', message: 'use your work email address; this domain is not accepted' }],
    );
  }
  const passwordHash = await hashPassword(data.password);
  return withSystemTransaction(database, 'self-serve signup', async (tx) => {
    const created = await insertAccountWithOwner(
      tx,
      {
        name: data.companyName,
        trialDays: 14,
        owner: { email: data.email, name: data.name, password: data.password },
      },
      { passwordHash, now: options.now, emailUnverified: true, method: 'self_serve' },
    );
    const [user] = await tx.select().from(usersTable).where(eq(usersTable.id, created.ownerId));
    if (!user) throw new Error('owner vanished inside its own transaction');
    const verification = await issueSignupVerification(tx, {
      accountId: created.accountId,
      user: { id: user.id, name: user.name, email: user.email },
      now: options.now,
    });
    return { user, accountName: data.companyName, verification };
  });
}
