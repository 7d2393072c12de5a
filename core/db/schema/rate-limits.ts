import { sql } from 'drizzle-orm';
import { index, integer, pgPolicy, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { appSystemRole } from './roles.ts';

/**
 * Recent failures (sign-in, invite tokens) per limited key, shared by every server process so two
 * replicas do not each allow the full count. Keys are SHA-256 hashes of `namespace|limiter|key`:
 * the table never holds the emails or addresses it limits. Not tenant data (a sign-in is limited
 * before we know the tenant): only `app_system` may touch it.
 */
export const rateLimitFailuresTable = pgTable(
  'rate_limit_failures',
  {
    /** Deployments (and test servers) sharing a database prune only their own rows. */
    namespace: text('namespace').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The limiter's name: each prunes only its own rows, by its own window. */
    limiter: text('limiter').notNull().default(''),
    failedAt: timestamp('failed_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('rate_limit_failures_key_idx').on(t.keyHash, t.failedAt),
    index('rate_limit_failures_at_idx').on(t.namespace, t.failedAt),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();

/** Requests per key per fixed window (API per user and per account, bot turns per chat user). */
export const rateLimitWindowsTable = pgTable(
  'rate_limit_windows',
  {
    namespace: text('namespace').notNull(),
    keyHash: text('key_hash').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    /** The window's length: a row is pruned two of its own windows after it starts. */
    windowMs: integer('window_ms').notNull().default(60_000),
    hits: integer('hits').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.keyHash, t.windowStart] }),
    index('rate_limit_windows_start_idx').on(t.namespace, t.windowStart),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();
