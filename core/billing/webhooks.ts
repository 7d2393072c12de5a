import { eq, sql } from 'drizzle-orm';
import type Stripe from 'stripe';
import { recordAudit } from '../audit/record-audit.ts';
import type { AppTx, Database } from '../db/client.ts';
import { accountsTable } from '../db/schema/accounts.ts';
import { accountBillingTable, stripeEventsTable } from '../db/schema/billing.ts';
import { withSystemTransaction } from '../db/transactions.ts';
import type { TenantContext } from '../shared/context.ts';
import { InvalidInputError, ServiceError } from '../shared/errors.ts';
import { applySubscription } from './apply-subscription.ts';
import { ensureBillingRow } from './billing-state.ts';
import { queueSeatSync } from './queue-seat-sync.ts';
import type { StripeDeps } from './stripe-client.ts';

export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'invoice.paid',
  'invoice.payment_failed',
] as const;

export type WebhookOutcome = 'applied' | 'duplicate' | 'stale' | 'ignored' | 'unknown_account';

const idOf = (v: string | { id: string } | null | undefined) => (typeof v === 'string' ? v : (v?.id ?? null));

/**
 * Verifies a Stripe webhook and applies it exactly once. The SDK checks the HMAC and rejects a
 * timestamp older than the tolerance; we also reject one from the future beyond it (a clock-skewed
 * or forged replay). Events are stored by id and marked processed in the transaction that applies
 * them, so a redelivery is answered 200 without effect.
 */
export async function handleStripeWebhook({
  database,
  deps,
  payload,
  signature,
  now = new Date(),
}: {
  database: Database;
  deps: StripeDeps;
  payload: Buffer | string;
  signature: string | undefined;
  now?: Date;
}): Promise<{ eventId: string; outcome: WebhookOutcome }> {
  if (!signature) throw new InvalidInputError('Missing Stripe-Signature header.');
  const signedAt = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
  if (Number.isFinite(signedAt) && signedAt - now.getTime() / 1000 > deps.webhookToleranceSeconds) {
    throw new InvalidInputError('Stripe-Signature timestamp is in the future, outside the tolerance.');
  }
  let event: Stripe.Event;
  try {
    event = deps.stripe.webhooks.constructEvent(
      payload,
      signature,
      deps.webhookSecret,
      deps.webhookToleranceSeconds,
      undefined,
      now.getTime(),
    );
  } catch (error) {
    throw new InvalidInputError(`Stripe signature rejected: ${(error as Error).message}`);
  }
  const seen = await withSystemTransaction(database, 'stripe event dedupe', async (tx) => {
    const [row] = await tx
      .select({ processedAt: stripeEventsTable.processedAt })
      .from(stripeEventsTable)
      .where(eq(stripeEventsTable.id, event.id));
    return Boolean(row?.processedAt);
  });
  if (seen) return { eventId: event.id, outcome: 'duplicate' };

  const accountId = await accountFor(database, event);
  // Fetched before the transaction (no network inside it): the current truth for events that
  // carry only an id (checkout) or whose order is in doubt (same second as what we hold).
  const fresh = accountId ? await freshSubscription(database, deps, event, accountId) : null;

  const outcome = await withSystemTransaction(database, 'stripe webhook', async (tx) => {
    const [stored] = await tx
      .insert(stripeEventsTable)
      .values({
        id: event.id,
        type: event.type,
        accountId,
        stripeCreatedAt: new Date(event.created * 1000),
      })
      // DO UPDATE (not NOTHING) locks the row: a concurrent delivery of the same event waits here
      // and then sees it processed.
      .onConflictDoUpdate({ target: stripeEventsTable.id, set: { type: sql`excluded.type` } })
      .returning({ processedAt: stripeEventsTable.processedAt });
    if (stored?.processedAt) return 'duplicate' as const;
    const result: WebhookOutcome = accountId
      ? await apply(tx, database, deps, event, accountId, fresh, now)
      : 'unknown_account';
    await tx
      .update(stripeEventsTable)
      .set({ processedAt: now, outcome: result })
      .where(eq(stripeEventsTable.id, event.id));
    return result;
  });
  return { eventId: event.id, outcome };
}

