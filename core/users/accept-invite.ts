import { and, eq, gt } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import { hashToken } from '../auth/auth-sessions.ts';
import type { OidcProviderName } from '../auth/schemas.ts';
import { queueSeatSync } from '../billing/index.ts';
import type { AppTx, Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { signInIdentitiesTable, type UserInviteRow, userInvitesTable } from '../db/schema/auth.ts';
import { type UserRow, usersTable } from '../db/schema/users.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import { hashPassword } from '../shared/crypto.ts';
import { ConflictError, ServiceError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { AcceptInviteInput, InviteTokenInput } from './schemas.ts';

/** Why an invite link no longer works; the accept page words its message from this. */
export type InviteRefusal = 'invalid' | 'used' | 'revoked' | 'expired';

const REFUSALS = {
  invalid:
    'This invitation link is not valid. Check that you copied all of it, or ask an admin for a new one.',
  used: 'This invitation was already accepted. Sign in with the email address it was sent to.',
  revoked: 'This invitation was withdrawn by an admin (or replaced by a newer one). Ask them for a new link.',
  expired: 'This invitation has expired; ask an admin to send a new one.',
} as const satisfies Record<InviteRefusal, string>;

export function inviteRefused(reason: InviteRefusal): ServiceError {
  return new ServiceError('unauthenticated', REFUSALS[reason], { details: { reason } });
}

/** What the accept page shows before anyone types: whose invite this is and to which account. */
export interface InvitePreview {
  email: string;
  name: string | null;
  role: UserInviteRow['role'];
  accountName: string;
  expiresAt: string;
}

/** Loads the invite a token names, locked, and refuses it unless it can still be accepted. */
async function openInvite(tx: AppTx, token: string, now: Date, lock: boolean): Promise<UserInviteRow> {
  const query = tx
    .select()
    .from(userInvitesTable)
    .where(eq(userInvitesTable.tokenHash, hashToken(token)));
  const [invite] = lock ? await query.for('update') : await query;
  if (!invite) throw inviteRefused('invalid');
  if (invite.acceptedAt) throw inviteRefused('used');
  if (invite.revokedAt) throw inviteRefused('revoked');
  if (invite.expiresAt.getTime() <= now.getTime()) throw inviteRefused('expired');
  return invite;
}

/**
 * Reads an invite by its token for the signed-out accept page. Runs as the system: the token is the
 * only credential, and the answer names nothing beyond the invite itself.
 */
export async function previewInvite(database: Database, input: unknown, now: Date): Promise<InvitePreview> {
  const { token } = parseInput(InviteTokenInput, input, 'invite');
  return withSystemTransaction(database, 'invite preview', async (tx) => {
    const invite = await openInvite(tx, token, now, false);
    const [account] = await tx
      .select({ name: accountsTable.name })
      .from(accountsTable)
      .where(eq(accountsTable.id, invite.accountId));
    return {
      email: invite.email,
      name: invite.name,
      role: invite.role,
      accountName: account?.name ?? 'your team',
      expiresAt: invite.expiresAt.toISOString(),
    };
  });
}

async function createInvitedUser(
  tx: AppTx,
  invite: UserInviteRow,
  values: { name: string; passwordHash: string | null },
  now: Date,
  method: string,
): Promise<UserRow> {
  let user: UserRow | undefined;
  try {
    [user] = await tx
      .insert(usersTable)
      .values({
        accountId: invite.accountId,
        email: invite.email,
        name: values.name,
        role: invite.role,
        canCoverL1: invite.canCoverL1,
        passwordHash: values.passwordHash,
      })
      .returning();
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_unique')) {
      throw new ConflictError('That email address already belongs to a user.');
    }
    throw error;
  }
  if (!user) throw new Error('user insert returned nothing');
  await queueSeatSync(tx, invite.accountId);
  // The token works once: marked used in the transaction that creates the user.
  await tx
    .update(userInvitesTable)
    .set({ acceptedAt: now, devLinkSealed: null })
    .where(and(eq(userInvitesTable.id, invite.id), gt(userInvitesTable.expiresAt, now)));
  await tx.insert(auditLogTable).values({
    accountId: invite.accountId,
    actorUserId: user.id,
    actorLabel: user.name,
    action: 'user.invite_accepted',
    tags: auditTagsFor('user.invite_accepted'),
    targetType: 'user',
    targetId: user.id,
    metadata: { inviteId: invite.id, email: user.email, role: user.role, method },
  });
  return user;
}

/**
 * Accepting an invite creates the user with the invited role and the chosen password, in the same
 * transaction that marks the invite used (a token works once). The caller then signs them in.
 * The input is checked before anything is read, so a refused password changes nothing.
 */
export async function acceptInvite(database: Database, input: unknown, now: Date): Promise<UserRow> {
  const data = parseInput(AcceptInviteInput, input, 'invite acceptance');
  const passwordHash = await hashPassword(data.password);
  return withSystemTransaction(database, 'invite acceptance', async (tx) => {
    const invite = await openInvite(tx, data.token, now, true);
    return createInvitedUser(tx, invite, { name: data.name, passwordHash }, now, 'password');
  });
}

/**
 * Accepting with Microsoft or Slack instead of a password: the new user has no password and the
 * identity (issuer + subject) is bound to them, exactly as a first OIDC sign-in would bind it.
 * The invite link is the credential here as with a password, so the IdP's email need not match.
 */
export async function acceptInviteWithIdentity(
  database: Database,
  args: {
    token: string;
    provider: OidcProviderName;
    identity: { iss: string; sub: string; name?: string | undefined };
    now: Date;
  },
): Promise<UserRow> {
  const { token } = parseInput(InviteTokenInput, { token: args.token }, 'invite');
  return withSystemTransaction(database, 'invite acceptance (sign-in provider)', async (tx) => {
    const invite = await openInvite(tx, token, args.now, true);
    const [bound] = await tx
      .select({ id: signInIdentitiesTable.id })
      .from(signInIdentitiesTable)
      .where(
        and(
          eq(signInIdentitiesTable.issuer, args.identity.iss),
          eq(signInIdentitiesTable.subject, args.identity.sub),
        ),
      );
    if (bound) {
      throw new ConflictError(
        'That account already signs in to ResolutionFlow as someone else; choose a password instead.',
        { reason: 'identity_taken' },
      );
    }
    const name = invite.name ?? args.identity.name?.trim() ?? invite.email.split('@')[0] ?? invite.email;
    const user = await createInvitedUser(
      tx,
      invite,
      { name: name.slice(0, 200), passwordHash: null },
      args.now,
      args.provider,
    );
    await tx.insert(signInIdentitiesTable).values({
      accountId: user.accountId,
      userId: user.id,
      provider: args.provider,
      issuer: args.identity.iss,
      subject: args.identity.sub,
      lastUsedAt: args.now,
    });
    return user;
  });
}
