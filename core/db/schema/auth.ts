import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';
import { ROLES, usersTable } from './users.ts';

export const SIGN_IN_METHODS = ['password', 'entra', 'slack', 'invite'] as const;
export type SignInMethod = (typeof SIGN_IN_METHODS)[number];

/**
 * One signed-in browser: the family of refresh tokens issued since a sign-in. The account's
 * session policy is copied here at sign-in (a new policy applies at the next sign-in); idle is
 * measured from `last_used_at`, absolute from `created_at`. Revoking the row ends every token in it.
 */
export const authSessionsTable = pgTable(
  'auth_sessions',
  {
    id: id(),
    accountId: accountIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    method: text('method', { enum: SIGN_IN_METHODS }).notNull(),
    idleMinutes: integer('idle_minutes').notNull(),
    absoluteMinutes: integer('absolute_minutes').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedReason: text('revoked_reason'),
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
    /** Where the browser was last seen from (updated on each refresh); `ip_address` is where it signed in. */
    lastIpAddress: text('last_ip_address'),
  },
  (t) => [
    index('auth_sessions_user_idx').on(t.userId),
    index('auth_sessions_account_live_idx').on(t.accountId).where(sql`${t.revokedAt} is null`),
    check('auth_sessions_method_known', sql`${t.method} in ('password', 'entra', 'slack', 'invite')`),
    check(
      'auth_sessions_idle_le_absolute',
      sql`${t.idleMinutes} > 0 and ${t.idleMinutes} <= ${t.absoluteMinutes}`,
    ),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/**
 * Refresh tokens, stored only as SHA-256 hashes. Each refresh marks the presented token used and
 * issues its successor; presenting a used token again is theft or a replay, and revokes the family.
 */
export const refreshTokensTable = pgTable(
  'refresh_tokens',
  {
    id: id(),
    accountId: accountIdColumn(),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => authSessionsTable.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: createdAt(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('refresh_tokens_hash_unique').on(t.tokenHash),
    index('refresh_tokens_session_idx').on(t.sessionId),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/** An emailed invitation to join an account with a role; the link carries a token stored hashed. */
export const userInvitesTable = pgTable(
  'user_invites',
  {
    id: id(),
    accountId: accountIdColumn(),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role', { enum: ROLES }).notNull(),
    canCoverL1: boolean('can_cover_l1').notNull().default(false),
    tokenHash: text('token_hash').notNull(),
    invitedByUserId: uuid('invited_by_user_id').references(() => usersTable.id, { onDelete: 'set null' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
    /** Development without SMTP only: the token sealed with the app key, so admins can copy the link. */
    devLinkSealed: text('dev_link_sealed'),
  },
  (t) => [
    uniqueIndex('user_invites_token_unique').on(t.tokenHash),
    // One open invite per address per account; re-inviting replaces it.
    uniqueIndex('user_invites_open_unique')
      .on(t.accountId, sql`lower(${t.email})`)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
    check('user_invites_role_invitable', sql`${t.role} in ('admin', 'engineer', 'l1', 'viewer')`),
    check('user_invites_cover_l1_engineer_only', sql`not ${t.canCoverL1} or ${t.role} = 'engineer'`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

/**
 * A user's OpenID Connect identity (Entra ID or Sign in with Slack), bound at first sign-in by
 * issuer + subject so a later email change at the provider cannot move the sign-in to someone else.
 */
export const signInIdentitiesTable = pgTable(
  'sign_in_identities',
  {
    id: id(),
    accountId: accountIdColumn(),
    userId: uuid('user_id')
      .notNull()
      .references(() => usersTable.id, { onDelete: 'cascade' }),
    provider: text('provider', { enum: ['entra', 'slack'] }).notNull(),
    issuer: text('issuer').notNull(),
    subject: text('subject').notNull(),
    createdAt: createdAt(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('sign_in_identities_subject_unique').on(t.issuer, t.subject),
    index('sign_in_identities_user_idx').on(t.userId),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type AuthSessionRow = typeof authSessionsTable.$inferSelect;
export type RefreshTokenRow = typeof refreshTokensTable.$inferSelect;
export type UserInviteRow = typeof userInvitesTable.$inferSelect;
export type SignInIdentityRow = typeof signInIdentitiesTable.$inferSelect;
