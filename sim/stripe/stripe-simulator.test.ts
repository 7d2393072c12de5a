import Stripe from 'stripe';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStripeClient } from '../../core/billing/index.ts';
import fixtures from '../../test/contracts/stripe/fixtures3.json' with { type: 'json' };
import { decodeForm } from './form.ts';
import { STRIPE_SIM_SECRET_KEY, type StripeSimulator, startStripeSimulator } from './index.ts';

const official = (fixtures as unknown as { resources: Record<string, Record<string, unknown>> }).resources;
const keysOf = (o: object) => Object.keys(o).sort();

describe('Stripe simulator, driven by the real stripe SDK', () => {
  let sim: StripeSimulator;
  let stripe: Stripe;

  beforeAll(async () => {
    sim = await startStripeSimulator({
      prices: [
        { id: 'price_engineer', unitAmount: 2900, nickname: 'Engineer seat' },
        { id: 'price_l1', unitAmount: 1500, nickname: 'L1 seat' },
      ],
    });
    stripe = createStripeClient({ secretKey: STRIPE_SIM_SECRET_KEY, apiUrl: sim.url });
  });
  afterAll(() => sim.close());

  it('decodes Stripe form bodies: nested objects and indexed arrays', () => {
    expect(
      decodeForm(
        'mode=subscription&line_items[0][price]=p1&line_items[0][quantity]=2&line_items[1][price]=p2&metadata[account_id]=a',
      ),
    ).toEqual({
      mode: 'subscription',
      line_items: [{ price: 'p1', quantity: '2' }, { price: 'p2' }],
      metadata: { account_id: 'a' },
    });
  });

  it('answers with objects shaped like the official examples, form-encoded in and Stripe-Version recorded', async () => {
    const customer = await stripe.customers.create({ name: 'Acme MSP', metadata: { account_id: 'x' } });
    expect(customer.id).toMatch(/^cus_/);
    expect(customer.metadata).toEqual({ account_id: 'x' });
    expect(keysOf(customer)).toEqual(keysOf(official.customer as object));
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      customer: customer.id,
      line_items: [{ price: 'price_engineer', quantity: 3 }],
      success_url: 'http://app.test/billing?checkout=success',
    });
    expect(keysOf(session)).toEqual(keysOf(official['checkout.session'] as object));
    expect(session.url).toBe(`${sim.url}/checkout/pay/${session.id}`);
    expect(session.amount_total).toBe(8700);
    const recorded = sim.requests.find((r) => r.path === '/v1/checkout/sessions');
    expect(recorded?.stripeVersion).toBe(Stripe.API_VERSION);
    expect(recorded?.form.line_items).toEqual([{ price: 'price_engineer', quantity: '3' }]);
    // The SDK sends an idempotency key on every POST so its retries are safe.
    expect(recorded?.idempotencyKey).toMatch(/^stripe-node-retry-/);
  });

  it('replays a request with the same Idempotency-Key and refuses the key with other parameters', async () => {
    const a = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: 'key-1' });
    const b = await stripe.customers.create({ name: 'Once' }, { idempotencyKey: 'key-1' });
    expect(b.id).toBe(a.id);
    expect(sim.requests.at(-1)?.replayed).toBe(true);
    const error = await stripe.customers
      .create({ name: 'Other' }, { idempotencyKey: 'key-1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((error as Error).message).toMatch(/same parameters/);
  });

  it('refuses bad requests with Stripe error objects the SDK turns into its typed errors', async () => {
    const noPrice = await stripe.checkout.sessions
      .create({
        mode: 'subscription',
        line_items: [{ price: 'price_nope', quantity: 1 }],
        success_url: 'http://x',
      })
      .catch((e: unknown) => e as Stripe.errors.StripeError);
    expect(noPrice).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(noPrice).toMatchObject({
      code: 'resource_missing',
      param: 'line_items[0][price]',
      statusCode: 404,
    });
    expect((noPrice as Error).message).toMatch(/No such price: 'price_nope'$/);
    const badKey = await createStripeClient({ secretKey: 'sk_test_wrong', apiUrl: sim.url })
      .customers.create({})
      .catch((e: unknown) => e);
    expect(badKey).toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });

  it('completes checkout into an active subscription, then updates item quantities with prorations', async () => {
    const session = await stripe.checkout.sessions.create({
      mode: 'subscription',
      line_items: [{ price: 'price_engineer', quantity: 2 }],
      success_url: 'http://app.test/ok',
    });
    const { subscription } = await sim.completeCheckout(session.id);
    expect(sim.events.slice(-3).map((e) => e.type)).toEqual([
      'customer.subscription.created',
      'invoice.paid',
      'checkout.session.completed',
    ]);
    const sub = await stripe.subscriptions.retrieve(subscription.id as string);
    expect(sub.status).toBe('active');
    expect(keysOf(sub)).toEqual(keysOf(official.subscription as object));
    const item = sub.items.data[0];
    expect(item?.quantity).toBe(2);
    const updated = await stripe.subscriptions.update(sub.id, {
      items: [
        { id: item?.id as string, quantity: 4 },
        { price: 'price_l1', quantity: 1 },
      ],
      proration_behavior: 'create_prorations',
    });
    expect(updated.items.data.map((i) => [i.price.id, i.quantity])).toEqual([
      ['price_engineer', 4],
      ['price_l1', 1],
    ]);
    const prorations = sim.state.prorations.filter((p) => p.subscription === sub.id);
    expect(prorations.map((p) => [p.price, p.from, p.to])).toEqual([
      ['price_engineer', 2, 4],
      ['price_l1', 0, 1],
    ]);
    // Two more engineer seats for (nearly) the whole period.
    expect(prorations[0]?.amount).toBeGreaterThan(5700);
    expect(prorations[0]?.amount).toBeLessThanOrEqual(5800);
  });
});
