import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import { updateAccountSettings } from '../accounts/index.ts';
import type { Database } from '../db/client.ts';
import { auditLogTable } from '../db/schema/audit-log.ts';
import { withSystemTransaction, withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ForbiddenError, InvalidInputError, type ServiceError } from '../shared/errors.ts';
import { type AuditAction, type AuditTag, listAuditLog, purgeExpiredAuditLog, recordAudit } from './index.ts';

const DAY = 86_400_000;

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

async function record(
  ctx: TenantContext,
  action: AuditAction,
  extra: { tags?: AuditTag[]; metadata?: Record<string, unknown> } = {},
) {
  await withTransaction(ctx, (tx) => recordAudit(tx, ctx, { action, ...extra }));
}

/** Inserts audit rows dated `daysAgo` in the past, as the retention job's role would see them. */
async function insertAged(database: Database, accountId: string, action: AuditAction, daysAgo: number[]) {
  return withSystemTransaction(database, 'test: age audit rows', async (tx) => {
    const rows = await tx
      .insert(auditLogTable)
      .values(
        daysAgo.map((d) => ({
          accountId,
          actorLabel: 'system:test',
          action,
          occurredAt: new Date(Date.now() - d * DAY),
        })),
      )
      .returning({ id: auditLogTable.id });
    return rows.map((r) => r.id);
  });
}

/** All audit rows of one account, read as the system (bypassing the service under test). */
async function rawRows(database: Database, accountId: string) {
  return withSystemTransaction(database, 'test read-back', (tx) =>
    tx.select().from(auditLogTable).where(eq(auditLogTable.accountId, accountId)),
  );
}

