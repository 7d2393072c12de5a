import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { listAuditLog } from '../audit/index.ts';
import { signInWithPassword } from '../auth/index.ts';
import type { Database } from '../db/client.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  ConflictError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  type ServiceError,
  UnprocessableError,
} from '../shared/errors.ts';
import { createUser, getUser, listUsers, updateUserAccess } from './index.ts';

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

describe('users', () => {
  let database: Database;
  let a: TestAccount;
  let b: TestAccount;
  let aAdmin: TenantContext;
  let aEngineer: TenantContext;
  let aViewer: TenantContext;
  let bViewer: TenantContext & { email: string };

  beforeAll(async () => {
    database = await testDatabase();
    a = await createTestAccount(database, 'Alpha');
    b = await createTestAccount(database, 'Bravo');
    aAdmin = await a.member('admin');
    aEngineer = await a.member('engineer');
    aViewer = await a.member('viewer');
    bViewer = await b.member('viewer');
  });

  /** Account A's team as its owner sees it, disabled users included, plus its audit trail. */
  async function snapshotA() {
    const users = await listUsers({ ctx: a.owner, input: { includeDisabled: true } });
    const audit = await listAuditLog({ ctx: a.owner, input: { limit: 200 } });
    return { users, auditIds: audit.entries.map((e) => e.id) };
  }

  describe('getUser / listUsers', () => {
    it('shows a user of the same account to any role', async () => {
      const view = await getUser({ ctx: aViewer, userId: userIdOf(aEngineer) });
      expect(view).toMatchObject({
        id: userIdOf(aEngineer),
        role: 'engineer',
        disabled: false,
        canCoverL1: false,
      });
      expect(view).not.toHaveProperty('passwordHash');
    });

    it("answers another account's user with not found, not forbidden", async () => {
      const error = await refusal(getUser({ ctx: a.owner, userId: userIdOf(bViewer) }));
      expect(error).toBeInstanceOf(NotFoundError);
      expect(error.code).toBe('not_found');
      expect(error.message).toBe('User not found');
      // Identical to an id that exists nowhere: existence does not leak.
      const missing = await refusal(
        getUser({ ctx: a.owner, userId: '00000000-0000-4000-8000-000000000000' }),
      );
      expect(missing.message).toBe(error.message);
    });

    it('refuses a malformed id as invalid input', async () => {
      const error = await refusal(getUser({ ctx: a.owner, userId: 'not-a-uuid' }));
      expect(error).toBeInstanceOf(InvalidInputError);
      expect(error.code).toBe('invalid_input');
      expect(error.message).toMatch(/user id/);
    });

    it('lists only the own account, sorted by name, and filters by role', async () => {
      const users = await listUsers({ ctx: aViewer });
      expect(users.map((u) => u.id)).toContain(userIdOf(aEngineer));
      expect(users.map((u) => u.id)).not.toContain(userIdOf(bViewer));
      expect(users.map((u) => u.id)).not.toContain(userIdOf(b.owner));
      expect(users.map((u) => u.name)).toEqual([...users.map((u) => u.name)].sort());
      const engineers = await listUsers({ ctx: aViewer, input: { role: 'engineer' } });
      expect(engineers.length).toBeGreaterThan(0);
      expect(engineers.every((u) => u.role === 'engineer')).toBe(true);
      const refused = await refusal(listUsers({ ctx: aViewer, input: { role: 'superuser' } }));
      expect(refused).toBeInstanceOf(InvalidInputError);
    });
  });

  describe('createUser', () => {
    it('creates a user who can sign in, and audits it without the password', async () => {
      const email = `new.person-${randomUUID().slice(0, 8)}@test.example`;
      const view = await createUser({
        ctx: aAdmin,
        input: {
          email: ` ${email.replace('new.person', 'New.Person').toUpperCase()} `,
          name: 'New Person',
          role: 'l1',
          password: 'long-enough-pw',
        },
      });
      expect(view).toMatchObject({ email, role: 'l1', canCoverL1: false, disabled: false });
      const row = await signInWithPassword(database, { email, password: 'long-enough-pw' });
      expect(row.id).toBe(view.id);
      const { entries } = await listAuditLog({ ctx: a.owner, input: { action: 'user.created', limit: 1 } });
      expect(entries[0]).toMatchObject({
        actorUserId: userIdOf(aAdmin),
        target: { type: 'user', id: view.id },
        metadata: { email, role: 'l1', canCoverL1: false },
      });
      expect(JSON.stringify(entries[0])).not.toContain('long-enough-pw');
    });

    it('refuses an email already used in another account with a conflict that does not say where', async () => {
      const before = await snapshotA();
      const error = await refusal(
        createUser({
          ctx: aAdmin,
          input: { email: bViewer.email.toUpperCase(), name: 'Dup', role: 'viewer' },
        }),
      );
      expect(error).toBeInstanceOf(ConflictError);
      expect(error.code).toBe('conflict');
      expect(error.message).toBe('That email address already belongs to a user.');
      expect(await snapshotA()).toEqual(before);
    });

    it('refuses to create an owner, even for the owner', async () => {
      const before = await snapshotA();
      for (const ctx of [aAdmin, a.owner]) {
        const error = await refusal(
          createUser({
            ctx,
            input: { email: `own-${Math.random()}@test.example`, name: 'Own', role: 'owner' },
          }),
        );
        expect(error).toBeInstanceOf(ForbiddenError);
        expect(error.message).toMatch(/owner role/);
      }
      expect(await snapshotA()).toEqual(before);
    });

    it('lets an admin create an admin, but not grant a role above their own', async () => {
      const fresh = await createTestAccount(database, 'Ranks');
      const admin = await fresh.member('admin');
      const peer = await createUser({
        ctx: admin,
        input: { email: `peer-${fresh.accountId}@test.example`, name: 'Peer', role: 'admin' },
      });
      expect(peer.role).toBe('admin');
      // The only role above admin is owner, which the previous test already covers for both tiers.
      const error = await refusal(
        createUser({
          ctx: admin,
          input: { email: `boss-${fresh.accountId}@test.example`, name: 'Boss', role: 'owner' },
        }),
      );
      expect(error).toBeInstanceOf(ForbiddenError);
    });

    it('refuses L1 coverage for anyone but an engineer with a 422 naming the field', async () => {
      const before = await snapshotA();
      for (const role of ['l1', 'viewer', 'admin'] as const) {
        const error = await refusal(
          createUser({
            ctx: aAdmin,
            input: { email: `cover-${role}@test.example`, name: 'C', role, canCoverL1: true },
          }),
        );
        expect(error).toBeInstanceOf(UnprocessableError);
        expect(error.code).toBe('unprocessable');
        expect(error.details).toEqual({
          issues: [{ path: 'canCoverL1', message: 'only engineers can cover the L1 queue' }],
        });
      }
      expect(await snapshotA()).toEqual(before);
    });

    it('refuses malformed input with field-level messages and changes nothing', async () => {
      const before = await snapshotA();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ email: 'nope', name: 'X', role: 'viewer' }, 'email'],
        [{ email: 'x@test.example', name: '  ', role: 'viewer' }, 'name'],
        [{ email: 'x@test.example', name: 'X', role: 'god' }, 'role'],
        [{ email: 'x@test.example', name: 'X', role: 'viewer', password: 'short' }, 'password'],
        [{ email: 'x@test.example', name: 'X', role: 'viewer', isAdmin: true }, '(root)'],
      ];
      for (const [input, path] of cases) {
        const error = await refusal(createUser({ ctx: aAdmin, input }));
        expect(error, JSON.stringify(input)).toBeInstanceOf(InvalidInputError);
        expect((error as InvalidInputError).issues[0]?.path, JSON.stringify(input)).toBe(path);
      }
      expect(await snapshotA()).toEqual(before);
    });

    it('is forbidden for engineers, L1 staff and viewers', async () => {
      const before = await snapshotA();
      const l1 = await a.member('l1');
      const afterL1 = await snapshotA();
      for (const ctx of [aEngineer, l1, aViewer]) {
        const error = await refusal(
          createUser({ ctx, input: { email: 'sneaky@test.example', name: 'S', role: 'viewer' } }),
        );
        expect(error).toBeInstanceOf(ForbiddenError);
        expect(error.message).toMatch(/cannot manage users and roles/);
      }
      expect((await snapshotA()).users).toEqual(afterL1.users);
      expect(afterL1.users.length).toBe(before.users.length + 1);
    });
  });

  describe('updateUserAccess', () => {
    it('refuses changing yourself, and changes nothing', async () => {
      const before = await snapshotA();
      const error = await refusal(
        updateUserAccess({ ctx: aAdmin, userId: userIdOf(aAdmin), input: { role: 'viewer' } }),
      );
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(error.message).toMatch(/your own/);
      expect(await snapshotA()).toEqual(before);
    });

    it('refuses touching the owner, and changes nothing', async () => {
      const before = await snapshotA();
      for (const input of [{ role: 'admin' }, { disabled: true }]) {
        const error = await refusal(updateUserAccess({ ctx: aAdmin, userId: userIdOf(a.owner), input }));
        expect(error).toBeInstanceOf(ForbiddenError);
        expect(error.message).toMatch(/ownership transfer/);
      }
      expect(await snapshotA()).toEqual(before);
    });

    it('refuses promoting anyone to owner', async () => {
      const target = await a.member('viewer');
      const before = await snapshotA();
      const error = await refusal(
        updateUserAccess({ ctx: a.owner, userId: userIdOf(target), input: { role: 'owner' } }),
      );
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(await snapshotA()).toEqual(before);
    });

    it('drops L1 coverage when an engineer is demoted to L1, and audits both changes', async () => {
      const cover = await a.member('engineer', { canCoverL1: true });
      expect((await getUser({ ctx: aAdmin, userId: userIdOf(cover) })).canCoverL1).toBe(true);
      const view = await updateUserAccess({ ctx: aAdmin, userId: userIdOf(cover), input: { role: 'l1' } });
      expect(view).toMatchObject({ role: 'l1', canCoverL1: false });
      expect(await getUser({ ctx: aAdmin, userId: userIdOf(cover) })).toMatchObject({
        role: 'l1',
        canCoverL1: false,
      });
      const { entries } = await listAuditLog({
        ctx: aAdmin,
        input: { action: 'user.access_updated', limit: 1 },
      });
      expect(entries[0]).toMatchObject({
        target: { type: 'user', id: userIdOf(cover) },
        metadata: { role: { from: 'engineer', to: 'l1' }, canCoverL1: { from: true, to: false } },
      });
    });

    it('grants coverage to an engineer but refuses it for an L1 with a 422', async () => {
      const engineer = await a.member('engineer');
      const granted = await updateUserAccess({
        ctx: aAdmin,
        userId: userIdOf(engineer),
        input: { canCoverL1: true },
      });
      expect(granted.canCoverL1).toBe(true);
      const l1 = await a.member('l1');
      const before = await snapshotA();
      const error = await refusal(
        updateUserAccess({ ctx: aAdmin, userId: userIdOf(l1), input: { canCoverL1: true } }),
      );
      expect(error).toBeInstanceOf(UnprocessableError);
      expect(await snapshotA()).toEqual(before);
    });

    it('hides disabled users from listUsers unless asked, and re-enables them', async () => {
      const leaver = await a.member('engineer', { name: 'Leaver' });
      const disabled = await updateUserAccess({
        ctx: aAdmin,
        userId: userIdOf(leaver),
        input: { disabled: true },
      });
      expect(disabled.disabled).toBe(true);
      expect((await listUsers({ ctx: aViewer })).map((u) => u.id)).not.toContain(userIdOf(leaver));
      const all = await listUsers({ ctx: aViewer, input: { includeDisabled: true } });
      expect(all.find((u) => u.id === userIdOf(leaver))?.disabled).toBe(true);
      // The query-string form the HTTP API passes.
      const viaQuery = await listUsers({ ctx: aViewer, input: { includeDisabled: 'true' } });
      expect(viaQuery.map((u) => u.id)).toContain(userIdOf(leaver));
      const notViaQuery = await listUsers({ ctx: aViewer, input: { includeDisabled: 'false' } });
      expect(notViaQuery.map((u) => u.id)).not.toContain(userIdOf(leaver));
      expect(await refusal(listUsers({ ctx: aViewer, input: { includeDisabled: 'maybe' } }))).toBeInstanceOf(
        InvalidInputError,
      );
      await expect(
        signInWithPassword(database, { email: leaver.email, password: 'correct-horse-battery' }),
      ).rejects.toThrow('Email or password is incorrect.');

      await updateUserAccess({ ctx: aAdmin, userId: userIdOf(leaver), input: { disabled: false } });
      expect((await listUsers({ ctx: aViewer })).map((u) => u.id)).toContain(userIdOf(leaver));
    });

    it("answers another account's user with not found and leaves them untouched", async () => {
      const error = await refusal(
        updateUserAccess({ ctx: a.owner, userId: userIdOf(bViewer), input: { role: 'admin' } }),
      );
      expect(error).toBeInstanceOf(NotFoundError);
      expect(await getUser({ ctx: b.owner, userId: userIdOf(bViewer) })).toMatchObject({
        role: 'viewer',
        disabled: false,
      });
    });

    it('is forbidden for engineers, and changes nothing', async () => {
      const target = await a.member('viewer');
      const before = await snapshotA();
      const error = await refusal(
        updateUserAccess({ ctx: aEngineer, userId: userIdOf(target), input: { role: 'engineer' } }),
      );
      expect(error).toBeInstanceOf(ForbiddenError);
      expect(await snapshotA()).toEqual(before);
    });

    it('refuses an invalid id or an empty change as invalid input', async () => {
      const bad = await refusal(updateUserAccess({ ctx: aAdmin, userId: '42', input: { role: 'viewer' } }));
      expect(bad).toBeInstanceOf(InvalidInputError);
      expect(bad.message).toMatch(/user id/);
      const empty = await refusal(updateUserAccess({ ctx: aAdmin, userId: userIdOf(aViewer), input: {} }));
      expect(empty).toBeInstanceOf(InvalidInputError);
      expect(empty.message).toMatch(/nothing to change/);
    });
  });
});
