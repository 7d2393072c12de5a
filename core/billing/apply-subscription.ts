import { eq } from 'drizzle-orm';
import type Stripe from 'stripe';
import type { AppTx } from '../db/client.ts';
import { accountBillingTable } from '../db/schema/billing.ts';
import { ensureBillingRow } from './billing-state.ts';
import type { StripeDeps } from './stripe-client.ts';

export type ApplyOutcome = 'applied' | 'stale';

/** Seats paid per tier, read from the subscription's items by our two price ids. */
export function paidSeats(sub: Stripe.Subscription, prices: StripeDeps['prices']) {
  let engineer = 0;
  let l1 = 0;
  let amount = 0;
  for (const item of sub.items.data) {
    const quantity = item.quantity ?? 0;
    if (item.price.id === prices.engineer) engineer += quantity;
    else if (item.price.id === prices.l1) l1 += quantity;
    amount += (item.price.unit_amount ?? 0) * quantity;
  }
  return { engineer, l1, amount };
}

const customerId = (c: Stripe.Subscription['customer']) => (typeof c === 'string' ? c : c.id);

/**
 * Stores a subscription's state if it is newer than what we hold (`stateAt` is when Stripe produced
 * it: the event's `created`, or the moment we fetched it). An older state is dropped, so events
 * arriving out of order can never roll the account back.
 */
export async function applySubscription(
  tx: AppTx,
  accountId: string,
  sub: Stripe.Subscription,
  stateAt: Date,
  prices: StripeDeps['prices'],
): Promise<ApplyOutcome> {
  const row = await ensureBillingRow(tx, accountId);
  if (row.subscriptionStateAt && row.subscriptionStateAt.getTime() > stateAt.getTime()) return 'stale';
  // A different, older subscription (e.g. a canceled one) does not replace a live one.
  if (
    row.stripeSubscriptionId &&
    row.stripeSubscriptionId !== sub.id &&
    ['active', 'trialing', 'past_due'].includes(row.subscriptionStatus ?? '') &&
    sub.status === 'canceled'
  ) {
    return 'stale';
  }
  const seats = paidSeats(sub, prices);
  const periodEnds = sub.items.data.map((i) => i.current_period_end).filter((n) => typeof n === 'number');
  const paying = sub.status === 'active' || sub.status === 'trialing';
  await tx
    .update(accountBillingTable)
    .set({
      stripeCustomerId: customerId(sub.customer),
      stripeSubscriptionId: sub.id,
      subscriptionStatus: sub.status,
      engineerSeatsPaid: seats.engineer,
      l1SeatsPaid: seats.l1,
      nextInvoiceAmount: sub.status === 'canceled' ? null : seats.amount,
      currency: sub.currency,
      currentPeriodEnd: periodEnds.length ? new Date(Math.min(...periodEnds) * 1000) : null,
      cancelAtPeriodEnd: sub.cancel_at_period_end,
      subscriptionStateAt: stateAt,
      // Stripe moved it back to active: the failed payment was recovered.
      ...(paying && sub.status !== row.subscriptionStatus && row.subscriptionStatus === 'past_due'
        ? { pastDueSince: null }
        : {}),
      ...(sub.status === 'canceled' ? { pastDueSince: null } : {}),
    })
    .where(eq(accountBillingTable.accountId, accountId));
  return 'applied';
}
