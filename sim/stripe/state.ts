import { invalid, missing, required } from './errors.ts';
import type { FormValue } from './form.ts';
import { customerObject, priceObject, type SimPrice, stripeId, template } from './objects.ts';

type Json = Record<string, unknown>;
type Form = Record<string, FormValue>;

const str = (v: FormValue | undefined) => (typeof v === 'string' ? v : undefined);
const int = (v: FormValue | undefined, param: string) => {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !/^\d+$/.test(v)) throw invalid(`Invalid integer: ${String(v)}`, param);
  return Number(v);
};

export interface Proration {
  subscription: string;
  price: string;
  from: number;
  to: number;
  /** Cents, positive = charge, negative = credit, for the rest of the current period. */
  amount: number;
}

/** Everything the simulated Stripe account holds, and the verbs that change it. */
export class StripeState {
  readonly prices = new Map<string, Json>();
  readonly customers = new Map<string, Json>();
  readonly checkoutSessions = new Map<string, Json>();
  readonly portalSessions = new Map<string, Json>();
  readonly subscriptions = new Map<string, Json>();
  readonly invoices = new Map<string, Json>();
  readonly prorations: Proration[] = [];

  constructor(
    readonly now: () => number,
    private readonly publicUrl: () => string,
  ) {}

  seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  addPrice(p: SimPrice): Json {
    const price = priceObject(p, this.seconds());
    this.prices.set(p.id, price);
    return price;
  }

  price(id: string, param?: string): Json {
    const p = this.prices.get(id);
    if (!p) throw missing('price', id, param);
    return p;
  }

  customer(id: string, param?: string): Json {
    const c = this.customers.get(id);
    if (!c) throw missing('customer', id, param);
    return c;
  }

  subscription(id: string): Json {
    const s = this.subscriptions.get(id);
    if (!s) throw missing('subscription', id, 'id');
    return s;
  }

  createCustomer(form: Form): Json {
    const c = customerObject(stripeId('cus'), this.seconds(), form as Json);
    this.customers.set(c.id as string, c);
    return c;
  }

  createCheckoutSession(form: Form): Json {
    const mode = str(form.mode);
    if (!mode) throw required('mode');
    if (!['payment', 'setup', 'subscription'].includes(mode)) throw invalid(`Invalid mode: ${mode}`, 'mode');
    const successUrl = str(form.success_url);
    if (!successUrl) throw required('success_url');
    const customer = str(form.customer);
    if (customer) this.customer(customer, 'customer');
    const lines = Array.isArray(form.line_items) ? form.line_items : [];
    if (mode === 'subscription' && lines.length === 0) throw required('line_items');
    const items = lines.map((line, i) => {
      const l = line as Form;
      const priceId = str(l.price);
      if (!priceId) throw required(`line_items[${i}][price]`);
      const price = this.price(priceId, `line_items[${i}][price]`);
      const quantity = int(l.quantity, `line_items[${i}][quantity]`) ?? 1;
      if (quantity < 1) throw invalid('Quantity must be at least 1.', `line_items[${i}][quantity]`);
      return { price, quantity };
    });
    const id = stripeId('cs_test');
    const amount = items.reduce((sum, it) => sum + (it.price.unit_amount as number) * it.quantity, 0);
    const session: Json = {
      ...template('checkout.session'),
      id,
      object: 'checkout.session',
      created: this.seconds(),
      expires_at: this.seconds() + 24 * 3600,
      mode,
      customer: customer ?? null,
      client_reference_id: str(form.client_reference_id) ?? null,
      metadata: (form.metadata as Json | undefined) ?? {},
      success_url: successUrl,
      cancel_url: str(form.cancel_url) ?? null,
      amount_subtotal: amount,
      amount_total: amount,
      currency: (items[0]?.price.currency as string | undefined) ?? 'usd',
      status: 'open',
      payment_status: 'unpaid',
      subscription: null,
      invoice: null,
      livemode: false,
      url: `${this.publicUrl()}/checkout/pay/${id}`,
    };
    // Kept beside the session for completing it: what was bought and the subscription's metadata.
    this.checkoutSessions.set(id, session);
    this.pending.set(id, {
      items,
      subscriptionMetadata:
        ((form.subscription_data as Form | undefined)?.metadata as Json | undefined) ?? {},
    });
    return session;
  }

