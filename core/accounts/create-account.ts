import { sql } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import type { Database } from '../db/client.ts';
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

/**
 * Sign-up: a new tenant and its owner. Runs as the system because no tenant exists yet to scope to.
 */
export async function createAccountWithOwner(database: Database, input: unknown): Promise<CreatedAccount> {
  const data = parseInput(CreateAccountInput, input, 'account');
  const passwordHash = data.owner.password ? await hashPassword(data.owner.password) : null;
  return withSystemTransaction(database, 'sign-up', async (tx) => {
    const taken = await tx
      .select({ id: usersTable.id })
      .from(usersTable)
      .where(sql`lower(${usersTable.email}) = ${data.owner.email}`);
    if (taken.length > 0) throw new ConflictError('That email address already belongs to a user.');
    // The reverse trial counts from the row's own created_at (the transaction's now()).
    const [account] = await tx
      .insert(accountsTable)
      .values({ name: data.name, trialEndsAt: sql`now() + make_interval(days => ${data.trialDays})` })
      .returning({ id: accountsTable.id });
    if (!account) throw new Error('account insert returned nothing');
    const [owner] = await tx
      .insert(usersTable)
      .values({
        accountId: account.id,
        email: data.owner.email,
        name: data.owner.name,
        role: 'owner',
        passwordHash,
      })
      .returning({ id: usersTable.id });
    if (!owner) throw new Error('owner insert returned nothing');
    await tx.insert(auditLogTable).values({
      accountId: account.id,
      actorUserId: owner.id,
      actorLabel: data.owner.name,
      action: 'account.created',
      tags: auditTagsFor('account.created'),
      targetType: 'account',
      targetId: account.id,
      metadata: { trialDays: data.trialDays },
    });
    return { accountId: account.id, ownerId: owner.id };
  });
}
