import { and, eq, isNull, sql } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import { contextForUser, tenantContextOf } from '../auth/sign-in.ts';
import type { AppTx, Database } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { chatIdentitiesTable } from '../db/schema/chat-identities.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { parseInput } from '../shared/validation.ts';
import { ChatIdentityKey, isChatIdentity } from './chat-identities.ts';

/**
 * The tenant context for a chat user in a workspace/tenant that belongs to `accountId`. Known
 * identities resolve directly; otherwise the platform's email for the user (Slack `users.info`,
 * Teams roster) is matched against the account's users and the link remembered. Null means "not
 * one of ours": the adapter answers with a polite refusal and does nothing else.
 */
export async function chatUserContext(
  database: Database,
  key: ChatIdentityKey & { accountId: string },
  lookupEmail: () => Promise<string | null>,
): Promise<TenantContext | null> {
  const known = await knownChatUser(database, key);
  // A disabled user counts as unknown here, as before: the email match below refuses them too.
  if (known && !known.user.disabledAt)
    return known.user.accountId === key.accountId
      ? tenantContextOf(database, known.user, known.account)
      : null;
  const email = (await lookupEmail())?.trim().toLowerCase();
  if (!email) return null;
  const linked = await withSystemTransaction(database, 'chat identity linking by email', async (tx) => {
    const [user] = await tx.select().from(usersTable).where(activeUserWithEmail(key.accountId, email));
    if (!user) return null;
    const inserted = await tx
      .insert(chatIdentitiesTable)
      .values({
        accountId: key.accountId,
        userId: user.id,
        platform: key.platform,
        tenantKey: key.tenantKey,
        externalUserId: key.externalUserId,
      })
      .onConflictDoNothing()
      .returning({ id: chatIdentitiesTable.id });
    // A concurrent first contact of the same person (two events arriving together) may have linked
    // them between our lookup and this insert. ON CONFLICT waited for that transaction to commit, so
    // this statement's fresh snapshot sees its row: answer with it rather than "I don't know you".
    if (inserted.length === 0) return linkedElsewhere(tx, key);
    await tx.insert(auditLogTable).values({
      accountId: key.accountId,
      actorUserId: user.id,
      actorLabel: user.name,
      action: 'chat_identity.linked',
      tags: auditTagsFor('chat_identity.linked'),
      targetType: 'user',
      targetId: user.id,
      metadata: {
        platform: key.platform,
        tenantKey: key.tenantKey,
        externalUserId: key.externalUserId,
        by: 'email',
      },
    });
    return { accountId: user.accountId, userId: user.id };
  });
  return linked ? contextForUser(database, linked) : null;
}

/** The live user an identity is already linked to, if that user belongs to the expected account. */
async function linkedElsewhere(
  tx: AppTx,
  key: ChatIdentityKey & { accountId: string },
): Promise<{ accountId: string; userId: string } | null> {
  const [row] = await tx
    .select({ accountId: usersTable.accountId, userId: usersTable.id })
    .from(chatIdentitiesTable)
    .innerJoin(usersTable, eq(usersTable.id, chatIdentitiesTable.userId))
    .where(and(isChatIdentity(key), isNull(usersTable.disabledAt)));
  return row && row.accountId === key.accountId ? row : null;
}

const activeUserWithEmail = (accountId: string, email: string) =>
  and(
    eq(usersTable.accountId, accountId),
    sql`lower(${usersTable.email}) = ${email}`,
    isNull(usersTable.disabledAt),
  );

/**
 * Whether {@link chatUserContext} would find this chat user, without linking anyone: an active
 * user with that (already lowercased) email exists in the account. For a first sign of work
 * shown before the turn decides (bot/slack/first-post.ts); the turn still does the linking.
 */
export async function isActiveUserEmail(
  database: Database,
  accountId: string,
  email: string,
): Promise<boolean> {
  const rows = await withSystemTransaction(database, 'chat identity check by email', (tx) =>
    tx.select({ id: usersTable.id }).from(usersTable).where(activeUserWithEmail(accountId, email)).limit(1),
  );
  return rows.length > 0;
}

/**
 * A linked identity with its user and their account's verification state, in one statement:
 * `resolveChatUser` followed by `contextForUser` read the same rows in two transactions, and this
 * runs on every chat turn. Disabled users come back too (with `disabledAt`); the caller decides.
 */
async function knownChatUser(database: Database, key: ChatIdentityKey) {
  const data = parseInput(ChatIdentityKey, key, 'chat identity');
  const [row] = await withSystemTransaction(database, 'chat identity resolution', (tx) =>
    tx
      .select({
        user: usersTable,
        emailVerifiedAt: accountsTable.emailVerifiedAt,
        accountCreatedAt: accountsTable.createdAt,
      })
      .from(chatIdentitiesTable)
      .innerJoin(usersTable, eq(usersTable.id, chatIdentitiesTable.userId))
      .innerJoin(accountsTable, eq(accountsTable.id, usersTable.accountId))
      .where(isChatIdentity(data)),
  );
  return row
    ? { user: row.user, account: { emailVerifiedAt: row.emailVerifiedAt, createdAt: row.accountCreatedAt } }
    : null;
}
