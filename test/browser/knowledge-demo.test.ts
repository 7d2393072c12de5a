import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoArticles } from '../../core/kb/demo/seed-demo-articles.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium } from './harness.ts';

/** The demo account's built-in articles on the Knowledge page: read-only, and searched like the rest. */
describe('admin web: demo articles on the Knowledge page in Chromium', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    const account = await createTestAccount(database, 'Demo articles MSP');
    await seedDemoArticles(account.owner);
    server = await startTestServer(database, {});
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const admin = await account.member('admin');
    await page.goto(`${server.url}/knowledge`);
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Knowledge' }).waitFor();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it("lists the demo articles as read-only and answers the README's example search", async () => {
    const row = page.getByRole('row', { name: /Demo articles/ });
    await row.getByTestId('connector-read-only').waitFor();
    expect(await row.getByRole('button').count()).toBe(0);

    await page.getByLabel('Ticket text').fill('outlook keeps asking for a password');
    await page.getByRole('button', { name: 'Search' }).click();
    const results = page.getByTestId('kb-results');
    await results.getByText('Outlook keeps asking for a password (credential prompt loop)').waitFor();
    expect(await results.getByText(/demo · \d+%/).count()).toBeGreaterThan(0);
    const answer = results
      .getByTestId('kb-result')
      .filter({ hasText: 'Outlook keeps asking for a password (credential prompt loop)' });
    expect(await answer.getByTestId('kb-weak-match').count()).toBe(0);
  });

  it('marks a passage that only shares a word with the ticket as a weak match', async () => {
    await page.getByLabel('Ticket text').fill('the CEO wants a new phone');
    await page.getByRole('button', { name: 'Search' }).click();
    const card = page
      .getByTestId('kb-results')
      .getByTestId('kb-result')
      .filter({ hasText: 'Active Directory account keeps locking out' });
    await card.getByTestId('kb-weak-match').waitFor();
    expect(await card.getByTestId('kb-weak-match').textContent()).toBe('Weak match');
  });
});
