import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { listAuditLog } from '../audit/index.ts';
import type { Database } from '../db/client.ts';
import { chatIdentitiesTable } from '../db/schema/chat-identities.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type ServiceError,
} from '../shared/errors.ts';
import { updateUserAccess } from '../users/index.ts';
import { chatUserContext, linkChatIdentity, resolveChatUser } from './index.ts';

async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error) throw new Error('expected the call to be refused');
  return error as ServiceError;
}

function userIdOf(ctx: TenantContext): string {
  if (ctx.actor.kind !== 'user') throw new Error('expected a user');
  return ctx.actor.userId;
}

/** A Slack identity unique to this test run (the unique index spans every account). */
function slackKey(team = `T${randomUUID().slice(0, 8)}`) {
  return { platform: 'slack' as const, tenantKey: team, externalUserId: `U${randomUUID().slice(0, 8)}` };
}

describe('chat identities', () => {
  let database: Database;
  let a: TestAccount;
  let b: TestAccount;
  let aAdmin: TenantContext;
  let aEngineer: TenantContext;
  let aL1: TenantContext;
  let bEngineer: TenantContext;

  beforeAll(async () => {
    database = await testDatabase();
    a = await createTestAccount(database, 'Alpha');
    b = await createTestAccount(database, 'Bravo');
    aAdmin = await a.member('admin');
    aEngineer = await a.member('engineer');
    aL1 = await a.member('l1');
    bEngineer = await b.member('engineer');
  });

  /** Every link to this chat identity in any account, read as the system. */
  async function linksFor(key: { platform: 'slack' | 'teams'; tenantKey: string; externalUserId: string }) {
    return withSystemTransaction(database, 'test read-back', async (tx) =>
      (
        await tx
          .select()
          .from(chatIdentitiesTable)
          .where(eq(chatIdentitiesTable.externalUserId, key.externalUserId))
      ).filter((r) => r.platform === key.platform && r.tenantKey === key.tenantKey),
    );
  }

  it('links a Slack user and resolves them to the user and account', async () => {
    const key = slackKey();
    expect(await resolveChatUser(database, key)).toBeNull();
    const result = await linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(aEngineer) } });
    expect(result).toEqual({ userId: userIdOf(aEngineer), created: true });
    expect(await resolveChatUser(database, key)).toEqual({
      accountId: a.accountId,
      userId: userIdOf(aEngineer),
    });
    // The same Slack user id in a different workspace is somebody else.
    expect(await resolveChatUser(database, { ...key, tenantKey: 'T-other' })).toBeNull();
    expect(await resolveChatUser(database, { ...key, platform: 'teams' })).toBeNull();

    const { entries } = await listAuditLog({
      ctx: a.owner,
      input: { action: 'chat_identity.linked', limit: 1 },
    });
    expect(entries[0]).toMatchObject({
      actorUserId: userIdOf(aAdmin),
      target: { type: 'user', id: userIdOf(aEngineer) },
      metadata: key,
    });
  });

  it('treats linking the same identity to the same user again as a no-op', async () => {
    const key = slackKey();
    await linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(aL1) } });
    const again = await linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(aL1) } });
    expect(again).toEqual({ userId: userIdOf(aL1), created: false });
    expect(await linksFor(key)).toHaveLength(1);
  });

  it('resolves a disabled user to null, like a stranger, and back once re-enabled', async () => {
    const person = await a.member('engineer');
    const key = slackKey();
    await linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(person) } });
    await updateUserAccess({ ctx: aAdmin, userId: userIdOf(person), input: { disabled: true } });
    expect(await resolveChatUser(database, key)).toBeNull();
    await updateUserAccess({ ctx: aAdmin, userId: userIdOf(person), input: { disabled: false } });
    expect(await resolveChatUser(database, key)).toEqual({
      accountId: a.accountId,
      userId: userIdOf(person),
    });
  });

  it('refuses re-pointing a linked Slack user to someone else in the same account, and changes nothing', async () => {
    const key = slackKey();
    await linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(aEngineer) } });
    const before = await linksFor(key);
    const auditBefore = await listAuditLog({ ctx: a.owner, input: { limit: 200 } });

    const error = await refusal(linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(aL1) } }));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.message).toBe('That chat account is already linked to another user.');

    expect(await linksFor(key)).toEqual(before);
    expect(await resolveChatUser(database, key)).toEqual({
      accountId: a.accountId,
      userId: userIdOf(aEngineer),
    });
    expect(await listAuditLog({ ctx: a.owner, input: { limit: 200 } })).toEqual(auditBefore);
  });

  it('refuses linking an identity that another account already linked, and changes nothing there', async () => {
    const key = slackKey();
    await linkChatIdentity({ ctx: b.owner, input: { ...key, userId: userIdOf(bEngineer) } });
    const before = await linksFor(key);
    const auditBefore = await listAuditLog({ ctx: a.owner, input: { limit: 200 } });

    const error = await refusal(
      linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(aEngineer) } }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    // Same words as the in-account conflict: nothing says which account holds it.
    expect(error.message).toBe('That chat account is already linked to another user.');

    expect(await linksFor(key)).toEqual(before);
    expect(before).toHaveLength(1);
    expect(before[0]?.accountId).toBe(b.accountId);
    expect(await resolveChatUser(database, key)).toEqual({
      accountId: b.accountId,
      userId: userIdOf(bEngineer),
    });
    expect(await listAuditLog({ ctx: a.owner, input: { limit: 200 } })).toEqual(auditBefore);
  });

  it("refuses linking to another account's user as not found", async () => {
    const key = slackKey();
    const error = await refusal(
      linkChatIdentity({ ctx: aAdmin, input: { ...key, userId: userIdOf(bEngineer) } }),
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(await linksFor(key)).toEqual([]);
  });

  it('answers two first contacts of one person arriving together as that person, linked once', async () => {
    const person = await a.member('engineer');
    const key = { ...slackKey(), platform: 'teams' as const, accountId: a.accountId };
    // Both contacts have looked the person up and found no link before either links them: the
    // email lookup (a Slack or Teams API call) is where two events of a newcomer overlap.
    let arrived = 0;
    let release: () => void = () => {};
    const bothLooking = new Promise<void>((resolve) => {
      release = resolve;
    });
    const lookupEmail = async () => {
      arrived += 1;
      if (arrived === 2) release();
      await bothLooking;
      return person.email.toUpperCase();
    };
    const contexts = await Promise.all([
      chatUserContext(database, key, lookupEmail),
      chatUserContext(database, key, lookupEmail),
    ]);
    expect(contexts.map((c) => c?.accountId)).toEqual([a.accountId, a.accountId]);
    expect(contexts.map((c) => c && userIdOf(c))).toEqual([userIdOf(person), userIdOf(person)]);
    expect((await linksFor(key)).map((l) => l.userId)).toEqual([userIdOf(person)]);
    const { entries } = await listAuditLog({
      ctx: a.owner,
      input: { action: 'chat_identity.linked', limit: 200 },
    });
    const audits = entries.filter(
      (e) => (e.metadata as { externalUserId?: string }).externalUserId === key.externalUserId,
    );
    expect(audits).toHaveLength(1);
  });

  it('is forbidden for engineers, and refuses malformed keys', async () => {
    const key = slackKey();
    const forbidden = await refusal(
      linkChatIdentity({ ctx: aEngineer, input: { ...key, userId: userIdOf(aEngineer) } }),
    );
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    expect(await linksFor(key)).toEqual([]);

    const badPlatform = await refusal(
      linkChatIdentity({ ctx: aAdmin, input: { ...key, platform: 'discord', userId: userIdOf(aEngineer) } }),
    );
    expect(badPlatform).toBeInstanceOf(InvalidInputError);
    expect((badPlatform as InvalidInputError).issues[0]?.path).toBe('platform');
    const emptyId = await refusal(resolveChatUser(database, { ...key, externalUserId: '' }));
    expect(emptyId).toBeInstanceOf(InvalidInputError);
  });
});
