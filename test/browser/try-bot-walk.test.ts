import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSession } from '../../core/sessions/index.ts';
import type { TenantContext } from '../../core/shared/context.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { publishPasswordFlow } from '../walk-flow.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/**
 * The L1 view of Try the bot in real Chromium against the real server: a ticket is matched to an
 * authored flow, walked on the real Adaptive Card to "It worked", and its resolution note posted.
 */
describe('Try the bot: L1 flow walk in Chromium', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let l1: TenantContext & { email: string };

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    const account = await createTestAccount(database, 'Walk MSP');
    await publishPasswordFlow(await account.member('engineer', { name: 'Erin Engineer' }));
    l1 = await account.member('l1', { name: 'Lee Firstline' });
    server = await startTestServer(database);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('ticket → authored flow matched → walked → It worked → resolution note posted', async () => {
    await page.goto(`${server.url}/sessions`);
    await page.getByLabel('Email').fill(l1.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Try the bot', exact: true }).click();
    await page.getByRole('link', { name: 'L1 view: walk a flow' }).click();
    await page.getByRole('heading', { level: 2, name: 'Try the bot: walk a flow (L1)' }).waitFor();

    await page.getByLabel('Summary').fill('Outlook keeps asking for a password');
    // Details stay empty: extra words lower the match coverage (see docs/flow-walker.md).
    await page.getByLabel('Client').fill('Contoso Ltd');
    await page.getByRole('button', { name: 'Find a flow' }).click();
    await expect
      .poll(() => page.getByTestId('walk-decision').textContent())
      .toBe('Matched the authored flow "Outlook keeps asking for a password".');
    const card = page.getByTestId('walk-card');
    await card.getByText('Did the password change in the last day?').waitFor();

    const press = async (name: string) => {
      const done = page.waitForResponse(
        (r) => r.url().includes('/actions') && r.request().method() === 'POST',
      );
      await card.getByRole('button', { name, exact: true }).click();
      expect((await done).status()).toBe(200);
    };
    await card.getByRole('textbox').fill('Changed it at 9am');
    await press('Yes');
    await card.getByText('Expected: The inbox opens without another prompt').waitFor();
    await press('Yes');
    await card.getByText('Clear the cached Office credentials').waitFor();
    await screenshot(page, '10-try-bot-walk-fix');
    await press('It worked');
    await card.getByText(/^✅ Resolved: the fix worked/).waitFor();
    await press('Preview resolution note');
    await card.getByRole('button', { name: 'Confirm & post' }).waitFor();
    // The preview's sections are editable inputs; the walked path is in "What we confirmed".
    const sections = await card
      .locator('textarea, input')
      .evaluateAll((els) => els.map((e) => (e as unknown as { value: string }).value).join('\n'));
    expect(sections).toContain('Did the password change in the last day — Yes (Changed it at 9am)');
    await press('Confirm & post');
    await screenshot(page, '11-try-bot-walk-resolved');

    const sessionHref = await page.getByRole('link', { name: 'See the session' }).getAttribute('href');
    const sessionId = sessionHref?.split('/').pop() ?? '';
    const session = await getSession({ ctx: l1, sessionId });
    expect(session.status).toBe('resolved_local');
    expect(session.notes).toHaveLength(1);
  });
});
