import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import { auditTagsFor } from '../audit/actions.ts';
import { recordAudit } from '../audit/record-audit.ts';
import { hashToken, newOpaqueToken } from '../auth/auth-sessions.ts';
import { authorize, canAssignRole } from '../auth/permissions.ts';
import type { Database } from '../db/client.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { type UserInviteRow, userInvitesTable } from '../db/schema/auth.ts';
import { type UserRow, usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { hashPassword } from '../shared/crypto.ts';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ServiceError,
  UnprocessableError,
} from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { AcceptInviteInput, CreateInviteInput, InviteIdInput } from './schemas.ts';

/** How long an emailed invite link works. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60_000;

export interface InviteView {
  id: string;
  email: string;
  name: string | null;
  role: UserInviteRow['role'];
  canCoverL1: boolean;
  expiresAt: string;
  expired: boolean;
  createdAt: string;
}

function toInviteView(row: UserInviteRow, now: Date): InviteView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    canCoverL1: row.canCoverL1,
    expiresAt: row.expiresAt.toISOString(),
    expired: row.expiresAt.getTime() <= now.getTime(),
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * Invites someone by email. Returns the one-time token (only its hash is stored) so the caller can
 * mail the link; re-inviting an address replaces its open invite.
 */
export async function createInvite({
  ctx,
  input,
  now,
}: {
  ctx: TenantContext;
  input: unknown;
  now: Date;
}): Promise<{ invite: InviteView; token: string }> {
  const grant = authorize(ctx, 'users.manage');
  const data = parseInput(CreateInviteInput, input, 'invite');
  if (!canAssignRole(ctx.actor, data.role)) {
    throw new ForbiddenError(`You cannot invite someone with the ${data.role} role.`);
  }
  if (data.canCoverL1 && data.role !== 'engineer') {
    throw new UnprocessableError('Only engineers can cover the L1 queue.', [
      { path: 'canCoverL1', message: 'only engineers can cover the L1 queue' },
    ]);
  }
  const token = newOpaqueToken();
  // Emails are unique across all accounts, and RLS hides other tenants' users: ask as the system,
  // and answer only "taken", never where.
  const taken = await withSystemTransaction(ctx.db, 'invite email check', async (tx) => {
    const [row] = await tx
      .select({ id: usersTable.id })
      .from(usersTable)
      .where(sql`lower(${usersTable.email}) = ${data.email}`);
    return Boolean(row);
  });
  if (taken) throw new ConflictError('That email address already belongs to a user.');
  return withTransaction(ctx, async (tx) => {
    await tx
      .update(userInvitesTable)
      .set({ revokedAt: now })
      .where(
        and(
          eq(userInvitesTable.accountId, ctx.accountId),
          sql`lower(${userInvitesTable.email}) = ${data.email}`,
          isNull(userInvitesTable.acceptedAt),
          isNull(userInvitesTable.revokedAt),
        ),
      );
    const [row] = await tx
      .insert(userInvitesTable)
      .values({
        accountId: ctx.accountId,
        email: data.email,
        name: data.name ?? null,
        role: data.role,
        canCoverL1: data.canCoverL1,
        tokenHash: hashToken(token),
        invitedByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
        expiresAt: new Date(now.getTime() + INVITE_TTL_MS),
        createdAt: now,
      })
      .returning();
    if (!row) throw new Error('invite insert returned nothing');
    await recordAudit(tx, ctx, {
      action: 'user.invited',
      target: { type: 'user_invite', id: row.id },
      metadata: { email: row.email, role: row.role, canCoverL1: row.canCoverL1 },
      grant,
    });
    return { invite: toInviteView(row, now), token };
  });
}

/** Open invites (neither accepted nor revoked), newest first; expired ones are flagged, not hidden. */
export async function listInvites({ ctx, now }: { ctx: TenantContext; now: Date }): Promise<InviteView[]> {
  authorize(ctx, 'users.manage');
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select()
      .from(userInvitesTable)
      .where(
        and(
          eq(userInvitesTable.accountId, ctx.accountId),
          isNull(userInvitesTable.acceptedAt),
          isNull(userInvitesTable.revokedAt),
        ),
      )
      .orderBy(desc(userInvitesTable.createdAt));
    return rows.map((r) => toInviteView(r, now));
  });
}

export async function revokeInvite({
  ctx,
  inviteId,
  now,
}: {
  ctx: TenantContext;
  inviteId: unknown;
  now: Date;
}): Promise<void> {
  const grant = authorize(ctx, 'users.manage');
  const id = parseInput(InviteIdInput, inviteId, 'invite id');
  await withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .update(userInvitesTable)
      .set({ revokedAt: now })
      .where(
        and(
          eq(userInvitesTable.id, id),
          eq(userInvitesTable.accountId, ctx.accountId),
          isNull(userInvitesTable.acceptedAt),
          isNull(userInvitesTable.revokedAt),
        ),
      )
      .returning();
    if (!row) throw new NotFoundError('Invite');
    await recordAudit(tx, ctx, {
      action: 'user.invite_revoked',
      target: { type: 'user_invite', id: row.id },
      metadata: { email: row.email },
      grant,
    });
  });
}

function inviteRefused(reason: 'invalid' | 'expired'): ServiceError {
  return new ServiceError(
    'unauthenticated',
    reason === 'expired'
      ? 'This invitation has expired; ask an admin to send a new one.'
      : 'This invitation link is not valid or was already used.',
    { details: { reason } },
  );
}

/**
 * Accepting an invite creates the user with the invited role and the chosen password, in the same
 * transaction that marks the invite used (a token works once). The caller then signs them in.
 */
export async function acceptInvite(database: Database, input: unknown, now: Date): Promise<UserRow> {
  const data = parseInput(AcceptInviteInput, input, 'invite acceptance');
  const passwordHash = await hashPassword(data.password);
  return withSystemTransaction(database, 'invite acceptance', async (tx) => {
    const [invite] = await tx
      .select()
      .from(userInvitesTable)
      .where(eq(userInvitesTable.tokenHash, hashToken(data.token)))
      .for('update');
    if (!invite || invite.acceptedAt || invite.revokedAt) throw inviteRefused('invalid');
    if (invite.expiresAt.getTime() <= now.getTime()) throw inviteRefused('expired');
    let user: UserRow | undefined;
    try {
      [user] = await tx
        .insert(usersTable)
        .values({
          accountId: invite.accountId,
          email: invite.email,
          name: data.name,
          role: invite.role,
          canCoverL1: invite.canCoverL1,
          passwordHash,
        })
        .returning();
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) {
        throw new ConflictError('That email address already belongs to a user.');
      }
      throw error;
    }
    if (!user) throw new Error('user insert returned nothing');
    await tx
      .update(userInvitesTable)
      .set({ acceptedAt: now })
      .where(and(eq(userInvitesTable.id, invite.id), gt(userInvitesTable.expiresAt, now)));
    await tx.insert(auditLogTable).values({
      accountId: invite.accountId,
      actorUserId: user.id,
      actorLabel: user.name,
      action: 'user.invite_accepted',
      tags: auditTagsFor('user.invite_accepted'),
      targetType: 'user',
      targetId: user.id,
      metadata: { inviteId: invite.id, email: user.email, role: user.role },
    });
    return user;
  });
}