  private readonly pending = new Map<
    string,
    { items: Array<{ price: Json; quantity: number }>; subscriptionMetadata: Json }
  >();

  /** What a checkout session sells, for its hosted page. */
  linesOf(id: string): Array<{ name: string; quantity: number; amount: number }> {
    return (this.pending.get(id)?.items ?? []).map((it) => ({
      name: String(it.price.nickname ?? it.price.id),
      quantity: it.quantity,
      amount: (it.price.unit_amount as number) * it.quantity,
    }));
  }

  /** The customer paid on the hosted page: a subscription (active), its first invoice (paid). */
  completeCheckout(id: string): { session: Json; subscription: Json; invoice: Json } {
    const session = this.checkoutSessions.get(id);
    const pending = this.pending.get(id);
    if (!session || !pending) throw missing('checkout session', id);
    if (session.status !== 'open') throw invalid('This Checkout Session is no longer open.');
    let customer = session.customer as string | null;
    if (!customer) customer = this.createCustomer({}).id as string;
    const subscription = this.createSubscription(customer, pending.items, pending.subscriptionMetadata);
    const invoice = this.createInvoice(subscription, 'paid');
    Object.assign(session, {
      customer,
      status: 'complete',
      payment_status: 'paid',
      subscription: subscription.id,
      invoice: invoice.id,
    });
    return { session, subscription, invoice };
  }

  private createSubscription(
    customer: string,
    items: Array<{ price: Json; quantity: number }>,
    metadata: Json,
  ): Json {
    const now = this.seconds();
    const id = stripeId('sub');
    const periodEnd = now + 30 * 86_400;
    const sub: Json = {
      ...template('subscription'),
      id,
      object: 'subscription',
      customer,
      created: now,
      start_date: now,
      billing_cycle_anchor: now,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      cancel_at_period_end: false,
      currency: (items[0]?.price.currency as string | undefined) ?? 'usd',
      discounts: [],
      latest_invoice: null,
      metadata,
      status: 'active',
      trial_end: null,
      trial_start: null,
      schedule: null,
      test_clock: null,
      pending_update: null,
      items: {
        object: 'list',
        has_more: false,
        url: `/v1/subscription_items?subscription=${id}`,
        data: items.map((it) => this.item(id, it.price, it.quantity, now, periodEnd)),
        total_count: items.length,
      },
    };
    this.subscriptions.set(id, sub);
    return sub;
  }

  item(subscription: string, price: Json, quantity: number, start: number, end: number): Json {
    return {
      ...template('subscription_item'),
      id: stripeId('si'),
      created: this.seconds(),
      metadata: {},
      price,
      quantity,
      subscription,
      current_period_start: start,
      current_period_end: end,
    };
  }

  createInvoice(sub: Json, status: 'paid' | 'open'): Json {
    const items = (sub.items as { data: Json[] }).data;
    const total = items.reduce(
      (s, i) => s + ((i.price as Json).unit_amount as number) * (i.quantity as number),
      0,
    );
    const id = stripeId('in');
    const invoice: Json = {
      ...template('invoice'),
      id,
      customer: sub.customer,
      created: this.seconds(),
      currency: sub.currency,
      amount_due: total,
      amount_paid: status === 'paid' ? total : 0,
      amount_remaining: status === 'paid' ? 0 : total,
      attempt_count: 1,
      attempted: true,
      billing_reason: 'subscription_cycle',
      status,
      subscription: sub.id,
      parent: {
        type: 'subscription_details',
        quote_details: null,
        subscription_details: { metadata: sub.metadata, subscription: sub.id },
      },
    };
    this.invoices.set(id, invoice);
    sub.latest_invoice = id;
    return invoice;
  }
}
