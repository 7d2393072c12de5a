import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { recordAudit } from '../audit/record-audit.ts';
import { authorize } from '../auth/permissions.ts';
import { accountBillingTable } from '../db/schema/billing.ts';
import { usersTable } from '../db/schema/users.ts';
import { withTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { ConflictError, ServiceError } from '../shared/errors.ts';
import { parseInput } from '../shared/validation.ts';
import { ensureBillingRow, loadBillingState } from './billing-state.ts';
import type { StripeDeps } from './stripe-client.ts';
import { countSeats } from './usage.ts';

export const CheckoutInput = z.object({}).strict();

const LIVE = ['active', 'trialing', 'past_due', 'unpaid'];

function upstream(error: unknown): never {
  throw new ServiceError('upstream_failed', 'Stripe did not answer as expected; try again in a minute.', {
    cause: error,
  });
}

/** The Stripe customer for this account, created on first need (idempotently, keyed by account). */
async function customerFor(ctx: TenantContext, deps: StripeDeps): Promise<string> {
  const { existing, name, ownerEmail } = await withTransaction(ctx, async (tx) => {
    const state = await loadBillingState(tx, ctx, new Date());
    const [owner] = await tx
      .select({ email: usersTable.email })
      .from(usersTable)
      .where(and(eq(usersTable.accountId, ctx.accountId), eq(usersTable.role, 'owner')));
    return {
      existing: state.billing?.stripeCustomerId ?? null,
      name: state.account.name,
      ownerEmail: owner?.email,
    };
  });
  if (existing) return existing;
  const customer = await deps.stripe.customers
    .create(
      { name, ...(ownerEmail ? { email: ownerEmail } : {}), metadata: { account_id: ctx.accountId } },
      { idempotencyKey: `customer-${ctx.accountId}` },
    )
    .catch(upstream);
  await withTransaction(ctx, async (tx) => {
    await ensureBillingRow(tx, ctx.accountId);
    await tx
      .update(accountBillingTable)
      .set({ stripeCustomerId: customer.id })
      .where(eq(accountBillingTable.accountId, ctx.accountId));
  });
  return customer.id;
}

/**
 * Upgrade: a Stripe Checkout session in subscription mode, one line per paid seat tier at the
 * team's current size (the L1 line only when there are L1 staff). The webhook makes it Pro.
 */
export async function startCheckout({
  ctx,
  deps,
  input,
  returnUrl,
}: {
  ctx: TenantContext;
  deps: StripeDeps;
  input: unknown;
  returnUrl: string;
}): Promise<{ url: string; id: string }> {
  const grant = authorize(ctx, 'billing.manage');
  parseInput(CheckoutInput, input ?? {}, 'checkout');
  const seats = await withTransaction(ctx, async (tx) => {
    const state = await loadBillingState(tx, ctx, new Date());
    if (state.billing?.stripeSubscriptionId && LIVE.includes(state.billing.subscriptionStatus ?? '')) {
      throw new ConflictError('This account already has a subscription; use Manage in Stripe to change it.');
    }
    const now = new Date();
    return {
      engineer: Math.max(1, await countSeats(tx, ctx.accountId, 'engineerSeats', now, false)),
      l1: await countSeats(tx, ctx.accountId, 'l1Seats', now, false),
    };
  });
  const customer = await customerFor(ctx, deps);
  const lineItems = [{ price: deps.prices.engineer, quantity: seats.engineer }];
  if (seats.l1 > 0) lineItems.push({ price: deps.prices.l1, quantity: seats.l1 });
  const session = await deps.stripe.checkout.sessions
    .create({
      mode: 'subscription',
      customer,
      client_reference_id: ctx.accountId,
      line_items: lineItems,
      metadata: { account_id: ctx.accountId },
      subscription_data: { metadata: { account_id: ctx.accountId } },
      success_url: `${returnUrl}?checkout=success`,
      cancel_url: `${returnUrl}?checkout=canceled`,
    })
    .catch(upstream);
  if (!session.url) upstream(new Error('checkout session without url'));
  await withTransaction(ctx, (tx) =>
    recordAudit(tx, ctx, {
      action: 'billing.checkout_started',
      target: { type: 'account', id: ctx.accountId },
      metadata: { checkoutSessionId: session.id, engineerSeats: seats.engineer, l1Seats: seats.l1 },
      grant,
    }),
  );
  return { url: session.url, id: session.id };
}

/** Manage in Stripe: a Customer Portal session for cards, invoices and cancellation. */
export async function openBillingPortal({
  ctx,
  deps,
  returnUrl,
}: {
  ctx: TenantContext;
  deps: StripeDeps;
  returnUrl: string;
}): Promise<{ url: string }> {
  authorize(ctx, 'billing.manage');
  const customer = await withTransaction(ctx, async (tx) => {
    const state = await loadBillingState(tx, ctx, new Date());
    return state.billing?.stripeCustomerId ?? null;
  });
  if (!customer) throw new ConflictError('There is nothing to manage in Stripe yet; upgrade first.');
  const session = await deps.stripe.billingPortal.sessions
    .create({ customer, return_url: returnUrl })
    .catch(upstream);
  return { url: session.url };
}
