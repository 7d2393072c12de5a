import { sql } from 'drizzle-orm';
import type { z } from 'zod';
import { auditTagsFor } from '../audit/actions.ts';
import type { AppTx, Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { hashPassword } from '../shared/crypto.ts';
import { ConflictError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { CreateAccountInput } from './schemas.ts';

export interface CreatedAccount {
  accountId: string;
  ownerId: string;
}

export const EMAIL_TAKEN = 'That email address already belongs to a user.';

/**
 * Sign-up: a new tenant and its owner. Runs as the system because no tenant exists yet to scope to.
 */
export async function createAccountWithOwner(database: Database, input: unknown): Promise<CreatedAccount> {
  const data = parseInput(CreateAccountInput, input, 'account');
  const passwordHash = data.owner.password ? await hashPassword(data.owner.password) : null;
  return withSystemTransaction(database, 'sign-up', (tx) =>
    insertAccountWithOwner(tx, data, { passwordHash }),
  );
}

/**
 * The rows of a new account inside the caller's system transaction, so self-serve signup can add
 * its verification link to the same commit. `emailUnverified` is only for self-serve signup: every
 * other account counts as verified (the column's default).
 */
export async function insertAccountWithOwner(
  tx: AppTx,
  data: z.output<typeof CreateAccountInput>,
  options: { passwordHash: string | null; now?: Date; emailUnverified?: boolean; method?: string },
): Promise<CreatedAccount> {
  const taken = await tx
    .select({ id: usersTable.id })
    .from(usersTable)
    .where(sql`lower(${usersTable.email}) = ${data.owner.email}`);
  if (taken.length > 0) throw new ConflictError(EMAIL_TAKEN, { reason: 'email_taken' });
  // The reverse trial counts from the row's own created_at (the transaction's now()), or from the
  // signup clock when one is given (tests move it).
  const trialEndsAt = options.now
    ? new Date(options.now.getTime() + data.trialDays * 86_400_000)
    : sql`now() + make_interval(days => ${data.trialDays})`;
  const [account] = await tx
    .insert(accountsTable)
    .values({
      name: data.name,
      trialEndsAt,
      ...(options.now ? { createdAt: options.now } : {}),
      ...(options.emailUnverified ? { emailVerifiedAt: null } : {}),
    })
    .returning({ id: accountsTable.id });
  if (!account) throw new Error('account insert returned nothing');
  const [owner] = await tx
    .insert(usersTable)
    .values({
      accountId: account.id,
      email: data.owner.email,
      name: data.owner.name,
      role: 'owner',
      passwordHash: options.passwordHash,
    })
    .returning({ id: usersTable.id })
    .catch((error: unknown) => {
      // The same address signed up twice at once: both passed the check above.
      if (isUniqueViolation(error, 'users_email_unique'))
        throw new ConflictError(EMAIL_TAKEN, { reason: 'email_taken' });
      throw error;
    });
  if (!owner) throw new Error('owner insert returned nothing');
  await tx.insert(auditLogTable).values({
    accountId: account.id,
    actorUserId: owner.id,
    actorLabel: data.owner.name,
    action: 'account.created',
    tags: auditTagsFor('account.created'),
    targetType: 'account',
    targetId: account.id,
    metadata: { trialDays: data.trialDays, ...(options.method ? { method: options.method } : {}) },
  });
  return { accountId: account.id, ownerId: owner.id };
}
