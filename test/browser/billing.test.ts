import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getUser } from '../../core/users/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import type { StripeSimulator } from '../../sim/stripe/index.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { startBillingServer } from '../stripe.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/**
 * The owner's Billing page in real Chromium: the Pro trial countdown, Upgrade → Stripe Checkout
 * (the simulator's hosted page) → back to Billing on Pro, with the signed webhooks in between.
 */
describe('admin web: Billing → Upgrade → Checkout → Pro in Chromium', { timeout: 120_000 }, () => {
  let sim: StripeSimulator;
  let server: RunningServer;
  let stop: () => Promise<void>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Billing MSP');
    await account.member('engineer', { name: 'Erin Engineer' });
    ({ sim, server, stop } = await startBillingServer(database));
    const actor = account.owner.actor;
    const ownerEmail = (
      await getUser({ ctx: account.owner, userId: actor.kind === 'user' ? actor.userId : '' })
    ).email;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(20_000);
    page.on('console', (msg: ConsoleMessage) => {
      if (msg.type() === 'error') consoleErrors.push(`${msg.text()} @ ${msg.location().url}`);
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    await page.goto(`${server.url}/billing`);
    await page.getByLabel('Email').fill(ownerEmail);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Billing' }).waitFor();
    consoleErrors.length = 0;
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await stop?.();
  });

  it('shows the trial countdown, upgrades through Checkout and comes back on Pro', async () => {
    await expect
      .poll(() => page.getByTestId('billing-plan-line').textContent())
      .toMatch(/^Pro trial: 14 days left/);
    await expect.poll(() => page.getByTestId('plan-badge').textContent()).toBe('Pro trial · 14 days left');
    const seats = await page.getByTestId('seats').textContent();
    expect(seats).toMatch(/Engineer \(owners, admins, engineers\)2—100/);
    await screenshot(page, 'billing-trial');

    await page.getByRole('button', { name: 'Upgrade to Pro' }).click();
    await page.getByRole('heading', { name: 'Subscribe' }).waitFor();
    expect(page.url()).toMatch(new RegExp(`^${sim.url}/checkout/pay/cs_test_`));
    expect(await page.locator('table').textContent()).toMatch(/Engineer seat× 2/);
    await page.getByRole('button', { name: 'Pay and subscribe' }).click();

    await page.waitForURL(/\/billing\?checkout=success$/);
    await expect
      .poll(() => page.getByTestId('billing-plan-line').textContent())
      .toBe('Pro, paid monthly per seat.');
    await expect
      .poll(() => page.getByTestId('next-invoice').textContent())
      .toMatch(/^Next invoice: \$58\.00 on /);
    expect(await page.getByTestId('plan-badge').count()).toBe(0);
    await page.getByRole('button', { name: 'Manage in Stripe' }).waitFor();
    await screenshot(page, 'billing-pro');
    expect(sim.deliveries.map((d) => d.status)).toEqual([200, 200, 200]);
    expect(consoleErrors).toEqual([]);
  });
});
