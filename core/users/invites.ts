import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { recordAudit } from '../audit/record-audit.ts';
import { hashToken, newOpaqueToken } from '../auth/auth-sessions.ts';
import { authorize, canAssignRole } from '../auth/permissions.ts';
import { assertWithinLimits, seatTierFor } from '../billing/index.ts';
import { type UserInviteRow, userInvitesTable } from '../db/schema/auth.ts';
import { usersTable } from '../db/schema/users.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { openSecret, sealSecret } from '../shared/crypto.ts';
import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { CreateInviteInput, InviteIdInput } from './schemas.ts';

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
  /** Development without SMTP only: the accept link, for admins to copy and pass on themselves. */
  link?: string;
}

/**
 * Lets the Users page show a pending invite's link again in development, where no mail goes out.
 * The server passes it only outside production; the token is sealed with the app key and bound to
 * the invite row, and it is only ever opened for someone allowed to invite.
 */
export interface DevInviteLinks {
  key: Buffer;
  linkFor: (token: string) => string;
}

function devLink(row: UserInviteRow, devLinks: DevInviteLinks | undefined): string | undefined {
  if (!devLinks || !row.devLinkSealed) return undefined;
  try {
    return devLinks.linkFor(openSecret(devLinks.key, row.devLinkSealed, row.id));
  } catch {
    // Sealed under another key (the dev key was replaced): the link is simply not shown.
    return undefined;
  }
}

function toInviteView(row: UserInviteRow, now: Date, devLinks?: DevInviteLinks): InviteView {
  const link = devLink(row, devLinks);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    canCoverL1: row.canCoverL1,
    expiresAt: row.expiresAt.toISOString(),
    expired: row.expiresAt.getTime() <= now.getTime(),
    createdAt: row.createdAt.toISOString(),
    ...(link ? { link } : {}),
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
      .set({ revokedAt: now, devLinkSealed: null })
      .where(
        and(
          eq(userInvitesTable.accountId, ctx.accountId),
          sql`lower(${userInvitesTable.email}) = ${data.email}`,
          isNull(userInvitesTable.acceptedAt),
          isNull(userInvitesTable.revokedAt),
        ),
      );
    // After the re-invite above: the replaced invite no longer holds a seat. An open invite holds one.
    const tier = seatTierFor(data.role);
    await assertWithinLimits(tx, ctx, tier ? [{ limit: tier }] : [], now);
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
export async function listInvites({
  ctx,
  now,
  devLinks,
}: {
  ctx: TenantContext;
  now: Date;
  devLinks?: DevInviteLinks | undefined;
}): Promise<InviteView[]> {
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
    return rows.map((r) => toInviteView(r, now, devLinks));
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
      .set({ revokedAt: now, devLinkSealed: null })
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

/**
 * Keeps a just-created invite's token (sealed) so its link can be shown again on the Users page.
 * Only for development without SMTP; the caller decides that, this verb only checks who asks.
 */
export async function rememberInviteLink({
  ctx,
  inviteId,
  token,
  devLinks,
}: {
  ctx: TenantContext;
  inviteId: string;
  token: string;
  devLinks: DevInviteLinks;
}): Promise<string> {
  authorize(ctx, 'users.manage');
  await withTransaction(ctx, async (tx) => {
    await tx
      .update(userInvitesTable)
      .set({ devLinkSealed: sealSecret(devLinks.key, token, inviteId) })
      .where(and(eq(userInvitesTable.id, inviteId), eq(userInvitesTable.accountId, ctx.accountId)));
  });
  return devLinks.linkFor(token);
}
