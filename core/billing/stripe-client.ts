import Stripe from 'stripe';

/** What billing needs from Stripe; absent when STRIPE_SECRET_KEY is not set ("not configured"). */
export interface StripeDeps {
  stripe: Stripe;
  webhookSecret: string;
  /** Recurring per-seat prices: one subscription item per paid seat tier. */
  prices: { engineer: string; l1: string };
  /** Seconds a webhook's signed timestamp may differ from our clock, either way. */
  webhookToleranceSeconds: number;
}

/**
 * The real Stripe SDK. `apiUrl` points it elsewhere (the local simulator in tests and demos): the
 * SDK takes host, port and protocol separately, not a base URL.
 */
export function createStripeClient(options: { secretKey: string; apiUrl?: string | undefined }): Stripe {
  const config: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 20_000, telemetry: false };
  if (options.apiUrl) {
    const url = new URL(options.apiUrl);
    config.host = url.hostname;
    config.protocol = url.protocol === 'http:' ? 'http' : 'https';
    config.port = Number(url.port || (url.protocol === 'http:' ? 80 : 443));
  }
  return new Stripe(options.secretKey, config);
}
