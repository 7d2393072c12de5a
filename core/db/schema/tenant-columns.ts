import { uuid } from 'drizzle-orm/pg-core';
import { accountsTable } from './accounts.ts';

/**
 * The tenant key every tenant table carries: NOT NULL (RLS compares it), and deleting an account
 * deletes its rows. Pair it with `tenantPolicies(t.accountId)` in the table's extra config.
 */
export const accountIdColumn = () =>
  uuid('account_id')
    .notNull()
    .references(() => accountsTable.id, { onDelete: 'cascade' });
