import express, { Router } from 'express';
import { createStripeClient, handleStripeWebhook, type StripeDeps } from '../core/billing/index.ts';
import type { Database } from '../core/db/client.ts';
import type { Logger } from '../core/shared/logger.ts';
import type { Env } from './env.ts';

/** Billing is on when a Stripe secret key is set (env.ts insists on its companions). */
export function stripeFromEnv(env: Env): StripeDeps | undefined {
  if (
    !env.STRIPE_SECRET_KEY ||
    !env.STRIPE_WEBHOOK_SECRET ||
    !env.STRIPE_PRICE_ENGINEER ||
    !env.STRIPE_PRICE_L1
  ) {
    return undefined;
  }
  return {
    stripe: createStripeClient({ secretKey: env.STRIPE_SECRET_KEY, apiUrl: env.STRIPE_API_URL }),
    webhookSecret: env.STRIPE_WEBHOOK_SECRET,
    prices: { engineer: env.STRIPE_PRICE_ENGINEER, l1: env.STRIPE_PRICE_L1 },
    webhookToleranceSeconds: env.STRIPE_WEBHOOK_TOLERANCE_SECONDS,
  };
}

/**
 * `POST /webhooks/stripe`: outside sign-in and CSRF (Stripe has neither), authenticated by the
 * Stripe-Signature HMAC over the raw body — hence `express.raw`, never a JSON parser, on this route.
 * 2xx tells Stripe to stop retrying; a 4xx for a bad signature, a 5xx when applying failed (retried).
 */
export function stripeWebhookRouter(deps: {
  database: Database;
  stripe: StripeDeps | undefined;
  logger: Logger;
  now: () => Date;
}): Router {
  const router = Router();
  router.post('/webhooks/stripe', express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    if (!deps.stripe) {
      res.status(404).json({ error: { code: 'not_found', message: 'Billing is not configured.' } });
      return;
    }
    const result = await handleStripeWebhook({
      database: deps.database,
      deps: deps.stripe,
      payload: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
      signature: req.header('stripe-signature'),
      now: deps.now(),
    });
    deps.logger.info(result, 'stripe webhook');
    res.json({ received: true, ...result });
  });
  return router;
}
