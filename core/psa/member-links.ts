import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { psaMemberLinksTable } from '../db/schema/psa.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { UnprocessableError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { getUserInAccount } from '../users/get-user.ts';
import { type PsaDeps, psaProviderFor } from './connection.ts';
import { psaFailure } from './psa-directory.ts';

export interface MemberMapping {
  linked: Array<{
    userId: string;
    name: string;
    email: string;
    memberIdentifier: string;
    matchedBy: 'email' | 'admin';
  }>;
  unmatchedUsers: Array<{ userId: string; name: string; email: string }>;
}

/**
 * Matches our users to PSA members by email (case-insensitive). Links an admin set by hand are
 * never overwritten. Returns the full mapping with the users still unmatched.
 */
export async function syncMemberLinks({
  ctx,
  deps,
}: {
  ctx: TenantContext;
  deps: PsaDeps;
}): Promise<MemberMapping> {
  const grant = authorize(ctx, 'settings.manage');
  const provider = await psaProviderFor(ctx, deps);
  if (!provider) throw new UnprocessableError('No PSA is connected yet.');
  const members = await provider.listMembers().catch((error: unknown) => psaFailure(error, provider.name));
  const byEmail = new Map(members.flatMap((m) => (m.email ? [[m.email.toLowerCase(), m] as const] : [])));
  return withTransaction(ctx, async (tx) => {
    const users = await tx
      .select()
      .from(usersTable)
      .where(and(eq(usersTable.accountId, ctx.accountId), isNull(usersTable.disabledAt)));
    const links = await tx
      .select()
      .from(psaMemberLinksTable)
      .where(eq(psaMemberLinksTable.accountId, ctx.accountId));
    let matched = 0;
    for (const user of users) {
      const existing = links.find((l) => l.userId === user.id);
      if (existing?.matchedBy === 'admin') continue;
      const member = byEmail.get(user.email.toLowerCase());
      if (!member) continue;
      await tx
        .insert(psaMemberLinksTable)
        .values({
          accountId: ctx.accountId,
          userId: user.id,
          memberId: member.id,
          memberIdentifier: member.identifier,
          matchedBy: 'email',
        })
        .onConflictDoUpdate({
          target: psaMemberLinksTable.userId,
          set: { memberId: member.id, memberIdentifier: member.identifier, matchedBy: 'email' },
        });
      matched += 1;
    }
    await recordAudit(tx, ctx, {
      action: 'psa.members_synced',
      metadata: { matched, members: members.length },
      grant,
    });
    return readMapping(ctx);
  });
}

export const SetMemberLinkInput = z
  .object({
    userId: z.string().uuid(),
    memberId: z.string().min(1).max(50),
    memberIdentifier: z.string().min(1).max(100),
  })
  .strict();

/** An admin's manual link; survives later email syncs. */
export async function setMemberLink({
  ctx,
  input,
}: {
  ctx: TenantContext;
  input: unknown;
}): Promise<MemberMapping> {
  const grant = authorize(ctx, 'settings.manage');
  const data = parseInput(SetMemberLinkInput, input, 'member link');
  return withTransaction(ctx, async (tx) => {
    await getUserInAccount(tx, ctx, data.userId);
    await tx
      .insert(psaMemberLinksTable)
      .values({ accountId: ctx.accountId, ...data, matchedBy: 'admin' })
      .onConflictDoUpdate({
        target: psaMemberLinksTable.userId,
        set: { memberId: data.memberId, memberIdentifier: data.memberIdentifier, matchedBy: 'admin' },
      });
    await recordAudit(tx, ctx, {
      action: 'psa.member_linked',
      target: { type: 'user', id: data.userId },
      metadata: data,
      grant,
    });
    return readMapping(ctx);
  });
}

export async function getMemberMapping({ ctx }: { ctx: TenantContext }): Promise<MemberMapping> {
  authorize(ctx, 'settings.manage');
  return readMapping(ctx);
}

async function readMapping(ctx: TenantContext): Promise<MemberMapping> {
  return withTransaction(ctx, async (tx) => {
    const rows = await tx
      .select({
        userId: usersTable.id,
        name: usersTable.name,
        email: usersTable.email,
        memberIdentifier: psaMemberLinksTable.memberIdentifier,
        matchedBy: psaMemberLinksTable.matchedBy,
      })
      .from(usersTable)
      .leftJoin(psaMemberLinksTable, eq(psaMemberLinksTable.userId, usersTable.id))
      .where(and(eq(usersTable.accountId, ctx.accountId), isNull(usersTable.disabledAt)))
      .orderBy(sql`${usersTable.name}`);
    return {
      linked: rows.flatMap((r) =>
        r.memberIdentifier && r.matchedBy
          ? [
              {
                userId: r.userId,
                name: r.name,
                email: r.email,
                memberIdentifier: r.memberIdentifier,
                matchedBy: r.matchedBy,
              },
            ]
          : [],
      ),
      unmatchedUsers: rows
        .filter((r) => !r.memberIdentifier)
        .map((r) => ({ userId: r.userId, name: r.name, email: r.email })),
    };
  });
}