/** The account an event is about: our id in metadata / client_reference_id, else by customer. */
async function accountFor(database: Database, event: Stripe.Event): Promise<string | null> {
  const object = event.data.object as unknown as {
    metadata?: Record<string, string> | null;
    client_reference_id?: string | null;
    customer?: string | { id: string } | null;
  };
  const customer = idOf(object.customer ?? null);
  const claimed = object.client_reference_id ?? object.metadata?.account_id ?? null;
  return withSystemTransaction(database, 'stripe webhook account', async (tx) => {
    if (customer) {
      const [row] = await tx
        .select({ accountId: accountBillingTable.accountId })
        .from(accountBillingTable)
        .where(eq(accountBillingTable.stripeCustomerId, customer));
      if (row) return row.accountId;
    }
    if (!claimed || !/^[0-9a-f-]{36}$/i.test(claimed)) return null;
    const [found] = await tx
      .select({ id: accountsTable.id })
      .from(accountsTable)
      .where(eq(accountsTable.id, claimed));
    return found ? claimed : null;
  });
}

function subscriptionIdOf(event: Stripe.Event): string | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  switch (event.type) {
    case 'checkout.session.completed':
      return idOf(object.subscription as string | null);
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const parent = (event.data.object as Stripe.Invoice).parent;
      return idOf(parent?.subscription_details?.subscription ?? null);
    }
    default:
      return null;
  }
}

async function freshSubscription(
  database: Database,
  deps: StripeDeps,
  event: Stripe.Event,
  accountId: string,
): Promise<Stripe.Subscription | null> {
  let id = subscriptionIdOf(event);
  if (!id && event.type.startsWith('customer.subscription.')) {
    const held = await withSystemTransaction(database, 'stripe webhook state', async (tx) => {
      const [row] = await tx
        .select({ at: accountBillingTable.subscriptionStateAt })
        .from(accountBillingTable)
        .where(eq(accountBillingTable.accountId, accountId));
      return row?.at ?? null;
    });
    // Stripe's `created` has one-second resolution: the same second as our state is a tie to break.
    if (held && Math.floor(held.getTime() / 1000) === event.created) {
      id = (event.data.object as Stripe.Subscription).id;
    }
  }
  if (!id) return null;
  try {
    return await deps.stripe.subscriptions.retrieve(id);
  } catch (error) {
    // Stripe will redeliver on a non-2xx; that is the retry.
    throw new ServiceError('upstream_failed', 'Could not fetch the subscription from Stripe.', {
      cause: error,
    });
  }
}

async function apply(
  tx: AppTx,
  database: Database,
  deps: StripeDeps,
  event: Stripe.Event,
  accountId: string,
  fresh: Stripe.Subscription | null,
  now: Date,
): Promise<WebhookOutcome> {
  const created = new Date(event.created * 1000);
  const ctx: TenantContext = { db: database, accountId, actor: { kind: 'system', name: 'stripe-webhook' } };
  let outcome: WebhookOutcome = 'ignored';
  switch (event.type) {
    case 'checkout.session.completed':
    case 'customer.subscription.created':
    case 'customer.subscription.updated':
    case 'customer.subscription.deleted': {
      const sub = fresh ?? (event.data.object as Stripe.Subscription);
      if (event.type === 'checkout.session.completed' && !fresh) break;
      // A fetched state is the newest there is, but is stamped no later than "now" in Stripe's terms.
      const stateAt = fresh ? new Date(Math.max(now.getTime(), created.getTime())) : created;
      outcome = await applySubscription(tx, accountId, sub, stateAt, deps.prices);
      // The team may have changed since Checkout counted it.
      if (outcome === 'applied' && event.type === 'checkout.session.completed')
        await queueSeatSync(tx, accountId);
      break;
    }
    case 'invoice.paid':
    case 'invoice.payment_failed': {
      const row = await ensureBillingRow(tx, accountId);
      if (row.invoiceStateAt && row.invoiceStateAt.getTime() > created.getTime()) {
        outcome = 'stale';
        break;
      }
      const failed = event.type === 'invoice.payment_failed';
      await tx
        .update(accountBillingTable)
        .set({
          invoiceStateAt: created,
          pastDueSince: failed ? (row.pastDueSince ?? created) : null,
        })
        .where(eq(accountBillingTable.accountId, accountId));
      if (fresh)
        await applySubscription(
          tx,
          accountId,
          fresh,
          new Date(Math.max(now.getTime(), created.getTime())),
          deps.prices,
        );
      outcome = 'applied';
      break;
    }
    default:
      outcome = 'ignored';
  }
  if (outcome === 'applied') {
    await recordAudit(tx, ctx, {
      action: 'billing.subscription_changed',
      target: { type: 'account', id: accountId },
      metadata: { event: event.type, eventId: event.id },
    });
  }
  return outcome;
}
