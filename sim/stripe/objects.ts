import fixtures from '../../test/contracts/stripe/fixtures3.json' with { type: 'json' };

/**
 * Stripe objects are built from Stripe's own example objects (stripe/openapi `fixtures3.json`,
 * copied into test/contracts/stripe/): every field Stripe sends is present with its documented
 * shape, and the simulator overwrites the ones it models.
 */
type Json = Record<string, unknown>;
const resources = (fixtures as unknown as { resources: Record<string, Json> }).resources;

export function template(resource: string): Json {
  const found = resources[resource];
  if (!found) throw new Error(`no Stripe fixture for ${resource}`);
  return structuredClone(found);
}

let counter = 0;
/** Ids shaped like Stripe's: a type prefix and 24 base62-ish characters. */
export function stripeId(prefix: string): string {
  counter += 1;
  const random = Math.random().toString(36).slice(2, 12) + Date.now().toString(36);
  return `${prefix}_${(random + counter.toString(36)).padEnd(24, '0').slice(0, 24)}`;
}

export interface SimPrice {
  id: string;
  unitAmount: number;
  currency: string;
  nickname: string;
  product: string;
}

export function priceObject(p: SimPrice, created: number): Json {
  return {
    ...template('price'),
    id: p.id,
    created,
    unit_amount: p.unitAmount,
    unit_amount_decimal: String(p.unitAmount),
    currency: p.currency,
    nickname: p.nickname,
    product: p.product,
    lookup_key: null,
    transform_quantity: null,
    recurring: {
      interval: 'month',
      interval_count: 1,
      meter: null,
      usage_type: 'licensed',
      trial_period_days: null,
    },
  };
}

export function customerObject(id: string, created: number, params: Json): Json {
  return {
    ...template('customer'),
    id,
    created,
    discount: null,
    email: (params.email as string | undefined) ?? null,
    name: (params.name as string | undefined) ?? null,
    description: (params.description as string | undefined) ?? null,
    metadata: (params.metadata as Json | undefined) ?? {},
  };
}
