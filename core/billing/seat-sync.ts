import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { recordAudit } from '../audit/record-audit.ts';
import { accountBillingTable, billingOutboxTable } from '../db/schema/billing.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { applySubscription, paidSeats } from './apply-subscription.ts';
import type { StripeDeps } from './stripe-client.ts';
import { countSeats } from './usage.ts';

/** Give up after this many attempts; the row then shows on the Billing page as failed. */
export const SEAT_SYNC_MAX_ATTEMPTS = 10;

export interface SeatSyncReport {
  outcome: 'none' | 'unchanged' | 'updated' | 'retry' | 'failed' | 'superseded';
  engineer?: number;
  l1?: number;
  error?: string;
}

/**
 * Brings the subscription's seat quantities to the team's current size: engineer seats for owners,
 * admins and engineers, L1 seats for L1 staff (enabled users; invites are billed once accepted).
 * Stripe prorates the change. If the team changes again while Stripe is being called, the row's
 * `requested_at` moves on and the row stays pending for the next run.
 */
export async function deliverSeatSync({
  ctx,
  deps,
  now = new Date(),
}: {
  ctx: TenantContext;
  deps: StripeDeps;
  now?: Date;
}): Promise<SeatSyncReport> {
  const claim = await withTransaction(ctx, async (tx) => {
    const [row] = await tx
      .select()
      .from(billingOutboxTable)
      .where(
        and(
          eq(billingOutboxTable.accountId, ctx.accountId),
          eq(billingOutboxTable.status, 'pending'),
          lte(billingOutboxTable.nextAttemptAt, now),
        ),
      )
      .orderBy(asc(billingOutboxTable.id))
      .limit(1);
    if (!row) return null;
    const [billing] = await tx
      .select()
      .from(accountBillingTable)
      .where(eq(accountBillingTable.accountId, ctx.accountId));
    await tx
      .update(billingOutboxTable)
      .set({ attempts: row.attempts + 1 })
      .where(eq(billingOutboxTable.id, row.id));
    return {
      row,
      subscriptionId: billing?.stripeSubscriptionId ?? null,
      status: billing?.subscriptionStatus ?? null,
      engineer: await countSeats(tx, ctx.accountId, 'engineerSeats', now, false),
      l1: await countSeats(tx, ctx.accountId, 'l1Seats', now, false),
    };
  });
  if (!claim) return { outcome: 'none' };
  const settle = (set: Partial<typeof billingOutboxTable.$inferInsert>) =>
    withTransaction(ctx, async (tx) => {
      const done = await tx
        .update(billingOutboxTable)
        .set(set)
        .where(
          and(
            eq(billingOutboxTable.id, claim.row.id),
            // At the millisecond: PostgreSQL keeps microseconds, a JS Date only milliseconds, so
            // a plain equality never matches on a server (PGlite's clock happens to tick in ms).
            sql`date_trunc('milliseconds', ${billingOutboxTable.requestedAt}) = ${claim.row.requestedAt}`,
          ),
        )
        .returning({ id: billingOutboxTable.id });
      return done.length > 0;
    });
  if (!claim.subscriptionId || claim.status === 'canceled') {
    await settle({ status: 'delivered', deliveredAt: now, result: { skipped: 'no live subscription' } });
    return { outcome: 'unchanged' };
  }
  const attempt = claim.row.attempts + 1;
  try {
    const sub = await deps.stripe.subscriptions.retrieve(claim.subscriptionId);
    const paid = paidSeats(sub, deps.prices);
    let latest: Stripe.Subscription = sub;
    const changed = paid.engineer !== claim.engineer || paid.l1 !== claim.l1;
    if (changed) {
      const items: Stripe.SubscriptionUpdateParams.Item[] = [];
      for (const [price, quantity] of [
        [deps.prices.engineer, claim.engineer],
        [deps.prices.l1, claim.l1],
      ] as const) {
        const item = sub.items.data.find((i) => i.price.id === price);
        if (item) {
          if (item.quantity !== quantity) items.push({ id: item.id, quantity });
        } else if (quantity > 0) items.push({ price, quantity });
      }
      latest = await deps.stripe.subscriptions.update(
        claim.subscriptionId,
        { items, proration_behavior: 'create_prorations' },
        // Same request, same key: a retry after a lost reply cannot apply the change twice.
        {
          idempotencyKey: `seat-sync-${claim.row.id}-${claim.row.requestedAt.getTime()}-${claim.engineer}-${claim.l1}`,
        },
      );
    }
    await withTransaction(ctx, async (tx) => {
      await applySubscription(tx, ctx.accountId, latest, now, deps.prices);
      if (changed) {
        await recordAudit(tx, ctx, {
          action: 'billing.seats_synced',
          target: { type: 'account', id: ctx.accountId },
          metadata: {
            engineerSeats: { from: paid.engineer, to: claim.engineer },
            l1Seats: { from: paid.l1, to: claim.l1 },
          },
        });
      }
    });
    const settled = await settle({
      status: 'delivered',
      deliveredAt: now,
      lastError: null,
      result: { engineer: claim.engineer, l1: claim.l1, changed },
    });
    if (!settled) return { outcome: 'superseded', engineer: claim.engineer, l1: claim.l1 };
    return { outcome: changed ? 'updated' : 'unchanged', engineer: claim.engineer, l1: claim.l1 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const give = attempt >= SEAT_SYNC_MAX_ATTEMPTS;
    await withTransaction(ctx, (tx) =>
      tx
        .update(billingOutboxTable)
        .set({
          status: give ? 'failed' : 'pending',
          lastError: message.slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + Math.min(5_000 * 2 ** (attempt - 1), 15 * 60_000)),
        })
        .where(eq(billingOutboxTable.id, claim.row.id)),
    );
    return { outcome: give ? 'failed' : 'retry', error: message };
  }
}
