import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getUser } from '../../core/users/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { insertHistory } from '../insights-dataset.ts';
import { api, signIn, startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot, signInThroughPage } from './harness.ts';

/**
 * The owner's pages on a phone (390 px wide): nothing makes the whole page scroll sideways, and
 * the header's plan badge and the welcome checklist's Dismiss read in full. An outside
 * click-through found the Knowledge table 535 px wide, "PRO TR…" and "Dismis".
 */
describe('admin web at phone width', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    const account = await createTestAccount(database, 'Pocket MSP');
    const actor = account.owner.actor;
    const email = (await getUser({ ctx: account.owner, userId: actor.kind === 'user' ? actor.userId : '' }))
      .email;
    // A session resolved without a PSA: its status reads "Resolved (note kept in ResolutionFlow)".
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await insertHistory(database, account.accountId, [
      {
        ownerUserId: actor.kind === 'user' ? actor.userId : '',
        client: null,
        createdAt: hourAgo,
        resolvedAt: hourAgo,
      },
    ]);
    server = await startTestServer(database);
    const token = await signIn(server, email, TEST_PASSWORD);
    const created = await api(server, '/api/v1/kb/connectors', {
      method: 'POST',
      token,
      body: {
        kind: 'hudu',
        name: 'Hudu runbooks with a rather long name',
        apiKey: 'hudu-test-key-123456',
        settings: { baseUrl: 'https://docs.pocket-msp.test' },
      },
    });
    expect(created.status).toBe(201);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await signInThroughPage(page, server.url, email, TEST_PASSWORD);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  const pageWidth = () => page.evaluate<number>('document.documentElement.scrollWidth');
  /** Whether an element's text is cut off (an ellipsis or overflow). */
  const clipped = (selector: ReturnType<Page['getByRole']>) =>
    selector.evaluate((el) => el.scrollWidth > el.clientWidth + 1);

  it('shows Sessions without sideways scrolling, Dismiss whole', async () => {
    const dismiss = page.getByRole('button', { name: 'Dismiss' });
    await dismiss.waitFor();
    expect(await clipped(dismiss)).toBe(false);
    // A new account is on its trial: the header says so in a few characters, not "PRO TR…".
    const badge = page.getByText(/^Trial · \d+d$/);
    await badge.waitFor();
    expect(await clipped(badge)).toBe(false);
    // A long status label wraps in its badge instead of ending in "…".
    const status = page
      .getByRole('table', { name: 'Sessions' })
      .getByText('Resolved (note kept in ResolutionFlow)');
    await status.waitFor();
    expect(await clipped(status)).toBe(false);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page, 'mobile-sessions');
  });

  it('scrolls the Knowledge table inside its box, not the page', async () => {
    await page.goto(`${server.url}/knowledge`);
    await page.getByRole('table', { name: 'Knowledge connectors' }).waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page, 'mobile-knowledge');
  });
});
