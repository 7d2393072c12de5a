import { createServer, type IncomingMessage, type Server } from 'node:http';
import { listenLocal } from '../shared/kit.ts';
import { StripeSimError } from './errors.ts';
import { decodeForm, type FormValue } from './form.ts';
import { stripeId } from './objects.ts';
import { checkoutPage, portalPage } from './pages.ts';
import { StripeState } from './state.ts';
import { updateSubscription } from './subscription-update.ts';
import { type Delivery, deliver, eventObject } from './webhooks.ts';

type Json = Record<string, unknown>;

export const STRIPE_SIM_SECRET_KEY = 'sk_test_simulator_0000000000000000';
/** The API version the simulator says it speaks when a request names none. */
export const STRIPE_SIM_DEFAULT_VERSION = '2026-11-18.endive';

export interface RecordedStripeRequest {
  method: string;
  path: string;
  stripeVersion: string | undefined;
  idempotencyKey: string | undefined;
  form: Record<string, FormValue>;
  status: number;
  replayed: boolean;
}

export interface StripeSimulatorOptions {
  secretKey?: string;
  prices?: Array<{ id: string; unitAmount: number; nickname: string; currency?: string }>;
  webhook?: { url: string; secret: string };
  /** Milliseconds; defaults to the real clock. */
  now?: () => number;
}

