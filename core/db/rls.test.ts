import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectDatabaseRefusal } from '../../test/assertions.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, type TestAccount } from '../../test/factories.ts';
import type { Database } from './client.ts';
import { selectRows } from './raw.ts';
import { auditLogTable } from './schema/audit-log.ts';
import { usersTable } from './schema/users.ts';
import { withTransaction } from './transactions.ts';

describe('row-level security', () => {
  let database: Database;
  let a: TestAccount;
  let b: TestAccount;
  let bUserId: string;

  beforeAll(async () => {
    database = await testDatabase();
    a = await createTestAccount(database, 'Alpha');
    b = await createTestAccount(database, 'Bravo');
    const member = await b.member('viewer');
    if (member.actor.kind !== 'user') throw new Error('expected a user');
    bUserId = member.actor.userId;
  });

  it("hides another account's rows from SELECT even without a WHERE clause", async () => {
    const rows = await withTransaction(a.owner, (tx) => tx.select().from(usersTable));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.accountId === a.accountId)).toBe(true);
    const direct = await withTransaction(a.owner, (tx) =>
      tx.select().from(usersTable).where(eq(usersTable.id, bUserId)),
    );
    expect(direct).toEqual([]);
  });

  it("cannot UPDATE or DELETE another account's rows", async () => {
    const updated = await withTransaction(a.owner, (tx) =>
      tx.update(usersTable).set({ name: 'hijacked' }).where(eq(usersTable.id, bUserId)).returning(),
    );
    const deleted = await withTransaction(a.owner, (tx) =>
      tx.delete(usersTable).where(eq(usersTable.id, bUserId)).returning(),
    );
    expect(updated).toEqual([]);
    expect(deleted).toEqual([]);
    const still = await withTransaction(b.owner, (tx) =>
      tx.select().from(usersTable).where(eq(usersTable.id, bUserId)),
    );
    expect(still[0]?.name).not.toBe('hijacked');
  });

  it('refuses to INSERT a row into another account', async () => {
    await expectDatabaseRefusal(
      withTransaction(a.owner, (tx) =>
        tx
          .insert(usersTable)
          .values({ accountId: b.accountId, email: 'intruder@test.example', name: 'x', role: 'viewer' }),
      ),
      /row-level security/,
    );
  });

  it('shows no tenant rows to the app role when no account is set', async () => {
    const counts = await database.db.transaction(async (tx) => {
      await tx.execute(sql`select set_config('role', 'app_user', true)`);
      const rows = await selectRows<{ n: string }>(tx, sql`select count(*)::text as n from users`);
      return rows[0]?.n;
    });
    expect(counts).toBe('0');
  });

  it('leaves no role or tenant on a pooled connection after a transaction fails', async () => {
    // Every connection of the pool runs a tenant transaction that fails mid-way.
    await Promise.all(
      Array.from({ length: 12 }, () =>
        withTransaction(a.owner, async (tx) => {
          await tx.select().from(usersTable);
          throw new Error('boom');
        }).catch((error: unknown) => error),
      ),
    );
    const after = await Promise.all(
      Array.from({ length: 12 }, () =>
        database.db.transaction(async (tx) =>
          selectRows<{ role: string; account: string | null }>(
            tx,
            sql`select current_user as role, current_setting('app.account_id', true) as account`,
          ),
        ),
      ),
    );
    for (const [row] of after) {
      expect(row?.role).not.toBe('app_user');
      expect(row?.account ?? '').toBe('');
    }
    // And the next tenant sees only their own rows on those connections.
    const rows = await withTransaction(b.owner, (tx) => tx.select().from(usersTable));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.accountId === b.accountId)).toBe(true);
  });

  it('keeps the audit log append-only for the app role', async () => {
    await expectDatabaseRefusal(
      withTransaction(a.owner, (tx) => tx.update(auditLogTable).set({ actorLabel: 'forged' })),
      /permission denied/,
    );
    await expectDatabaseRefusal(
      withTransaction(a.owner, (tx) => tx.delete(auditLogTable)),
      /permission denied/,
    );
  });

  it('forces RLS on every table that has an account_id, so the owner role is bound too', async () => {
    const rows = await selectRows<{ relname: string; enabled: boolean; forced: boolean; policies: string }>(
      database.db,
      sql`
      select c.relname, c.relrowsecurity as enabled, c.relforcerowsecurity as forced,
             (select count(*)::text from pg_policies p where p.tablename = c.relname) as policies
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and (exists (select 1 from information_schema.columns col
                     where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'account_id')
             or c.relname = 'accounts')`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(10);
    for (const row of rows) {
      expect({ table: row.relname, enabled: row.enabled, forced: row.forced }).toEqual({
        table: row.relname,
        enabled: true,
        forced: true,
      });
      expect(Number(row.policies)).toBeGreaterThan(0);
    }
  });
});
