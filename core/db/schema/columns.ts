import { sql } from 'drizzle-orm';
import { timestamp, uuid } from 'drizzle-orm/pg-core';

export const id = () => uuid('id').primaryKey().defaultRandom();
export const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
export const updatedAt = () =>
  timestamp('updated_at', { withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date());

/**
 * For rows created several to a transaction (facts, items, fixes from one model turn): now() is the
 * transaction's start time, so only clock_timestamp() keeps their order.
 */
export const createdAtInOrder = () =>
  timestamp('created_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`);