describe('audit log', () => {
  let database: Database;
  let a: TestAccount;
  let b: TestAccount;
  let aAdmin: TenantContext;
  let aEngineer: TenantContext;
  let aViewer: TenantContext;

  beforeAll(async () => {
    database = await testDatabase();
    a = await createTestAccount(database, 'Alpha');
    b = await createTestAccount(database, 'Bravo');
    aAdmin = await a.member('admin');
    aEngineer = await a.member('engineer');
    aViewer = await a.member('viewer');
  });

  describe('listAuditLog', () => {
    it('filters by actor, action and tag, with the tags each action gets at write time', async () => {
      const fresh = await createTestAccount(database, 'Filters');
      const admin = await fresh.member('admin');
      const engineer = await fresh.member('engineer');
      await record(engineer, 'kb.sync_requested');
      await record(admin, 'kb.sync_requested', { tags: ['security'] });
      await record(admin, 'psa.configured');

      const byAction = await listAuditLog({ ctx: admin, input: { action: 'kb.sync_requested' } });
      expect(byAction.entries.map((e) => e.actorUserId)).toEqual([userIdOf(admin), userIdOf(engineer)]);
      expect(byAction.entries.map((e) => e.label)).toEqual([
        'Started a knowledge sync',
        'Started a knowledge sync',
      ]);

      const byActor = await listAuditLog({ ctx: admin, input: { actorUserId: userIdOf(engineer) } });
      expect(byActor.entries.map((e) => e.action)).toEqual(['kb.sync_requested']);

      const byTag = await listAuditLog({ ctx: admin, input: { tag: 'integrations' } });
      expect(byTag.entries.map((e) => e.action)).toEqual(['psa.configured']);
      const knowledge = await listAuditLog({ ctx: admin, input: { tag: 'knowledge' } });
      expect(knowledge.entries).toHaveLength(2);
      // The action's own tag and the caller's extra tag, merged and sorted.
      expect(knowledge.entries[0]?.tags).toEqual(['knowledge', 'security']);

      const combined = await listAuditLog({
        ctx: fresh.owner,
        input: { tag: 'security', actorUserId: userIdOf(admin), action: 'kb.sync_requested' },
      });
      expect(combined.entries).toHaveLength(1);
    });

    it("never shows another account's entries", async () => {
      await record(b.owner, 'teams.tenant_linked');
      const { entries } = await listAuditLog({ ctx: a.owner, input: { action: 'teams.tenant_linked' } });
      expect(entries).toEqual([]);
      const all = await listAuditLog({ ctx: a.owner, input: { limit: 200 } });
      expect(all.entries.every((e) => e.action !== 'teams.tenant_linked')).toBe(true);
    });

    it('pages newest first with a keyset cursor, without gaps or repeats', async () => {
      const fresh = await createTestAccount(database, 'Pages');
      for (let i = 0; i < 7; i++) await record(fresh.owner, 'fix.apply', { metadata: { i } });
      const seen: number[] = [];
      let beforeId: number | undefined;
      const pageSizes: number[] = [];
      for (let guard = 0; guard < 10; guard++) {
        const page = await listAuditLog({
          ctx: fresh.owner,
          input: { action: 'fix.apply', limit: 3, ...(beforeId ? { beforeId } : {}) },
        });
        pageSizes.push(page.entries.length);
        seen.push(...page.entries.map((e) => e.metadata.i as number));
        if (page.nextBeforeId === null) break;
        beforeId = page.nextBeforeId;
      }
      expect(pageSizes).toEqual([3, 3, 1]);
      expect(seen).toEqual([6, 5, 4, 3, 2, 1, 0]);
      // The HTTP API passes the cursor as a query string.
      const viaQuery = await listAuditLog({
        ctx: fresh.owner,
        input: { action: 'fix.apply', limit: '2', beforeId: String(beforeId) },
      });
      expect(viaQuery.entries.map((e) => e.metadata.i)).toEqual([0]);
    });

    it('refuses malformed filters with a clear message', async () => {
      for (const input of [
        { actorUserId: 'bob' },
        { limit: 0 },
        { limit: 201 },
        { beforeId: -1 },
        { since: '2020' },
        { tag: 'securty' },
        { action: 'user.role_changed' },
      ]) {
        const error = await refusal(listAuditLog({ ctx: aAdmin, input }));
        expect(error, JSON.stringify(input)).toBeInstanceOf(InvalidInputError);
        expect(error.message).toMatch(/^Invalid audit filter/);
      }
    });

    it('cannot be read by viewers, L1 staff or engineers', async () => {
      const l1 = await a.member('l1');
      for (const ctx of [aViewer, l1, aEngineer]) {
        const error = await refusal(listAuditLog({ ctx }));
        expect(error).toBeInstanceOf(ForbiddenError);
        expect(error.message).toMatch(/cannot read the audit log/);
      }
    });
  });

  describe('recordAudit', () => {
    it('stores metadata with passwords and tokens redacted', async () => {
      await record(aAdmin, 'psa.configured', {
        metadata: {
          password: 'hunter2',
          psa: { apiKey: 'cw-123', clientSecret: 's3cr3t', host: 'psa.example' },
          note: 'user said password: Winter2026! and pasted xoxb-1234567890-abcdefghijkl',
          accessToken:
            'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U',
        },
      });
      const rows = (await rawRows(database, a.accountId)).filter((r) => r.action === 'psa.configured');
      expect(rows).toHaveLength(1);
      expect(rows[0]?.metadata).toEqual({
        password: '[redacted]',
        psa: { apiKey: '[redacted]', clientSecret: '[redacted]', host: 'psa.example' },
        note: 'user said password: [redacted] and pasted [redacted]',
        accessToken: '[redacted]',
      });
      expect(JSON.stringify(rows[0])).not.toMatch(/hunter2|cw-123|s3cr3t|Winter2026|xoxb|eyJhbGci/);
    });
  });

  describe('purgeExpiredAuditLog', () => {
    it("deletes only this account's rows older than its retention, and records the purge", async () => {
      const alpha = await createTestAccount(database, 'Retain A');
      const bravo = await createTestAccount(database, 'Retain B');
      await updateAccountSettings({ ctx: alpha.owner, input: { auditRetentionDays: 30 } });

      const expired = await insertAged(database, alpha.accountId, 'auth.signed_in', [31, 90, 400]);
      const kept = await insertAged(database, alpha.accountId, 'auth.signed_in', [29, 1]);
      const bravoOld = await insertAged(database, bravo.accountId, 'auth.signed_in', [31, 400]);
      const bravoBefore = await rawRows(database, bravo.accountId);

      const result = await purgeExpiredAuditLog({ ctx: alpha.system('audit-retention') });
      expect(result.deleted).toBe(3);
      expect(Date.now() - result.cutoff.getTime()).toBeGreaterThanOrEqual(30 * DAY - 60_000);
      expect(Date.now() - result.cutoff.getTime()).toBeLessThanOrEqual(30 * DAY + 60_000);

      const alphaIds = (await rawRows(database, alpha.accountId)).map((r) => r.id);
      for (const id of expired) expect(alphaIds).not.toContain(id);
      for (const id of kept) expect(alphaIds).toContain(id);
      // Fresh entries (sign-up, the settings change) survive.
      const alphaLog = await listAuditLog({ ctx: alpha.owner, input: { limit: 200 } });
      expect(alphaLog.entries.map((e) => e.action)).toEqual(
        expect.arrayContaining(['account.created', 'account.settings_updated']),
      );

      // Bravo's rows are untouched, even those older than Alpha's cut-off.
      expect(await rawRows(database, bravo.accountId)).toEqual(bravoBefore);

      const purged = await listAuditLog({ ctx: alpha.owner, input: { action: 'audit.retention_purged' } });
      expect(purged.entries).toHaveLength(1);
      expect(purged.entries[0]).toMatchObject({
        actorUserId: null,
        actorLabel: 'system:audit-retention',
        metadata: { deleted: 3, retentionDays: 30, cutoff: result.cutoff.toISOString() },
      });

      // Bravo keeps the default 365 days: only its 400-day-old row goes when its own purge runs.
      const bravoResult = await purgeExpiredAuditLog({ ctx: bravo.system('audit-retention') });
      expect(bravoResult.deleted).toBe(1);
      const bravoIds = (await rawRows(database, bravo.accountId)).map((r) => r.id);
      expect(bravoIds).toContain(bravoOld[0]);
      expect(bravoIds).not.toContain(bravoOld[1]);
    });

    it('records nothing when nothing expired', async () => {
      const fresh = await createTestAccount(database, 'Nothing old');
      const before = await rawRows(database, fresh.accountId);
      expect(await purgeExpiredAuditLog({ ctx: fresh.system() })).toMatchObject({ deleted: 0 });
      expect(await rawRows(database, fresh.accountId)).toEqual(before);
    });

    it('is refused for admins (owners and the retention job only), deleting nothing', async () => {
      const aged = await insertAged(database, a.accountId, 'auth.signed_out', [4000]);
      const error = await refusal(purgeExpiredAuditLog({ ctx: aAdmin }));
      expect(error).toBeInstanceOf(ForbiddenError);
      expect((await rawRows(database, a.accountId)).map((r) => r.id)).toContain(aged[0]);
    });
  });
});
