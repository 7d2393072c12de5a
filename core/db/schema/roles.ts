import { sql } from 'drizzle-orm';
import { type AnyPgColumn, pgPolicy, pgRole } from 'drizzle-orm/pg-core';

/**
 * `app_user` runs every tenant query: NOSUPERUSER, NOBYPASSRLS, so row-level security always
 * applies. `app_system` runs the few deliberate cross-tenant paths (sign-in lookup, chat identity
 * resolution, job fan-out, the demo seed). Both are created by migration 0000.
 */
export const appUserRole = pgRole('app_user').existing();
export const appSystemRole = pgRole('app_system').existing();

/**
 * The tenant of the current transaction. `nullif(…, '')` matters: after a transaction-local
 * setting ends, the GUC reads '' rather than NULL, and ''::uuid would raise instead of matching nothing.
 */
export const currentAccountId = sql`nullif(current_setting('app.account_id', true), '')::uuid`;

/** The standard pair for a tenant table: `app_user` sees only its account, `app_system` sees all. */
export function tenantPolicies(accountColumn: AnyPgColumn) {
  return [
    pgPolicy('tenant_isolation', {
      for: 'all',
      to: appUserRole,
      using: sql`${accountColumn} = ${currentAccountId}`,
      withCheck: sql`${accountColumn} = ${currentAccountId}`,
    }),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ];
}
