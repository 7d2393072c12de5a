import type { Request } from 'express';
import {
  CheckoutInput,
  getBilling,
  getPlanStatus,
  openBillingPortal,
  type StripeDeps,
  startCheckout,
} from '../../core/billing/index.ts';
import { ServiceError } from '../../core/shared/errors.ts';
import { tenantContext } from '../http/auth.ts';
import { type RouteGroup, routeGroup } from '../http/routes.ts';

export interface BillingApiDeps {
  stripe: StripeDeps | undefined;
  publicUrl: string | undefined;
  now: () => Date;
}

/**
 * A 409, not a 5xx: the server is healthy, this account's deployment simply has no Stripe keys, and
 * the message says what to set.
 */
function requireStripe(stripe: StripeDeps | undefined): StripeDeps {
  if (!stripe) {
    throw new ServiceError(
      'conflict',
      'Billing is not configured on this server: set STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_ENGINEER and STRIPE_PRICE_L1.',
    );
  }
  return stripe;
}

/** Where Stripe sends the browser back: the Billing page of this admin web. */
function billingPageUrl(req: Request, publicUrl: string | undefined): string {
  const base = publicUrl ?? `${req.protocol}://${req.get('host')}`;
  return `${base.replace(/\/$/, '')}/billing`;
}

/** The plan for everyone (trial countdown, past-due banner); the Billing page and Stripe for the owner. */
export function billingRoutes(deps: BillingApiDeps): RouteGroup {
  const r = routeGroup('/billing', { tag: 'billing' });
  r.get('/status', { summary: 'The plan in force, trial days left, past-due grace' }, async (_req, res) => {
    res.json(await getPlanStatus({ ctx: tenantContext(res), now: deps.now() }));
  });
  r.get(
    '/',
    {
      summary: 'Billing: plan, seats used vs paid, next invoice, limits and usage (owner)',
      permission: 'billing.manage',
    },
    async (_req, res) => {
      res.json(
        await getBilling({ ctx: tenantContext(res), configured: Boolean(deps.stripe), now: deps.now() }),
      );
    },
  );
  r.post(
    '/checkout',
    {
      summary: 'Start a Stripe Checkout for Pro, one line per paid seat tier (owner)',
      permission: 'billing.manage',
      body: CheckoutInput,
    },
    async (req, res) => {
      const stripe = requireStripe(deps.stripe);
      res.json(
        await startCheckout({
          ctx: tenantContext(res),
          deps: stripe,
          input: req.body ?? {},
          returnUrl: billingPageUrl(req, deps.publicUrl),
        }),
      );
    },
  );
  r.post(
    '/portal',
    {
      summary: 'Open the Stripe Customer Portal: cards, invoices, cancellation (owner)',
      permission: 'billing.manage',
    },
    async (req, res) => {
      const stripe = requireStripe(deps.stripe);
      res.json(
        await openBillingPortal({
          ctx: tenantContext(res),
          deps: stripe,
          returnUrl: billingPageUrl(req, deps.publicUrl),
        }),
      );
    },
  );
  return r;
}
