import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/** The Scripts page's builder in real Chromium: highlighting, schema editing, live preview, flags, publish, versions. */
describe('admin web: script builder in Chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    const account = await createTestAccount(database, 'Scripts MSP');
    server = await startTestServer(database);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const engineer = await account.member('engineer');
    await page.goto(`${server.url}/scripts`);
    await page.getByLabel('Email').fill(engineer.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Scripts' }).waitFor();
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('builds a template: undeclared placeholders marked, declared in one click, previewed live, flagged, published and versioned', async () => {
    await page.getByText('No scripts match').waitFor();
    await page.getByRole('button', { name: 'New script' }).click();
    const builder = page.getByLabel('Script builder');
    await builder.getByLabel('Name').fill('Clear a user temp folder');
    await builder.getByLabel('Category').fill('Maintenance');
    await builder.getByLabel('Tags').fill('disk, temp');
    await builder
      .getByRole('textbox', { name: 'Script', exact: true })
      .fill(
        'Remove-Item "C:\\Users\\{{UserName}}\\AppData\\Local\\Temp\\*" -Recurse -Force\nWrite-Output "Ticket {{Ticket}} done"',
      );

    const highlighted = builder.getByLabel('Highlighted script');
    await highlighted.locator('mark[data-param="UserName"][data-declared="false"]').waitFor();
    const status = builder.getByLabel('Preview status');
    await status.getByText('{{UserName}} is not a declared parameter', { exact: false }).waitFor();

    await builder.getByRole('button', { name: 'Declare {{UserName}}, {{Ticket}}' }).click();
    await highlighted.locator('mark[data-param="UserName"][data-declared="true"]').waitFor();
    await builder.getByLabel('Ticket type').selectOption('int');
    await status.getByText('Missing: UserName, Ticket').waitFor();

    await builder.getByLabel('Sample UserName').fill('alex.w');
    await builder.getByLabel('Sample Ticket').fill('12a');
    await status.getByText('Ticket: must be a whole number').waitFor();
    await builder.getByLabel('Sample Ticket').fill('4711');
    await status.getByText('Ready to copy.').waitFor();
    const rendered = builder.getByLabel('Rendered preview');
    expect(await rendered.textContent()).toBe(
      'Remove-Item "C:\\Users\\alex.w\\AppData\\Local\\Temp\\*" -Recurse -Force\nWrite-Output "Ticket 4711 done"',
    );
    await builder.getByLabel('Destructive commands').getByText('Recursive delete').waitFor();

    await builder.getByRole('button', { name: 'Save and publish' }).click();
    const panel = page.getByLabel('Script Clear a user temp folder');
    await panel.getByRole('heading', { level: 3, name: 'Clear a user temp folder' }).waitFor();
    await panel.getByRole('table', { name: 'Versions' }).getByText('v1').waitFor();
    await page
      .getByRole('row', { name: /Clear a user temp folder/ })
      .getByText('destructive')
      .waitFor();

    await panel.getByRole('button', { name: 'Edit' }).click();
    await page
      .getByLabel('Script builder')
      .getByRole('textbox', { name: 'Script', exact: true })
      .fill(
        'Remove-Item "C:\\Users\\{{UserName}}\\AppData\\Local\\Temp\\*" -Recurse -Force\nWrite-Output "Ticket {{Ticket}} cleared"',
      );
    await page.getByLabel('Script builder').getByRole('button', { name: 'Save and publish' }).click();
    await panel.getByRole('table', { name: 'Versions' }).getByText('v2').waitFor();
    await panel.getByLabel('Script body').getByText('cleared', { exact: false }).waitFor();
    await screenshot(page, 'scripts-builder');
    expect(consoleErrors).toEqual([]);
  });
});
