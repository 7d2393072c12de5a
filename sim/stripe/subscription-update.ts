import { invalid, missing, StripeSimError } from './errors.ts';
import type { FormValue } from './form.ts';
import type { StripeState } from './state.ts';

type Json = Record<string, unknown>;
type Form = Record<string, FormValue>;
const PRORATION = ['create_prorations', 'none', 'always_invoice'];

/**
 * `POST /v1/subscriptions/:id`: item quantities (by item id), new items (by price), deleted items,
 * `proration_behavior` and `cancel_at_period_end`. A quantity change with prorations records the
 * credit/charge for the unused part of the current period, as Stripe computes it per second.
 */
export function updateSubscription(
  state: StripeState,
  id: string,
  form: Form,
): { sub: Json; previous: Json } {
  const sub = state.subscription(id);
  if (sub.status === 'canceled') {
    throw new StripeSimError(
      400,
      'invalid_request_error',
      'A canceled subscription can only update its cancellation_details and metadata.',
      'resource_invalid_state',
    );
  }
  const behavior =
    typeof form.proration_behavior === 'string' ? form.proration_behavior : 'create_prorations';
  if (!PRORATION.includes(behavior))
    throw invalid(`Invalid proration_behavior: ${behavior}`, 'proration_behavior');
  const list = sub.items as { data: Json[]; total_count: number };
  const changes = Array.isArray(form.items) ? (form.items as Form[]) : [];
  const now = state.seconds();
  // Validate every change before applying any: a refused request changes nothing.
  const planned = changes.map((change, i) => {
    const quantity = typeof change.quantity === 'string' ? Number(change.quantity) : undefined;
    if (quantity !== undefined && (!Number.isInteger(quantity) || quantity < 0)) {
      throw invalid('Invalid integer quantity.', `items[${i}][quantity]`);
    }
    if (typeof change.id === 'string') {
      const item = list.data.find((it) => it.id === change.id);
      if (!item) throw missing('subscription item', change.id, `items[${i}][id]`);
      return { item, quantity, deleted: change.deleted === 'true' };
    }
    if (typeof change.price === 'string') {
      const price = state.price(change.price, `items[${i}][price]`);
      if (list.data.some((it) => (it.price as Json).id === price.id)) {
        throw invalid('Cannot add multiple subscription items with the same plan.', `items[${i}][price]`);
      }
      return { price, quantity: quantity ?? 1, deleted: false };
    }
    throw invalid('Each item needs an id or a price.', `items[${i}]`);
  });
  const previous = { items: structuredClone(list.data) };
  for (const p of planned) {
    const first = list.data[0];
    const start = (first?.current_period_start as number | undefined) ?? now;
    const end = (first?.current_period_end as number | undefined) ?? now + 30 * 86_400;
    const fraction = Math.max(0, end - now) / Math.max(1, end - start);
    if ('item' in p && p.item) {
      const from = p.item.quantity as number;
      const to = p.deleted ? 0 : (p.quantity ?? from);
      if (p.deleted) list.data.splice(list.data.indexOf(p.item), 1);
      else p.item.quantity = to;
      record(state, behavior, sub.id as string, p.item.price as Json, from, to, fraction);
    } else if ('price' in p && p.price) {
      list.data.push(state.item(sub.id as string, p.price, p.quantity, start, end));
      record(state, behavior, sub.id as string, p.price, 0, p.quantity, fraction);
    }
  }
  list.total_count = list.data.length;
  if (typeof form.cancel_at_period_end === 'string') {
    sub.cancel_at_period_end = form.cancel_at_period_end === 'true';
  }
  if (form.metadata && typeof form.metadata === 'object') {
    sub.metadata = { ...(sub.metadata as Json), ...(form.metadata as Json) };
  }
  return { sub, previous };
}

function record(
  state: StripeState,
  behavior: string,
  subscription: string,
  price: Json,
  from: number,
  to: number,
  fraction: number,
) {
  if (behavior === 'none' || from === to) return;
  state.prorations.push({
    subscription,
    price: price.id as string,
    from,
    to,
    amount: Math.round((to - from) * (price.unit_amount as number) * fraction),
  });
}
