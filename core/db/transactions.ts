import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import type { TenantContext } from '../shared/context.ts';
import { writeLockedError } from '../signup/verification-state.ts';
import type { AppTx, Database } from './client.ts';
import { pgErrorCode } from './errors.ts';

interface Scope {
  tx: AppTx;
  /** The account this transaction is pinned to, or null for a system transaction. */
  accountId: string | null;
}

const current = new AsyncLocalStorage<Scope>();

/**
 * Runs `fn` in a transaction as `app_user` with the tenant set, so row-level security confines every
 * statement to `ctx.accountId`. Nested calls reuse the outer transaction: services never commit on
 * their own, so a flow can compose several verbs atomically.
 */
export async function withTransaction<T>(ctx: TenantContext, fn: (tx: AppTx) => Promise<T>): Promise<T> {
  const outer = current.getStore();
  if (outer) {
    if (outer.accountId !== ctx.accountId) {
      throw new Error('withTransaction: nested call for a different account; tenant transactions never mix');
    }
    return fn(outer.tx);
  }
  try {
    return await ctx.db.db.transaction(async (tx) => {
      // set_config(…, true) is SET LOCAL with bind parameters: both end with the transaction, so a
      // pooled connection never carries one tenant's setting into the next request.
      await tx.execute(
        sql`select set_config('role', 'app_user', true), set_config('app.account_id', ${ctx.accountId}, true)`,
      );
      // The write lock (unverified signup past its grace period) is enforced by Postgres itself:
      // every tenant write from the API, Slack, Teams or a verb nobody thought of fails here,
      // and every read still works.
      if (ctx.writeLock) await tx.execute(sql`set transaction read only`);
      return current.run({ tx, accountId: ctx.accountId }, () => fn(tx));
    });
  } catch (error) {
    // 25006 read_only_sql_transaction: said to the user as "verify your email", never as SQL.
    if (ctx.writeLock && pgErrorCode(error) === '25006') throw writeLockedError();
    throw error;
  }
}

/**
 * A transaction as `app_system`, which RLS lets see every account. Only for paths that cannot know
 * the tenant yet or span tenants by design: sign-in lookup, chat identity resolution, job fan-out,
 * the demo seed. Each caller states why in `purpose`, which shows up in errors.
 */
export async function withSystemTransaction<T>(
  database: Database,
  purpose: string,
  fn: (tx: AppTx) => Promise<T>,
): Promise<T> {
  if (current.getStore()) {
    throw new Error(`withSystemTransaction(${purpose}): cannot nest inside another transaction`);
  }
  return database.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'app_system', true), set_config('app.account_id', '', true)`,
    );
    return current.run({ tx, accountId: null }, () => fn(tx));
  });
}
