import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import {
  createTableRelationsHelpers,
  type ExtractTablesWithRelations,
  extractTablesRelationalConfig,
} from 'drizzle-orm';
import { drizzle as drizzleNodePg, NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres';
import { type PgDatabase, PgDialect, type PgQueryResultHKT, type PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.ts';

export type Schema = typeof schema;
/** The driver-independent Drizzle handle: PGlite and node-postgres both satisfy it. */
export type AppDb = PgDatabase<PgQueryResultHKT, Schema>;
export type AppTx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface Database {
  kind: 'pglite' | 'postgres';
  db: AppDb;
  /** Present for the embedded database; the job queue runs on the same instance. */
  pglite?: PGlite;
  /** Present for a server; the job queue opens its own pool from this URL. */
  connectionString?: string;
  pool?: pg.Pool;
  /** Round-trips to the database; used by /healthz. */
  ping(): Promise<void>;
  /** See {@link withAckPriority}; set on embedded databases only. */
  priority?: PriorityLane;
  /**
   * On a server: a transaction whose BEGIN travels with `setup` (SQL run right after it, before
   * `fn`) in one round trip. See withTransaction for why that matters.
   */
  transaction?: <T>(setup: string, fn: (tx: AppTx) => Promise<T>) => Promise<T>;
  close(): Promise<void>;
}

export type DatabaseConfig =
  | { kind: 'postgres'; url: string; poolMax?: number }
  | { kind: 'pglite'; dataDir: string };

/** `memory://` keeps an embedded database in RAM (tests); any other value is a directory. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({
      connectionString: config.url,
      max: config.poolMax ?? 10,
      Client: PreparingClient,
    });
    // An idle client erroring (server restart) must not crash the process; the next query reconnects.
    pool.on('error', () => {});
    const db = drizzleNodePg({ client: pool, schema }) as unknown as AppDb;
    // Work a platform is waiting on (see withAckPriority) gets four connections of its own: in a
    // burst every connection of the main pool is held by a turn, and the ack would queue for one.
    const ackPool = new pg.Pool({ connectionString: config.url, max: 4, Client: PreparingClient });
    ackPool.on('error', () => {});
    const ackDb = drizzleNodePg({ client: ackPool, schema }) as unknown as AppDb;
    const transaction = serverTransactions();
    return {
      kind: 'postgres',
      get db() {
        return urgent.getStore() ? ackDb : db;
      },
      transaction: (setup, fn) => transaction(urgent.getStore() ? ackPool : pool, setup, fn),
      pool,
      connectionString: config.url,
      ping: async () => {
        await pool.query('select 1');
      },
      close: async () => {
        await Promise.all([pool.end(), ackPool.end()]);
      },
    };
  }
  if (!config.dataDir.startsWith('memory://')) mkdirSync(config.dataDir, { recursive: true });
  // pg_trgm backs knowledge search's typo correction (migration 0013 creates it), btree_gin its
  // per-account trigram index (migration 0047).
  const pglite = await PGlite.create(config.dataDir, { extensions: { pg_trgm, btree_gin } });
  const priority = new PriorityLane();
  yieldBeforeEachQuery(pglite, priority);
  const db = drizzlePglite({ client: pglite, schema }) as unknown as AppDb;
  let closed = false;
  return {
    kind: 'pglite',
    db,
    pglite,
    priority,
    ping: async () => {
      if (closed || pglite.closed) throw new Error('embedded database is closed');
      await pglite.query('select 1');
    },
    close: async () => {
      closed = true;
      if (!pglite.closed) await pglite.close();
    },
  };
}

/** Statements kept prepared per connection at most: the backend holds each one's plan. */
const PREPARED_PER_CONNECTION = 200;

/**
 * In bench:scale's statement log, parsing and binding (where an unnamed statement is planned) took
 * about 60% of the time the server spent on our statements, for the same few dozen texts over and
 * over. This client prepares every statement with parameters under a name derived from its text,
 * so a connection parses each text once and Postgres may reuse its plan (its usual rule: custom
 * plans first, a generic one only when that is no worse), as drivers that prepare by default do.
 * A caller whose plan must follow its values sets `plan_cache_mode` (knowledge search does). Statements without parameters (BEGIN, the
 * transaction setup, COMMIT) are left alone. Results are the same; only the work to get them changes.
 */
class PreparingClient extends pg.Client {
  readonly #named = new Set<string>();

  override query(...args: unknown[]): never {
    const [config, values] = args;
    if (
      typeof config === 'object' &&
      config !== null &&
      !('submit' in config) &&
      typeof (config as pg.QueryConfig).text === 'string' &&
      (config as pg.QueryConfig).name === undefined &&
      Array.isArray(values) &&
      values.length > 0
    ) {
      const name = `rf_${createHash('sha1')
        .update((config as pg.QueryConfig).text)
        .digest('base64url')}`;
      if (this.#named.has(name) || this.#named.size < PREPARED_PER_CONNECTION) {
        this.#named.add(name);
        args[0] = { ...config, name };
      }
    }
    return (super.query as (...a: unknown[]) => never)(...args);
  }
}

/**
 * Drizzle's own `transaction` sends BEGIN alone and waits for it; every tenant or system
 * transaction then sends its role and tenant settings as a second statement. On a server each
 * round trip costs both processes a wake-up and a socket write, and a chat answer runs about a
 * dozen transactions, so BEGIN and the settings go as one simple-protocol message instead. The
 * transaction object is Drizzle's own (same savepoints, same result mapping) on the checked-out client.
 */
function serverTransactions() {
  const dialect = new PgDialect();
  const tables = extractTablesRelationalConfig(schema, createTableRelationsHelpers);
  const relational = { fullSchema: schema, schema: tables.tables, tableNamesMap: tables.tableNamesMap };
  return async <T>(pool: pg.Pool, setup: string, fn: (tx: AppTx) => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      const session = new NodePgSession(client, dialect, relational);
      const tx = new NodePgTransaction(dialect, session, relational) as unknown as AppTx;
      try {
        await client.query(`begin; ${setup}`);
        const result = await fn(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is not given to the next caller.
        await client.query('rollback').catch((failure: unknown) => {
          broken = failure instanceof Error ? failure : new Error(String(failure));
        });
        throw error;
      }
    } finally {
      client.release(broken);
    }
  };
}

const nextMacrotask = () => new Promise<void>((resolve) => setImmediate(resolve));

const urgent = new AsyncLocalStorage<true>();

/**
 * Embedded PGlite runs one statement at a time, in arrival order. Work a platform is waiting on
 * (storing a chat event before its ack) would queue behind every background transaction — a burst
 * of model turns, job-queue polls — and the ack would wait seconds. While such work is pending,
 * background statements that would *start* a new unit of work hold back; statements inside an
 * already open transaction never do (that transaction holds the engine, so holding it would deadlock).
 */
class PriorityLane {
  #pending = 0;
  #held: Array<() => void> = [];

  async run<T>(fn: () => Promise<T>): Promise<T> {
    this.#pending++;
    try {
      return await urgent.run(true, fn);
    } finally {
      if (--this.#pending === 0) for (const release of this.#held.splice(0)) release();
    }
  }

  /** Background callers wait here while urgent work is pending. */
  async pass(): Promise<void> {
    while (this.#pending > 0 && !urgent.getStore()) await new Promise<void>((r) => this.#held.push(r));
  }
}

/**
 * Runs `fn` ahead of background work: on an embedded database through the PriorityLane; on a
 * server its statements run concurrently anyway, so `fn` only gets connections of its own.
 */
export function withAckPriority<T>(database: Database, fn: () => Promise<T>): Promise<T> {
  if (database.priority) return database.priority.run(fn);
  return database.kind === 'postgres' ? urgent.run(true, fn) : fn();
}

/** Longest stretch of database work before the event loop gets a turn (see below). */
const SLICE_MS = 2;

/**
 * PGlite runs Postgres as WebAssembly on the event loop, and a transaction's statements chain as
 * microtasks, so one busy request could hold the loop for a whole transaction and delay everyone
 * else's HTTP answers (Slack wants its ack within 3 s; our own target is far tighter). Before a
 * statement, if the database has had the loop for more than a couple of milliseconds, it gives it
 * back for one macrotask so pending I/O interleaves — time slicing, without paying a yield on every
 * statement. A server database needs none of this: its work happens in another process.
 */
function yieldBeforeEachQuery(pglite: PGlite, lane: PriorityLane): void {
  let sliceStart = performance.now();
  const fair = async () => {
    if (performance.now() - sliceStart < SLICE_MS) return;
    await nextMacrotask();
    sliceStart = performance.now();
  };
  const query = pglite.query.bind(pglite);
  pglite.query = (async (...args: Parameters<PGlite['query']>) => {
    await lane.pass();
    await fair();
    return query(...args);
  }) as PGlite['query'];
  const exec = pglite.exec.bind(pglite);
  pglite.exec = (async (...args: Parameters<PGlite['exec']>) => {
    await lane.pass();
    await fair();
    return exec(...args);
  }) as PGlite['exec'];
  const transaction = pglite.transaction.bind(pglite);
  pglite.transaction = (async (callback: Parameters<PGlite['transaction']>[0]) => {
    await lane.pass();
    await fair();
    return transaction(async (tx) => {
      const txQuery = tx.query.bind(tx);
      tx.query = (async (...args: Parameters<typeof tx.query>) => {
        await fair();
        return txQuery(...args);
      }) as typeof tx.query;
      return callback(tx);
    });
  }) as PGlite['transaction'];
}
