import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { smallFlowYaml } from '../flows.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/** The Flows page in real Chromium: import (a broken file refused with the step named), publish, test-walk, export. */
describe('admin web: flows in Chromium', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: Awaited<ReturnType<typeof createTestAccount>>;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Flows MSP');
    server = await startTestServer(database);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const engineer = await account.member('engineer');
    await page.goto(`${server.url}/flows`);
    await page.getByLabel('Email').fill(engineer.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Flows' }).waitFor();
    // From here on: the signed-out probe before sign-in answers 401 by design.
    page.on('console', (m) => {
      // The refused import is a 400 by design; Chromium logs every 4xx fetch as a console error.
      if (m.type() === 'error' && !/status of 400/.test(m.text())) consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
  }, 150_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('imports a flow, refuses a broken one naming the step, publishes, walks it to resolution and exports it', async () => {
    await page.getByText('No flows match').waitFor();
    const file = page.getByLabel('Flow file');
    await file.fill(smallFlowYaml('Printer offline in accounts').replace('next: fixed', 'next: fixd'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(/step "clear", rule unknown_target/).waitFor();
    await page.getByText('No flows match').waitFor();

    await file.fill(smallFlowYaml('Printer offline in accounts'));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('heading', { level: 3, name: 'Printer offline in accounts' }).waitFor();
    await page.getByRole('button', { name: 'Publish' }).click();
    const walk = page.getByLabel('Test walk');
    await page.getByRole('button', { name: 'Test walk' }).click();
    for (const [step, answer] of [
      ['Is the printer on?', 'Yes'],
      ['Can colleagues print?', 'Yes'],
      ['Clear the print queue', 'Done'],
    ]) {
      await walk.getByText(`Step: ${step}`).waitFor();
      await walk.getByRole('button', { name: answer, exact: true }).click();
    }
    await walk.getByRole('button', { name: 'It worked' }).click();
    await walk.getByText('Resolved: the fix worked').waitFor();
    await page
      .getByRole('row', { name: /Printer offline in accounts/ })
      .getByText('100%')
      .waitFor();

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export YAML' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('printer-offline-in-accounts.yaml');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    expect(readFileSync(path, 'utf8')).toContain('title: Printer offline in accounts');
    await screenshot(page, 'flows');
    expect(consoleErrors).toEqual([]);
  });

  it("an admin changes the account's promotion bar; an impossible value is refused and not saved", async () => {
    const admin = await account.member('admin');
    const adminContext = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    const p = await adminContext.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${server.url}/flows`);
    await p.getByLabel('Email').fill(admin.email);
    await p.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    const bar = p.getByLabel('Promotion bar');
    const walks = bar.getByLabel('Successful walks');
    await expect.poll(() => walks.inputValue()).toBe('3');
    await bar.getByLabel('Success share (%)').fill('30');
    await bar.getByRole('button', { name: 'Save bar' }).click();
    await bar.getByText(/at least 50%/).waitFor();
    await bar.getByLabel('Success share (%)').fill('90');
    await walks.fill('2');
    await bar.getByRole('button', { name: 'Save bar' }).click();
    await bar.getByText('Saved.').waitFor();
    await p.reload();
    await expect
      .poll(() => p.getByLabel('Promotion bar').getByLabel('Successful walks').inputValue())
      .toBe('2');
    await expect
      .poll(() => p.getByLabel('Promotion bar').getByLabel('Success share (%)').inputValue())
      .toBe('90');
    // Engineers author flows but do not set account policy: no bar on their page.
    expect(await page.getByLabel('Promotion bar').count()).toBe(0);
    await adminContext.close();
  });
});
