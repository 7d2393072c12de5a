import express, { Router } from 'express';
import type { SlackAdapter } from '../bot/slack/adapter.ts';
import type { TeamsAdapter } from '../bot/teams/adapter.ts';
import {
  createStripeClient,
  handleStripeWebhook,
  type StripeDeps,
  type TrialReminder,
} from '../core/billing/index.ts';
import type { Database } from '../core/db/client.ts';
import type { Logger } from '../core/shared/logger.ts';
import type { Env } from './env.ts';
import type { Mailer } from './http/mailer.ts';

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

/**
 * How a trial reminder reaches the owner: an email (what makes it count as sent: if it throws, the
 * reminder is retried) and a chat message where they are linked (best effort): a Slack DM, and on
 * Teams their 1:1 chat with the bot (needs the account's Teams technician channel for its service
 * URL; Teams users also see the countdown in `help`).
 */
export function trialReminderSender(deps: {
  mailer: Mailer;
  slack: Pick<SlackAdapter, 'notifyUser'> | undefined;
  teams?: Pick<TeamsAdapter, 'notifyUser'> | undefined;
  logger: Logger;
}): (reminder: TrialReminder) => Promise<void> {
  return async (reminder) => {
    await deps.mailer.sendNotice({
      to: reminder.owner.email,
      subject: `Your ResolutionFlow trial ends in ${reminder.daysLeft} ${reminder.daysLeft === 1 ? 'day' : 'days'}`,
      text: `Hi ${reminder.owner.name},\n\n${reminder.text}\n`,
    });
    await deps.slack
      ?.notifyUser(reminder.accountId, reminder.owner.userId, reminder.text)
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'trial reminder: Slack message failed'));
    await deps.teams
      ?.notifyUser(reminder.accountId, reminder.owner.userId, reminder.text)
      .catch((error: unknown) => deps.logger.warn({ err: error }, 'trial reminder: Teams message failed'));
  };
}
