import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDatabaseRefusal } from '../../test/assertions.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { listAuditLog } from '../audit/index.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import {
  ForbiddenError,
  InvalidInputError,
  type ServiceError,
  UnprocessableError,
} from '../shared/errors.ts';
import { getAccount, mergeAccountPreferences, updateAccountSettings } from './index.ts';

/** Awaits a promise that must fail and returns the error. */
async function refusal(promise: Promise<unknown>): Promise<ServiceError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!error) throw new Error('expected the call to be refused');
  return error as ServiceError;
}

describe('accounts', () => {
  let account: TestAccount;
  let admin: TenantContext;
  let engineer: TenantContext;
  let viewer: TenantContext;
  let l1: TenantContext;

  beforeAll(async () => {
    account = await createTestAccount(await testDatabase(), 'Accounts');
    admin = await account.member('admin');
    engineer = await account.member('engineer');
    viewer = await account.member('viewer');
    l1 = await account.member('l1');
  });

  /** Everything a settings change could touch: the account row and its audit trail. */
  async function snapshot() {
    const view = await getAccount({ ctx: account.owner });
    const audit = await listAuditLog({ ctx: account.owner, input: { limit: 200 } });
    return { view, auditIds: audit.entries.map((e) => e.id) };
  }

  describe('getAccount', () => {
    it('shows every role and the system its own account', async () => {
      for (const ctx of [account.owner, admin, engineer, l1, viewer, account.system()]) {
        const view = await getAccount({ ctx });
        expect(view.id).toBe(account.accountId);
        expect(view.name).toMatch(/^Accounts /);
        // The reverse trial: 14 days from creation.
        expect(Date.parse(view.trialEndsAt) - Date.parse(view.createdAt)).toBe(14 * 86_400_000);
        expect(view.auditRetentionDays).toBe(365);
        expect(view.preferences).toEqual({});
      }
    });
  });

  describe('updateAccountSettings', () => {
    it('changes session timeouts and records who changed what, from and to', async () => {
      const view = await updateAccountSettings({
        ctx: admin,
        input: { sessionIdleMinutes: 30, sessionAbsoluteMinutes: 480 },
      });
      expect(view).toMatchObject({ sessionIdleMinutes: 30, sessionAbsoluteMinutes: 480 });
      expect(await getAccount({ ctx: viewer })).toMatchObject({
        sessionIdleMinutes: 30,
        sessionAbsoluteMinutes: 480,
      });

      const { entries } = await listAuditLog({
        ctx: admin,
        input: { action: 'account.settings_updated', limit: 1 },
      });
      expect(entries[0]).toMatchObject({
        actorUserId: admin.actor.kind === 'user' ? admin.actor.userId : 'x',
        target: { type: 'account', id: account.accountId },
        metadata: {
          changed: {
            sessionIdleMinutes: { from: null, to: 30 },
            sessionAbsoluteMinutes: { from: null, to: 480 },
          },
        },
      });
    });

    it('renames the account and clears a timeout back to the default with null', async () => {
      const audited = async () =>
        (await listAuditLog({ ctx: admin, input: { action: 'account.settings_updated', limit: 200 } }))
          .entries.length;
      const auditedBefore = await audited();
      await updateAccountSettings({
        ctx: account.owner,
        input: { name: '  Renamed MSP  ', sessionIdleMinutes: null },
      });
      expect(await audited()).toBe(auditedBefore + 1);
      const view = await getAccount({ ctx: admin });
      expect(view.name).toBe('Renamed MSP');
      expect(view.sessionIdleMinutes).toBeNull();
      expect(view.sessionAbsoluteMinutes).toBe(480);
    });

    it('refuses an idle timeout longer than the absolute lifetime with a 422 and changes nothing', async () => {
      await updateAccountSettings({
        ctx: admin,
        input: { sessionIdleMinutes: 90, sessionAbsoluteMinutes: 120 },
      });
      const before = await snapshot();

      // Against the stored absolute lifetime…
      const e1 = await refusal(updateAccountSettings({ ctx: admin, input: { sessionIdleMinutes: 121 } }));
      expect(e1).toBeInstanceOf(UnprocessableError);
      expect(e1.code).toBe('unprocessable');
      expect(e1.message).toMatch(/idle timeout cannot be longer than the absolute/);
      expect(e1.details).toEqual({
        issues: [{ path: 'sessionIdleMinutes', message: 'must not exceed sessionAbsoluteMinutes' }],
      });
      // …against a new absolute lifetime in the same request…
      const e2 = await refusal(
        updateAccountSettings({
          ctx: admin,
          input: { sessionIdleMinutes: 200, sessionAbsoluteMinutes: 100 },
        }),
      );
      expect(e2).toBeInstanceOf(UnprocessableError);
      // …and by shortening the absolute lifetime under the stored idle timeout.
      const e3 = await refusal(
        updateAccountSettings({ ctx: admin, input: { sessionAbsoluteMinutes: 60, name: 'X' } }),
      );
      expect(e3).toBeInstanceOf(UnprocessableError);

      expect(await snapshot()).toEqual(before);
    });

    it('refuses values outside the policy bounds as invalid input naming the field, and changes nothing', async () => {
      const before = await snapshot();
      const cases: Array<[input: Record<string, unknown>, path: string, message: RegExp]> = [
        [{ sessionIdleMinutes: 14 }, 'sessionIdleMinutes', /at least 15 minutes/],
        [{ sessionIdleMinutes: 30 * 24 * 60 + 1 }, 'sessionIdleMinutes', /at most 30 days/],
        [{ sessionAbsoluteMinutes: 59 }, 'sessionAbsoluteMinutes', /at least 1 hour/],
        [{ sessionAbsoluteMinutes: 90 * 24 * 60 + 1 }, 'sessionAbsoluteMinutes', /at most 90 days/],
        [{ sessionIdleMinutes: 30.5 }, 'sessionIdleMinutes', /whole number/i],
        [{ auditRetentionDays: 29 }, 'auditRetentionDays', /30/],
        [{ name: '   ' }, 'name', /must not be blank/],
        [{ plan: 'enterprise' }, '(root)', /plan/],
      ];
      for (const [input, path, message] of cases) {
        const error = await refusal(updateAccountSettings({ ctx: admin, input }));
        expect(error, JSON.stringify(input)).toBeInstanceOf(InvalidInputError);
        expect(error.code).toBe('invalid_input');
        const issue = (error as InvalidInputError).issues[0];
        expect(issue?.path, JSON.stringify(input)).toBe(path);
        expect(`${issue?.message} ${error.message}`, JSON.stringify(input)).toMatch(message);
      }
      const empty = await refusal(updateAccountSettings({ ctx: admin, input: {} }));
      expect(empty.message).toMatch(/no settings to change/);
      expect(await snapshot()).toEqual(before);
    });

    it('is refused for viewers, L1 staff and engineers, and changes nothing', async () => {
      const before = await snapshot();
      for (const ctx of [viewer, l1, engineer]) {
        const error = await refusal(updateAccountSettings({ ctx, input: { name: 'Hijacked' } }));
        expect(error).toBeInstanceOf(ForbiddenError);
        expect(error.message).toMatch(/cannot change account settings/);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('is refused for background jobs', async () => {
      const error = await refusal(updateAccountSettings({ ctx: account.system(), input: { name: 'Job' } }));
      expect(error).toBeInstanceOf(ForbiddenError);
    });
  });

  describe('the database itself', () => {
    it('rejects idle > absolute written directly, bypassing the service', async () => {
      const before = await getAccount({ ctx: admin });
      await expectDatabaseRefusal(
        withTransaction(account.owner, (tx) =>
          tx
            .update(accountsTable)
            .set({ sessionIdleMinutes: 500, sessionAbsoluteMinutes: 100 })
            .where(eq(accountsTable.id, account.accountId)),
        ),
        /accounts_session_idle_le_absolute/,
      );
      expect(await getAccount({ ctx: admin })).toEqual(before);
    });
  });

  describe('mergeAccountPreferences', () => {
    it('adds, replaces and deletes (with null) top-level keys, leaving others alone', async () => {
      const fresh = await createTestAccount(await testDatabase(), 'Prefs');
      let view = await mergeAccountPreferences({
        ctx: fresh.owner,
        input: { theme: 'dark', digest: { daily: true, hour: 7 }, locale: 'en-GB' },
      });
      expect(view.preferences).toEqual({ theme: 'dark', digest: { daily: true, hour: 7 }, locale: 'en-GB' });

      view = await mergeAccountPreferences({ ctx: fresh.owner, input: { theme: 'light', digest: null } });
      expect(view.preferences).toEqual({ theme: 'light', locale: 'en-GB' });

      // Deleting a key that is not there is harmless.
      view = await mergeAccountPreferences({ ctx: fresh.owner, input: { neverSet: null } });
      expect(view.preferences).toEqual({ theme: 'light', locale: 'en-GB' });
      expect((await getAccount({ ctx: fresh.owner })).preferences).toEqual({
        theme: 'light',
        locale: 'en-GB',
      });

      const { entries } = await listAuditLog({
        ctx: fresh.owner,
        input: { action: 'account.preferences_updated' },
      });
      expect(entries.map((e) => e.metadata.keys)).toEqual([
        ['neverSet'],
        ['theme', 'digest'],
        ['theme', 'digest', 'locale'],
      ]);
    });

    it('keeps both of two concurrent merges of different keys', async () => {
      const fresh = await createTestAccount(await testDatabase(), 'Prefs race');
      const admin2 = await fresh.member('admin');
      await Promise.all([
        mergeAccountPreferences({ ctx: fresh.owner, input: { fromOwner: 1 } }),
        mergeAccountPreferences({ ctx: admin2, input: { fromAdmin: 2 } }),
        mergeAccountPreferences({ ctx: fresh.owner, input: { alsoOwner: 3 } }),
      ]);
      expect((await getAccount({ ctx: fresh.owner })).preferences).toEqual({
        fromOwner: 1,
        fromAdmin: 2,
        alsoOwner: 3,
      });
    });

    it('refuses bad patches with a clear message and changes nothing', async () => {
      const before = await snapshot();
      const big = { blob: 'x'.repeat(17_000) };
      for (const [input, message] of [
        [{}, /no preferences to change/],
        [big, /16 KB/],
        [['theme'], /Invalid preferences/],
        ['theme=dark', /Invalid preferences/],
      ] as const) {
        const error = await refusal(mergeAccountPreferences({ ctx: admin, input }));
        expect(error).toBeInstanceOf(InvalidInputError);
        expect(error.message).toMatch(message);
      }
      expect(await snapshot()).toEqual(before);
    });

    it('is refused for viewers and engineers, and changes nothing', async () => {
      const before = await snapshot();
      for (const ctx of [viewer, engineer]) {
        const error = await refusal(mergeAccountPreferences({ ctx, input: { theme: 'pink' } }));
        expect(error).toBeInstanceOf(ForbiddenError);
      }
      expect(await snapshot()).toEqual(before);
    });
  });
});