export interface StripeSimulator {
  url: string;
  state: StripeState;
  requests: RecordedStripeRequest[];
  deliveries: Delivery[];
  events: Json[];
  setWebhook(endpoint: { url: string; secret: string }): void;
  /** Builds an event for `object` as Stripe would and delivers it, signed (optionally at another time or with another secret). */
  emit(
    type: string,
    object: Json,
    options?: { previous?: Json; timestamp?: number; created?: number; secret?: string },
  ): Promise<Delivery>;
  /** Re-sends an event already sent (Stripe retries; replays). */
  redeliver(event: Json, options?: { timestamp?: number; secret?: string }): Promise<Delivery>;
  completeCheckout(sessionId: string): Promise<{ subscription: Json }>;
  failPayment(subscriptionId: string): Promise<void>;
  payInvoice(subscriptionId: string): Promise<void>;
  cancelSubscription(subscriptionId: string): Promise<void>;
  /** The next `times` API requests matching the path answer with this error (500 by default). */
  failNext(path: RegExp, times?: number, status?: number): void;
  close(): Promise<void>;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A local Stripe: the REST endpoints ResolutionFlow calls (customers, prices, checkout.sessions,
 * billing_portal.sessions, subscriptions retrieve/update/cancel) in Stripe's wire format — Bearer
 * secret key, form-encoded bodies, `Stripe-Version`, `Idempotency-Key` (the saved response is
 * replayed with `Idempotent-Replayed: true`; the same key with other parameters is an
 * `idempotency_error`), Stripe error objects — plus hosted Checkout and Portal pages and signed
 * webhooks. Built from docs.stripe.com/api and the official example objects.
 */
export async function startStripeSimulator(options: StripeSimulatorOptions = {}): Promise<StripeSimulator> {
  const secretKey = options.secretKey ?? STRIPE_SIM_SECRET_KEY;
  const now = options.now ?? (() => Date.now());
  let url = '';
  const state = new StripeState(now, () => url);
  for (const p of options.prices ?? []) {
    state.addPrice({
      id: p.id,
      unitAmount: p.unitAmount,
      nickname: p.nickname,
      currency: p.currency ?? 'usd',
      product: stripeId('prod'),
    });
  }
  let webhook = options.webhook;
  const requests: RecordedStripeRequest[] = [];
  const deliveries: Delivery[] = [];
  const events: Json[] = [];
  const idempotency = new Map<string, { fingerprint: string; status: number; body: string }>();
  const faults: Array<{ path: RegExp; remaining: number; status: number }> = [];

  async function emit(
    type: string,
    object: Json,
    o: { previous?: Json; timestamp?: number; created?: number; secret?: string } = {},
  ) {
    const event = eventObject(
      type,
      object,
      o.created ?? state.seconds(),
      STRIPE_SIM_DEFAULT_VERSION,
      o.previous,
    );
    events.push(event);
    return redeliver(event, o);
  }
  async function redeliver(event: Json, o: { timestamp?: number; secret?: string } = {}) {
    // Like a Stripe account without an endpoint: the event exists, nobody is told.
    if (!webhook) return { eventId: event.id as string, type: event.type as string, status: 0, body: '' };
    const d = await deliver(
      webhook,
      event,
      o.timestamp ?? state.seconds(),
      o.secret ? { secret: o.secret } : {},
    );
    deliveries.push(d);
    return d;
  }

  function api(
    method: string,
    path: string,
    form: Record<string, FormValue>,
  ): { status: number; body: Json } {
    const param = (re: RegExp) => re.exec(path)?.[1];
    const customerId = param(/^\/v1\/customers\/([^/]+)$/);
    const priceId = param(/^\/v1\/prices\/([^/]+)$/);
    const sessionId = param(/^\/v1\/checkout\/sessions\/([^/]+)$/);
    const subId = param(/^\/v1\/subscriptions\/([^/]+)$/);
    if (method === 'POST' && path === '/v1/customers')
      return { status: 200, body: state.createCustomer(form) };
    if (method === 'GET' && customerId) return { status: 200, body: state.customer(customerId) };
    if (method === 'GET' && path === '/v1/prices') {
      const data = [...state.prices.values()];
      return { status: 200, body: { object: 'list', url: '/v1/prices', has_more: false, data } };
    }
    if (method === 'GET' && priceId) return { status: 200, body: state.price(priceId) };
    if (method === 'POST' && path === '/v1/checkout/sessions')
      return { status: 200, body: state.createCheckoutSession(form) };
    if (method === 'GET' && sessionId) {
      const s = state.checkoutSessions.get(sessionId);
      if (!s)
        throw new StripeSimError(
          404,
          'invalid_request_error',
          `No such checkout.session: '${sessionId}'`,
          'resource_missing',
          'id',
        );
      return { status: 200, body: s };
    }
    if (method === 'POST' && path === '/v1/billing_portal/sessions') {
      const customer = typeof form.customer === 'string' ? form.customer : undefined;
      if (!customer)
        throw new StripeSimError(
          400,
          'invalid_request_error',
          'Missing required param: customer.',
          'parameter_missing',
          'customer',
        );
      state.customer(customer, 'customer');
      const id = stripeId('bps');
      const portal = {
        id,
        object: 'billing_portal.session',
        configuration: 'bpc_simulator',
        created: state.seconds(),
        customer,
        flow: null,
        livemode: false,
        locale: null,
        on_behalf_of: null,
        return_url: typeof form.return_url === 'string' ? form.return_url : null,
        url: `${url}/portal/${id}`,
        customer_account: null,
      };
      state.portalSessions.set(id, portal);
      return { status: 200, body: portal };
    }
    if (subId) {
      const id = subId;
      if (method === 'GET') return { status: 200, body: state.subscription(id) };
      if (method === 'POST') {
        const { sub, previous } = updateSubscription(state, id, form);
        pendingEvents.push(['customer.subscription.updated', sub, previous]);
        return { status: 200, body: sub };
      }
      if (method === 'DELETE') {
        cancel(state.subscription(id));
        pendingEvents.push(['customer.subscription.deleted', state.subscription(id), undefined]);
        return { status: 200, body: state.subscription(id) };
      }
    }
    throw new StripeSimError(404, 'invalid_request_error', `Unrecognized request URL (${method}: ${path}).`);
  }

  function cancel(sub: Json) {
    Object.assign(sub, { status: 'canceled', canceled_at: state.seconds(), ended_at: state.seconds() });
  }

  // Events caused by API calls are delivered after the response, like Stripe's asynchronous webhooks.
  const pendingEvents: Array<[string, Json, Json | undefined]> = [];
  const flushEvents = async () => {
    while (pendingEvents.length && webhook) {
      const [type, object, previous] = pendingEvents.shift() as [string, Json, Json | undefined];
      await emit(type, object, previous ? { previous } : {}).catch(() => undefined);
    }
  };

  async function completeCheckout(sessionId: string) {
    const { session, subscription, invoice } = state.completeCheckout(sessionId);
    await emit('customer.subscription.created', subscription);
    await emit('invoice.paid', invoice);
    await emit('checkout.session.completed', session);
    return { subscription };
  }

  const server: Server = createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://localhost');
    const body = await readBody(req);
    const send = (
      status: number,
      payload: string,
      type = 'application/json',
      headers: Record<string, string> = {},
    ) => {
      res.writeHead(status, { 'content-type': type, 'request-id': stripeId('req'), ...headers });
      res.end(payload);
    };
    try {
      // Hosted pages: the browser, not the SDK.
      const pay = /^\/checkout\/pay\/([^/]+)$/.exec(u.pathname);
      const m = /^\/portal\/([^/]+)(\/cancel)?$/.exec(u.pathname);
      if (pay) {
        const session = state.checkoutSessions.get(pay[1] as string);
        if (!session) return send(404, 'No such checkout session', 'text/plain');
        if (req.method === 'POST' && session.status === 'open') {
          await completeCheckout(session.id as string);
          res.writeHead(303, { location: String(session.success_url) });
          return res.end();
        }
        const lines = state.linesOf(session.id as string);
        return send(200, checkoutPage(session, lines), 'text/html; charset=utf-8');
      }
      if (m) {
        const portal = state.portalSessions.get(m[1] as string);
        if (!portal) return send(404, 'No such portal session', 'text/plain');
        const sub = [...state.subscriptions.values()].find(
          (s) => s.customer === portal.customer && s.status !== 'canceled',
        );
        if (req.method === 'POST' && m[2] && sub) {
          cancel(sub);
          await emit('customer.subscription.deleted', sub);
          res.writeHead(303, { location: `/portal/${portal.id}` });
          return res.end();
        }
        return send(200, portalPage(portal, sub), 'text/html; charset=utf-8');
      }

      const auth = req.headers.authorization ?? '';
      if (auth !== `Bearer ${secretKey}`) {
        throw new StripeSimError(
          401,
          'invalid_request_error',
          `Invalid API Key provided: ${auth.replace(/^Bearer /, '').slice(0, 8)}****`,
        );
      }
      const form = body ? decodeForm(body) : Object.fromEntries(u.searchParams);
      const record: RecordedStripeRequest = {
        method: req.method ?? 'GET',
        path: u.pathname,
        stripeVersion: req.headers['stripe-version'] as string | undefined,
        idempotencyKey: req.headers['idempotency-key'] as string | undefined,
        form,
        status: 0,
        replayed: false,
      };
      requests.push(record);
      const version = record.stripeVersion ?? STRIPE_SIM_DEFAULT_VERSION;
      const key = record.method === 'POST' ? record.idempotencyKey : undefined;
      const fingerprint = `${record.method} ${u.pathname} ${body}`;
      if (key) {
        const saved = idempotency.get(key);
        if (saved && saved.fingerprint !== fingerprint) {
          throw new StripeSimError(
            400,
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          );
        }
        if (saved) {
          record.status = saved.status;
          record.replayed = true;
          return send(saved.status, saved.body, 'application/json', {
            'idempotent-replayed': 'true',
            'stripe-version': version,
          });
        }
      }
      const fault = faults.find((f) => f.remaining > 0 && f.path.test(u.pathname));
      if (fault) {
        fault.remaining -= 1;
        throw new StripeSimError(
          fault.status,
          'api_error',
          'An error occurred with our connection to Stripe. (simulated)',
        );
      }
      const out = api(record.method, u.pathname, form);
      const text = JSON.stringify(out.body);
      if (key) idempotency.set(key, { fingerprint, status: out.status, body: text });
      record.status = out.status;
      send(out.status, text, 'application/json', { 'stripe-version': version });
      await flushEvents();
    } catch (error) {
      const e =
        error instanceof StripeSimError ? error : new StripeSimError(500, 'api_error', 'Simulator fault');
      const last = requests.at(-1);
      if (last && last.status === 0) last.status = e.status;
      send(e.status, JSON.stringify(e.body()));
    }
  });
  url = await listenLocal(server);

  return {
    url,
    state,
    requests,
    deliveries,
    events,
    setWebhook(endpoint) {
      webhook = endpoint;
    },
    emit,
    redeliver,
    completeCheckout,
    async failPayment(subscriptionId) {
      const sub = state.subscription(subscriptionId);
      const previous = { status: sub.status };
      sub.status = 'past_due';
      const invoice = state.createInvoice(sub, 'open');
      await emit('invoice.payment_failed', invoice);
      await emit('customer.subscription.updated', sub, { previous });
    },
    async payInvoice(subscriptionId) {
      const sub = state.subscription(subscriptionId);
      const previous = { status: sub.status };
      sub.status = 'active';
      const invoice = state.createInvoice(sub, 'paid');
      await emit('invoice.paid', invoice);
      await emit('customer.subscription.updated', sub, { previous });
    },
    async cancelSubscription(subscriptionId) {
      const sub = state.subscription(subscriptionId);
      cancel(sub);
      await emit('customer.subscription.deleted', sub);
    },
    failNext(path, times = 1, status = 500) {
      faults.push({ path, remaining: times, status });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
