import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { accountsTable } from './accounts.ts';
import { createdAt, updatedAt } from './columns.ts';
import { appSystemRole, tenantPolicies } from './roles.ts';
import { accountIdColumn } from './tenant-columns.ts';

export const PLAN_IDS = ['free', 'pro', 'enterprise'] as const;
export type PlanId = (typeof PLAN_IDS)[number];
export const OVERRIDE_REASONS = ['complimentary', 'pilot'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

/**
 * An account's billing facts: its Stripe customer and the newest subscription state we have seen,
 * plus any override an operator granted. The effective plan is *computed* from these and the
 * account's `trial_ends_at` (core/billing/effective-plan.ts); nothing here says "the plan is X".
 */
export const accountBillingTable = pgTable(
  'account_billing',
  {
    accountId: uuid('account_id')
      .primaryKey()
      .references(() => accountsTable.id, { onDelete: 'cascade' }),
    stripeCustomerId: text('stripe_customer_id'),
    stripeSubscriptionId: text('stripe_subscription_id'),
    /** Stripe's subscription status verbatim (active, trialing, past_due, canceled, unpaid …). */
    subscriptionStatus: text('subscription_status'),
    engineerSeatsPaid: integer('engineer_seats_paid').notNull().default(0),
    l1SeatsPaid: integer('l1_seats_paid').notNull().default(0),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** Cents per period at the paid quantities: what the next invoice will be, before tax. */
    nextInvoiceAmount: integer('next_invoice_amount'),
    currency: text('currency'),
    /**
     * When Stripe produced the state stored here (the event's `created`, or the fetch time):
     * an older event never overwrites a newer state.
     */
    subscriptionStateAt: timestamp('subscription_state_at', { withTimezone: true }),
    /** When Stripe produced the newest invoice event applied (paid or failed): older ones are ignored. */
    invoiceStateAt: timestamp('invoice_state_at', { withTimezone: true }),
    /** First failed payment of the current run; cleared by a paid invoice. Starts the 7-day grace. */
    pastDueSince: timestamp('past_due_since', { withTimezone: true }),
    planOverride: text('plan_override', { enum: PLAN_IDS }),
    overrideReason: text('override_reason', { enum: OVERRIDE_REASONS }),
    overrideEndsAt: timestamp('override_ends_at', { withTimezone: true }),
    /** Per-account limit changes on top of the plan's (e.g. a pilot with 20 engineer seats). */
    limitOverrides: jsonb('limit_overrides').$type<Record<string, number | null>>().notNull().default({}),
    trialReminder3dSentAt: timestamp('trial_reminder_3d_sent_at', { withTimezone: true }),
    trialReminder1dSentAt: timestamp('trial_reminder_1d_sent_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('account_billing_customer_unique').on(t.stripeCustomerId),
    check(
      'account_billing_override_known',
      sql`${t.planOverride} is null or ${t.planOverride} in ('free', 'pro', 'enterprise')`,
    ),
    check(
      'account_billing_override_reason',
      sql`(${t.planOverride} is null) = (${t.overrideReason} is null)`,
    ),
    check('account_billing_seats_non_negative', sql`${t.engineerSeatsPaid} >= 0 and ${t.l1SeatsPaid} >= 0`),
    check('account_billing_limit_overrides_object', sql`jsonb_typeof(${t.limitOverrides}) = 'object'`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type AccountBillingRow = typeof accountBillingTable.$inferSelect;

/**
 * Every Stripe webhook event we accepted, by Stripe's id: the insert is the "seen it" check, and
 * `processed_at` is set in the same transaction as the effect, so each event applies exactly once.
 * Not tenant data (an event may name no account we know); only the system role reads it.
 */
export const stripeEventsTable = pgTable(
  'stripe_events',
  {
    id: text('id').primaryKey(),
    type: text('type').notNull(),
    accountId: uuid('account_id').references(() => accountsTable.id, { onDelete: 'set null' }),
    stripeCreatedAt: timestamp('stripe_created_at', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp('processed_at', { withTimezone: true }),
    outcome: text('outcome'),
  },
  (t) => [
    index('stripe_events_received_idx').on(t.receivedAt),
    pgPolicy('system_access', { for: 'all', to: appSystemRole, using: sql`true`, withCheck: sql`true` }),
  ],
).enableRLS();

export const BILLING_OUTBOX_STATUSES = ['pending', 'delivered', 'failed'] as const;

/**
 * Stripe writes owed, recorded in the transaction that changed the team (like the PSA outbox).
 * One pending row per account at most: a seat sync sends the team's *current* counts when it runs,
 * so ten quick role changes cost one Stripe call.
 */
export const billingOutboxTable = pgTable(
  'billing_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    accountId: accountIdColumn(),
    kind: text('kind', { enum: ['seat_quantities'] }).notNull(),
    status: text('status', { enum: BILLING_OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    /** Bumped by every team change that rides on this row; delivery settles only the request it read. */
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().default(sql`clock_timestamp()`),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    result: jsonb('result').$type<Record<string, unknown>>(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('billing_outbox_pending_unique').on(t.accountId, t.kind).where(sql`${t.status} = 'pending'`),
    check('billing_outbox_kind_known', sql`${t.kind} in ('seat_quantities')`),
    check('billing_outbox_status_known', sql`${t.status} in ('pending', 'delivered', 'failed')`),
    ...tenantPolicies(t.accountId),
  ],
).enableRLS();

export type BillingOutboxRow = typeof billingOutboxTable.$inferSelect;
