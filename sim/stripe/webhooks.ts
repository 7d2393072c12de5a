import { createHmac } from 'node:crypto';
import { stripeId, template } from './objects.ts';

type Json = Record<string, unknown>;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload" with the endpoint secret>`, as Stripe signs. */
export function signPayload(payload: string, secret: string, timestamp: number): string {
  const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${v1}`;
}

export function eventObject(
  type: string,
  object: Json,
  created: number,
  apiVersion: string,
  previous?: Json,
): Json {
  return {
    ...template('event'),
    id: stripeId('evt'),
    object: 'event',
    api_version: apiVersion,
    created,
    type,
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    data: { object: structuredClone(object), ...(previous ? { previous_attributes: previous } : {}) },
  };
}

export interface Delivery {
  eventId: string;
  type: string;
  status: number;
  body: string;
}

/** POSTs one event to the endpoint, signed; `timestamp` lets a test sign stale or future events. */
export async function deliver(
  endpoint: { url: string; secret: string },
  event: Json,
  timestamp: number,
  options: { secret?: string } = {},
): Promise<Delivery> {
  const payload = JSON.stringify(event, null, 2);
  const res = await fetch(endpoint.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json; charset=utf-8',
      'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
      'stripe-signature': signPayload(payload, options.secret ?? endpoint.secret, timestamp),
    },
    body: payload,
  });
  return {
    eventId: event.id as string,
    type: event.type as string,
    status: res.status,
    body: await res.text(),
  };
}
