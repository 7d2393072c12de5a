import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BillingView, deliverSeatSync } from '../../core/billing/index.ts';
import type { Database } from '../../core/db/client.ts';
import { stripeEventsTable } from '../../core/db/schema/billing.ts';
import { withSystemTransaction } from '../../core/db/transactions.ts';
import type { StripeSimulator } from '../../sim/stripe/index.ts';
import { testDatabase } from '../../test/db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../../test/factories.ts';
import { api, signIn } from '../../test/server.ts';
import { setTrialEndsAt, startBillingServer, stripeEnv, TEST_PRICES } from '../../test/stripe.ts';
import { stripeFromEnv } from '../billing.ts';
import type { RunningServer } from '../boot.ts';
import { loadEnv } from '../env.ts';

const DAY = 86_400_000;

describe('billing API against the Stripe simulator (real SDK, real signatures)', () => {
  let database: Database;
  let sim: StripeSimulator;
  let server: RunningServer;
  let stop: () => Promise<void>;
  /** The server's clock: real time unless a test pins it. */
  let pinned: Date | null = null;
  let account: TestAccount;
  let ownerToken: string;
  let ownerEmail: string;
  let subscriptionId: string;

  beforeAll(async () => {
    database = await testDatabase();
    ({ sim, server, stop } = await startBillingServer(database, { now: () => pinned ?? new Date() }));
    account = await createTestAccount(database, 'Billing API');
    const owner = await api(server, '/api/v1/me', { token: '' });
    expect(owner.status).toBe(401);
    ownerEmail = await withSystemTransaction(database, 'test', async (tx) => {
      const { usersTable } = await import('../../core/db/schema/users.ts');
      const [row] = await tx.select().from(usersTable).where(eq(usersTable.accountId, account.accountId));
      return row?.email ?? '';
    });
    ownerToken = await signIn(server, ownerEmail, TEST_PASSWORD);
  }, 150_000);
  afterAll(() => stop?.());

  const billing = async () =>
    (await api(server, '/api/v1/billing', { token: ownerToken })).body as unknown as BillingView;

  it('starts every account on a 14-day Pro trial, computed from its trial end', async () => {
    const status = await api(server, '/api/v1/billing/status', { token: ownerToken });
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({ plan: 'pro', source: 'trial', trialDaysLeft: 14, pastDue: false });
    const page = await billing();
    expect(page).toMatchObject({ configured: true, subscription: null });
    expect(page.seats.engineer).toEqual({ used: 1, paid: 0, limit: 100 });
  });

  it('Upgrade: checkout → hosted page → signed webhooks → Pro on a subscription, seats paid', async () => {
    await account.member('engineer');
    await account.member('l1');
    const checkout = await api(server, '/api/v1/billing/checkout', {
      method: 'POST',
      token: ownerToken,
      body: {},
    });
    expect(checkout.status).toBe(200);
    const url = String(checkout.body.url);
    expect(url).toMatch(new RegExp(`^${sim.url}/checkout/pay/cs_test_`));
    const created = sim.requests.find((r) => r.path === '/v1/checkout/sessions');
    expect(created?.form).toMatchObject({
      mode: 'subscription',
      client_reference_id: account.accountId,
      line_items: [
        { price: TEST_PRICES.engineer, quantity: '2' },
        { price: TEST_PRICES.l1, quantity: '1' },
      ],
    });
    // The customer pays on the hosted page, which sends the browser back to Billing.
    const paid = await fetch(url, { method: 'POST', redirect: 'manual' });
    expect(paid.status).toBe(303);
    expect(paid.headers.get('location')).toMatch(/\/billing\?checkout=success$/);
    expect(sim.deliveries.map((d) => [d.type, d.status])).toEqual([
      ['customer.subscription.created', 200],
      ['invoice.paid', 200],
      ['checkout.session.completed', 200],
    ]);
    subscriptionId = [...sim.state.subscriptions.keys()][0] as string;
    const page = await billing();
    expect(page).toMatchObject({ plan: 'pro', source: 'subscription', trialDaysLeft: null });
    expect(page.subscription).toMatchObject({
      status: 'active',
      nextInvoice: { amount: 2 * 2900 + 1500, currency: 'usd' },
    });
    expect(page.seats.engineer).toMatchObject({ used: 2, paid: 2 });
    expect(page.seats.l1).toMatchObject({ used: 1, paid: 1 });
    // A second checkout would buy a second subscription: refused.
    const again = await api(server, '/api/v1/billing/checkout', {
      method: 'POST',
      token: ownerToken,
      body: {},
    });
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toMatch(/already has a subscription/);
  });

  it('applies a redelivered (duplicate) event once', async () => {
    const event = sim.events.find((e) => e.type === 'invoice.paid');
    const countAudit = async () =>
      withSystemTransaction(database, 'test', async (tx) => {
        const { auditLogTable } = await import('../../core/db/schema/audit-log.ts');
        return (
          await tx
            .select()
            .from(auditLogTable)
            .where(eq(auditLogTable.action, 'billing.subscription_changed'))
        ).filter((r) => r.accountId === account.accountId).length;
      });
    const before = await countAudit();
    const again = await sim.redeliver(event as Record<string, unknown>);
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ outcome: 'duplicate' });
    expect(await countAudit()).toBe(before);
  });

  it('refuses stale, future, forged and unsigned webhooks with 400 and stores nothing', async () => {
    const sub = sim.state.subscription(subscriptionId);
    const nowS = Math.floor(Date.now() / 1000);
    const stale = await sim.emit('customer.subscription.updated', sub, { timestamp: nowS - 600 });
    const future = await sim.emit('customer.subscription.updated', sub, { timestamp: nowS + 600 });
    const forged = await sim.emit('customer.subscription.updated', sub, { secret: 'whsec_not_ours_000000' });
    for (const d of [stale, future, forged]) expect(d.status).toBe(400);
    expect(JSON.parse(stale.body).error.message).toMatch(/tolerance/i);
    expect(JSON.parse(future.body).error.message).toMatch(/future/);
    expect(JSON.parse(forged.body).error.message).toMatch(/signature/i);
    const unsigned = await fetch(`${server.url}/webhooks/stripe`, { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(400);
    const stored = await withSystemTransaction(database, 'test', (tx) =>
      tx.select().from(stripeEventsTable).where(eq(stripeEventsTable.id, stale.eventId)),
    );
    expect(stored).toEqual([]);
  });

  it('is out-of-order safe: an older subscription state arriving late changes nothing', async () => {
    const sub = structuredClone(sim.state.subscription(subscriptionId));
    // An "update" from before checkout, saying canceled, delivered now (validly signed).
    const old = await sim.emit(
      'customer.subscription.updated',
      { ...sub, status: 'canceled' },
      {
        created: Math.floor(Date.now() / 1000) - 3600,
      },
    );
    expect(old.status).toBe(200);
    expect(JSON.parse(old.body)).toMatchObject({ outcome: 'stale' });
    expect(await billing()).toMatchObject({ plan: 'pro', source: 'subscription' });
  });

  it('seats follow the team: a new engineer raises the engineer quantity (prorated) through the outbox', async () => {
    const invited = await api(server, '/api/v1/users', {
      method: 'POST',
      token: ownerToken,
      body: { email: `eng-late-${Date.now()}@test.example`, name: 'Late Engineer', role: 'engineer' },
    });
    expect(invited.status).toBe(201);
    // Recorded with the change; Stripe is untouched until the outbox delivers.
    expect((await billing()).seats.engineer).toMatchObject({ used: 3, paid: 2 });
    const report = await deliverSeatSync({
      ctx: account.system(),
      deps: stripeFromEnv(loadEnv({ ...stripeEnv(sim) }))!,
    });
    expect(report).toMatchObject({ outcome: 'updated', engineer: 3, l1: 1 });
    const update = sim.requests
      .filter((r) => r.method === 'POST' && r.path === `/v1/subscriptions/${subscriptionId}`)
      .at(-1);
    expect(update?.form).toMatchObject({ proration_behavior: 'create_prorations' });
    expect(update?.idempotencyKey).toMatch(/^seat-sync-/);
    expect(sim.state.prorations.at(-1)).toMatchObject({ price: TEST_PRICES.engineer, from: 2, to: 3 });
    expect((await billing()).seats.engineer).toMatchObject({ used: 3, paid: 3 });
    // Nothing more to do.
    expect(
      await deliverSeatSync({ ctx: account.system(), deps: stripeFromEnv(loadEnv(stripeEnv(sim)))! }),
    ).toEqual({
      outcome: 'none',
    });
  });

  it('seat sync survives Stripe failing: the outbox keeps the change and retries with backoff', async () => {
    const deps = stripeFromEnv(loadEnv(stripeEnv(sim)));
    if (!deps) throw new Error('billing not configured');
    const users = (await api(server, '/api/v1/users', { token: ownerToken })).body.users as Array<{
      id: string;
      role: string;
      name: string;
    }>;
    const late = users.find((u) => u.name === 'Late Engineer');
    const disabled = await api(server, `/api/v1/users/${late?.id}`, {
      method: 'PATCH',
      token: ownerToken,
      body: { disabled: true },
    });
    expect(disabled.status).toBe(200);
    // Retrieve fails three times: the SDK's own two retries and then us.
    sim.failNext(/^\/v1\/subscriptions\//, 3, 500);
    const first = await deliverSeatSync({ ctx: account.system(), deps });
    expect(first.outcome).toBe('retry');
    expect((await billing()).seatSync).toMatchObject({ status: 'pending', attempts: 1 });
    expect((await billing()).seatSync?.lastError).toMatch(/connection to Stripe/);
    // Not due yet (backoff), then due.
    expect(await deliverSeatSync({ ctx: account.system(), deps })).toEqual({ outcome: 'none' });
    const later = new Date(Date.now() + 60_000);
    expect(await deliverSeatSync({ ctx: account.system(), deps, now: later })).toMatchObject({
      outcome: 'updated',
      engineer: 2,
    });
    expect(sim.state.prorations.at(-1)).toMatchObject({ price: TEST_PRICES.engineer, from: 3, to: 2 });
    expect(sim.state.prorations.at(-1)?.amount).toBeLessThan(0);
  });

  it('payment failure: past-due grace for 7 days on the server clock, then Free', async () => {
    await sim.failPayment(subscriptionId);
    expect(sim.deliveries.slice(-2).map((d) => d.status)).toEqual([200, 200]);
    const grace = (await api(server, '/api/v1/billing/status', { token: ownerToken })).body;
    expect(grace).toMatchObject({ plan: 'pro', source: 'grace', pastDue: true });
    const graceEnds = Date.parse(String(grace.graceEndsAt));
    expect(graceEnds - Date.now()).toBeGreaterThan(6.9 * DAY);
    // The trial ended long ago for this test: only the grace holds Pro.
    await setTrialEndsAt(database, account.accountId, new Date(Date.now() - DAY));
    pinned = new Date(graceEnds + 60_000);
    // Sign-in sessions read the same clock: a week later, sign in again.
    ownerToken = await signIn(server, ownerEmail, TEST_PASSWORD);
    expect((await api(server, '/api/v1/billing/status', { token: ownerToken })).body).toMatchObject({
      plan: 'free',
      source: 'free',
    });
    // Free's 2 engineer seats are full (owner and engineer): inviting another is refused, naming the limit.
    const refused = await api(server, '/api/v1/users/invites', {
      method: 'POST',
      token: ownerToken,
      body: { email: `one-more-${Date.now()}@test.example`, role: 'engineer' },
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toBe(
      'Your plan has 2 engineer seats and all are used. An owner can upgrade to Pro under Billing.',
    );
    expect((refused.body.error as { details?: unknown } | undefined)?.details).toMatchObject({
      limit: 'engineerSeats',
      plan: 'free',
      max: 2,
      used: 2,
    });
    const invites = await api(server, '/api/v1/users/invites', { token: ownerToken });
    expect(invites.body.invites).toEqual([]);
    // Paying restores Pro at once.
    pinned = null;
    ownerToken = await signIn(server, ownerEmail, TEST_PASSWORD);
    await sim.payInvoice(subscriptionId);
    expect((await api(server, '/api/v1/billing/status', { token: ownerToken })).body).toMatchObject({
      plan: 'pro',
      source: 'subscription',
      pastDue: false,
    });
  });

  it('Manage in Stripe opens the Customer Portal; owner only; another account sees its own plan', async () => {
    const portal = await api(server, '/api/v1/billing/portal', { method: 'POST', token: ownerToken });
    expect(portal.status).toBe(200);
    expect(String(portal.body.url)).toMatch(new RegExp(`^${sim.url}/portal/bps_`));
    const engineer = await account.member('engineer');
    const engineerToken = await signIn(server, engineer.email, TEST_PASSWORD);
    for (const [method, path] of [
      ['GET', '/api/v1/billing'],
      ['POST', '/api/v1/billing/checkout'],
      ['POST', '/api/v1/billing/portal'],
    ] as const) {
      const res = await api(server, path, {
        method,
        token: engineerToken,
        ...(method === 'POST' ? { body: {} } : {}),
      });
      expect(res.status, path).toBe(403);
    }
    // Everyone sees the plan line.
    expect((await api(server, '/api/v1/billing/status', { token: engineerToken })).body).toMatchObject({
      plan: 'pro',
    });
    const other = await createTestAccount(database, 'Billing other');
    const otherOwner = await withSystemTransaction(database, 'test', async (tx) => {
      const { usersTable } = await import('../../core/db/schema/users.ts');
      const [row] = await tx.select().from(usersTable).where(eq(usersTable.accountId, other.accountId));
      return row?.email ?? '';
    });
    const otherToken = await signIn(server, otherOwner, TEST_PASSWORD);
    expect((await api(server, '/api/v1/billing', { token: otherToken })).body).toMatchObject({
      source: 'trial',
      subscription: null,
    });
  });
});
