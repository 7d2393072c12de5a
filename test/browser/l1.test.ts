import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWalkIn } from '../../core/tickets/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { startTestServer } from '../server.ts';
import { publishPasswordFlow } from '../walk-flow.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/**
 * The L1 page as first-call staff use it: a queue oldest first with age and priority, a walk-in
 * logged through the form, and Start showing the flow decision with the way into the session.
 */
describe('admin web: the L1 queue in Chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  let engineerEmail: string;
  let coveringEmail: string;
  let viewerEmail: string;

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    const account = await createTestAccount(database, 'L1 MSP');
    const l1 = await account.member('l1', { name: 'Lena Desk' });
    engineerEmail = (await account.member('engineer', { name: 'Eddie Engineer' })).email;
    coveringEmail = (await account.member('engineer', { name: 'Cora Cover', canCoverL1: true })).email;
    viewerEmail = (await account.member('viewer', { name: 'Vera Viewer' })).email;
    await publishPasswordFlow(account.owner);
    // Waiting since 2 h 5 m ago: it must sort above anything logged now.
    await createWalkIn({
      ctx: l1,
      input: {
        contactName: 'Old Timer',
        client: 'Northwind',
        summary: 'Shared mailbox missing',
        priority: 'low',
      },
      now: new Date(Date.now() - 125 * 60_000),
    });
    server = await startTestServer(database);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text());
    });
    await page.goto(`${server.url}/l1`);
    await page.getByLabel('Email').fill(l1.email);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'L1 queue' }).waitFor();
    consoleErrors.length = 0;
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const rows = () => page.getByRole('table', { name: 'L1 queue' }).locator('tbody tr');

  it('logs a walk-in through the form; the queue lists it after the older ticket', async () => {
    await expect.poll(() => rows().count()).toBe(1);
    await expect.poll(() => rows().first().textContent()).toMatch(/2 h 0[45] m/);
    await page.getByRole('button', { name: 'Log a walk-in' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a walk-in' });
    await dialog.getByLabel('Contact name').fill('Ravi Patel');
    await dialog.getByLabel('Contact email').fill('ravi@fabrikam.example');
    await dialog.getByLabel(/Client company/).fill('Fabrikam');
    // Typing past the server's limit stops at it (the browser enforces maxlength on what is typed
    // or pasted), instead of being refused after Log walk-in.
    await dialog.getByLabel('Summary').focus();
    await page.keyboard.insertText('x'.repeat(520));
    expect((await dialog.getByLabel('Summary').inputValue()).length).toBe(500);
    expect(await dialog.getByLabel('Details').getAttribute('maxlength')).toBe('8000');
    await dialog.getByLabel('Summary').fill('Ricoh copier fails to scan to folder');
    await dialog.getByLabel('Details').fill('Since the password change this morning.');
    await dialog.getByLabel('Priority').selectOption('urgent');
    await dialog.getByRole('button', { name: 'Log walk-in' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => rows().count()).toBe(2);
    const texts = await rows().allTextContents();
    expect(texts[0]).toMatch(/Shared mailbox missing/);
    expect(texts[1]).toMatch(/Ricoh copier fails to scan to folder/);
    expect(texts[1]).toMatch(/urgent/i);
    expect(texts[1]).toMatch(/Fabrikam · Ravi Patel/);
    expect(texts[1]).toMatch(/Unassigned/);
    await expect.poll(() => page.getByRole('radio', { name: /Unassigned \(2\)/ }).count()).toBe(1);
  });

  it('Start shows the flow decision, moves the ticket to Mine and links to its session', async () => {
    await page.getByRole('button', { name: 'Start Ricoh copier fails to scan to folder' }).click();
    const notice = page.getByTestId('started-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toMatch(
      /Authored flow|Validated draft|Built from the knowledge base|No flow/,
    );
    await expect.poll(() => rows().nth(1).textContent()).toMatch(/In progress\s*Lena Desk/);
    await screenshot(page, 'l1-queue-started');

    await page.getByText(/^Mine/).click();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toMatch(/Ricoh copier/);

    await page.getByPlaceholder(/Search summary/).fill('mailbox');
    await page.getByText(/^All/).click();
    await expect.poll(() => rows().count()).toBe(1);
    expect(await rows().first().textContent()).toMatch(/Shared mailbox missing/);

    await notice.getByRole('link', { name: 'Open the session' }).click();
    await page.waitForURL(/\/sessions\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByText('Ricoh copier fails to scan to folder').count())
      .toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it('shows each role only what it may use: the queue to L1 and covering engineers, Test walk to L1 and up', async () => {
    const asUser = async (email: string) => {
      const other = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const p = await other.newPage();
      p.setDefaultTimeout(10_000);
      await p.goto(`${server.url}/flows`);
      await p.getByLabel('Email').fill(email);
      await p.getByLabel(/^Password/).fill(TEST_PASSWORD);
      await p.getByRole('button', { name: 'Sign in' }).click();
      await p.getByRole('heading', { level: 2, name: 'Flows' }).waitFor();
      const nav = p.getByRole('navigation', { name: 'Main' });
      const queueLink = await nav.getByRole('link', { name: 'L1 queue' }).count();
      await p.getByText('Outlook keeps asking for a password').first().click();
      await p.getByRole('heading', { name: 'Steps' }).waitFor();
      const testWalk = await p.getByRole('button', { name: 'Test walk' }).count();
      await other.close();
      return { queueLink, testWalk };
    };
    expect(await asUser(engineerEmail)).toEqual({ queueLink: 0, testWalk: 1 });
    expect(await asUser(coveringEmail)).toEqual({ queueLink: 1, testWalk: 1 });
    expect(await asUser(viewerEmail)).toEqual({ queueLink: 0, testWalk: 0 });
  });

  it('brings a picked flow into view on a short window, so the click visibly does something', async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 420 } });
    const p = await other.newPage();
    p.setDefaultTimeout(10_000);
    await p.goto(`${server.url}/flows`);
    await p.getByLabel('Email').fill(engineerEmail);
    await p.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByRole('heading', { level: 2, name: 'Flows' }).waitFor();
    await p.getByText('Outlook keeps asking for a password').first().click();
    const title = p.getByRole('heading', { level: 3, name: 'Outlook keeps asking for a password' });
    await title.waitFor();
    await p.waitForFunction('window.scrollY > 0');
    const box = await title.boundingBox();
    expect(box && box.y >= 0 && box.y < 420).toBe(true);
    await other.close();
  });
});
