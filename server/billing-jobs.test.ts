import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../core/db/client.ts';
import { accountBillingTable } from '../core/db/schema/billing.ts';
import { withSystemTransaction } from '../core/db/transactions.ts';
import { silentLogger } from '../core/shared/logger.ts';
import { getUser } from '../core/users/index.ts';
import type { JobDeps } from '../jobs/definition.ts';
import { billingTrialReminders } from '../jobs/definitions/billing.ts';
import { testDatabase } from '../test/db.ts';
import { createTestAccount, TEST_PASSWORD } from '../test/factories.ts';
import { api, startTestServer } from '../test/server.ts';
import { startSmtp } from '../test/smtp.ts';
import { setTrialEndsAt } from '../test/stripe.ts';
import { trialReminderSender } from './billing.ts';
import { createMailer } from './http/mailer.ts';

const DAY = 86_400_000;

describe('trial reminders: the job emails the owner at 3 days and 1 day left, each once', () => {
  let database: Database;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let deps: JobDeps;

  beforeAll(async () => {
    database = await testDatabase();
    smtp = await startSmtp();
    const mailer = createMailer({
      smtpUrl: smtp.url,
      from: 'RF <rf@test.example>',
      nodeEnv: 'test',
      logger: silentLogger,
    });
    deps = {
      database,
      logger: silentLogger,
      enqueue: async () => null,
      sendTrialReminder: trialReminderSender({ mailer, slack: undefined, logger: silentLogger }),
    };
  });
  afterAll(() => smtp.close());

  const run = () => billingTrialReminders.handle(deps, {}, { id: 'test', retryCount: 0 });
  const mailsTo = (email: string) => smtp.inbox.filter((m) => m.to.includes(email));

  it('sends the 3-day reminder once, then the 1-day one once; a subscribed account gets none', async () => {
    const trial = await createTestAccount(database, 'Reminder trial');
    const paying = await createTestAccount(database, 'Reminder paying');
    const emailOf = async (a: typeof trial) =>
      (await getUser({ ctx: a.owner, userId: a.owner.actor.kind === 'user' ? a.owner.actor.userId : '' }))
        .email;
    const [trialEmail, payingEmail] = [await emailOf(trial), await emailOf(paying)];
    await withSystemTransaction(database, 'test: subscribed', (tx) =>
      tx
        .insert(accountBillingTable)
        .values({ accountId: paying.accountId, subscriptionStatus: 'active', stripeSubscriptionId: 'sub_x' }),
    );
    // A fresh trial (14 days left) is not reminded.
    await run();
    expect(mailsTo(trialEmail)).toEqual([]);

    for (const a of [trial, paying])
      await setTrialEndsAt(database, a.accountId, new Date(Date.now() + 2.5 * DAY));
    await run();
    await run();
    const three = mailsTo(trialEmail);
    expect(three).toHaveLength(1);
    expect(three[0]?.raw).toMatch(/Subject: Your ResolutionFlow trial ends in 3 days/);
    expect(three[0]?.raw.replace(/=\r?\n/g, '')).toMatch(/After that the account moves to Free/);

    await setTrialEndsAt(database, trial.accountId, new Date(Date.now() + 0.5 * DAY));
    await run();
    await run();
    const all = mailsTo(trialEmail);
    expect(all).toHaveLength(2);
    expect(all[1]?.raw).toMatch(/Subject: Your ResolutionFlow trial ends in 1 day\b/);
    expect(mailsTo(payingEmail)).toEqual([]);
  });

  it('a failed send is not marked sent, so the next run tries again', async () => {
    const account = await createTestAccount(database, 'Reminder retry');
    await setTrialEndsAt(database, account.accountId, new Date(Date.now() + 2 * DAY));
    let fail = true;
    const flaky: JobDeps = {
      ...deps,
      sendTrialReminder: async (r) => {
        if (fail && r.accountId === account.accountId) throw new Error('SMTP down');
        await deps.sendTrialReminder?.(r);
      },
    };
    await billingTrialReminders.handle(flaky, {}, { id: 'test', retryCount: 0 });
    fail = false;
    await billingTrialReminders.handle(flaky, {}, { id: 'test', retryCount: 0 });
    const email = (
      await getUser({
        ctx: account.owner,
        userId: account.owner.actor.kind === 'user' ? account.owner.actor.userId : '',
      })
    ).email;
    expect(mailsTo(email)).toHaveLength(1);
  });
});

describe('billing without Stripe keys (npm start)', () => {
  it('shows "not configured" on the Billing page and refuses checkout saying what to set', async () => {
    const database = await testDatabase();
    const server = await startTestServer(database);
    try {
      const account = await createTestAccount(database, 'Unconfigured');
      const email = (
        await getUser({
          ctx: account.owner,
          userId: account.owner.actor.kind === 'user' ? account.owner.actor.userId : '',
        })
      ).email;
      const signedIn = await api(server, '/api/v1/auth/sign-in', {
        method: 'POST',
        body: { email, password: TEST_PASSWORD },
      });
      const token = String(signedIn.body.accessToken);
      const page = await api(server, '/api/v1/billing', { token });
      expect(page.body).toMatchObject({ configured: false, plan: 'pro', source: 'trial', trialDaysLeft: 14 });
      const checkout = await api(server, '/api/v1/billing/checkout', { method: 'POST', token, body: {} });
      expect(checkout.status).toBe(409);
      expect(checkout.body.error?.message).toMatch(
        /STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_PRICE_ENGINEER and STRIPE_PRICE_L1/,
      );
      const webhook = await fetch(`${server.url}/webhooks/stripe`, { method: 'POST', body: '{}' });
      expect(webhook.status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});
