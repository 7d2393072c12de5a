import { AsyncLocalStorage } from 'node:async_hooks';
import { sql } from 'drizzle-orm';
import pg from 'pg';
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

export interface TransactionOptions {
  /**
   * Settings local to the transaction, applied on a PostgreSQL server only (e.g. `jit: 'off'`;
   * PGlite has no JIT). On a new server transaction they travel with its BEGIN; inside an outer
   * transaction they are set there with one statement.
   */
  serverSettings?: Readonly<Record<string, string>>;
}

/** `select set_config(…)` for each setting, quoted by the driver's own literal escaping. */
function setConfigs(settings: Readonly<Record<string, string>>): string {
  return Object.entries(settings)
    .map(([name, value]) => `set_config(${pg.escapeLiteral(name)}, ${pg.escapeLiteral(value)}, true)`)
    .join(', ');
}

/** In an already open transaction (nested, or on PGlite): one statement for the server settings. */
async function applyServerSettings(database: Database, tx: AppTx, options: TransactionOptions | undefined) {
  if (database.kind !== 'postgres' || !options?.serverSettings) return;
  const list = setConfigs(options.serverSettings);
  if (list) await tx.execute(sql.raw(`select ${list}`));
}

/**
 * Runs `fn` in a transaction as `app_user` with the tenant set, so row-level security confines every
 * statement to `ctx.accountId`. Nested calls reuse the outer transaction: services never commit on
 * their own, so a flow can compose several verbs atomically.
 */
export async function withTransaction<T>(
  ctx: TenantContext,
  fn: (tx: AppTx) => Promise<T>,
  options?: TransactionOptions,
): Promise<T> {
  const outer = current.getStore();
  if (outer) {
    if (outer.accountId !== ctx.accountId) {
      throw new Error('withTransaction: nested call for a different account; tenant transactions never mix');
    }
    await applyServerSettings(ctx.db, outer.tx, options);
    return fn(outer.tx);
  }
  try {
    const server = ctx.db.transaction;
    if (server) {
      // One round trip for BEGIN and the settings (see serverTransactions). The account id is
      // quoted by the driver's own literal escaping, as its parameters would have been.
      const setup =
        `${ctx.writeLock ? 'set transaction read only; ' : ''}select ` +
        setConfigs({ role: 'app_user', 'app.account_id': ctx.accountId, ...options?.serverSettings });
      return await server(setup, (tx) => current.run({ tx, accountId: ctx.accountId }, () => fn(tx)));
    }
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
      await applyServerSettings(ctx.db, tx, options);
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
  options?: TransactionOptions,
): Promise<T> {
  if (current.getStore()) {
    throw new Error(`withSystemTransaction(${purpose}): cannot nest inside another transaction`);
  }
  const server = database.transaction;
  if (server)
    return server(
      `select ${setConfigs({ role: 'app_system', 'app.account_id': '', ...options?.serverSettings })}`,
      (tx) => current.run({ tx, accountId: null }, () => fn(tx)),
    );
  return database.db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('role', 'app_system', true), set_config('app.account_id', '', true)`,
    );
    await applyServerSettings(database, tx, options);
    return current.run({ tx, accountId: null }, () => fn(tx));
  });
}
