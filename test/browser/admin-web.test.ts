import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoArticles } from '../../core/kb/demo/seed-demo-articles.ts';
import { getUser } from '../../core/users/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD, type TestAccount } from '../factories.ts';
import { api, signIn, startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/**
 * The admin web driven in real Chromium against the real server (PGlite, offline engine, the built
 * SPA). The steps run in order on one signed-in page, as a person would click through.
 */
describe('admin web in Chromium', { timeout: 60_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let account: TestAccount;
  let ownerEmail: string;
  let ownerToken: string;
  let engineerEmail: string;

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    account = await createTestAccount(database, 'Browser MSP');
    // The assistant's answers come from the account's own index: give it the built-in demo articles.
    await seedDemoArticles(account.owner);
    server = await startTestServer(database);
    const actor = account.owner.actor;
    ownerEmail = (await getUser({ ctx: account.owner, userId: actor.kind === 'user' ? actor.userId : '' }))
      .email;
    ownerToken = await signIn(server, ownerEmail, TEST_PASSWORD);
    engineerEmail = (await account.member('engineer', { name: 'Erin Engineer' })).email;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    // Fail a step in seconds with its locator named, not at the test's timeout.
    page.setDefaultTimeout(10_000);
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const nav = async (label: string, heading: string) => {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  };

  it('signs in with email and password', async () => {
    await page.goto(`${server.url}/sessions`);
    await page.getByRole('heading', { name: 'Sign in to ResolutionFlow' }).waitFor();
    await screenshot(page, '01-sign-in');
    await page.getByLabel('Email').fill(ownerEmail);
    await page.getByLabel(/^Password/).fill('wrong password here');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Email or password is not right.').waitFor();
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toMatch(/owner/);
    // The session lives in httpOnly cookies, not in the page: a reload stays signed in.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
  });

  it('resolves a problem in Try the bot through the real Adaptive Card', async () => {
    await nav('Try the bot', 'Try the bot');
    await page
      .getByLabel('Describe the problem')
      .fill('Outlook keeps saying Trying to connect after a password change');
    await page.getByRole('button', { name: 'Send' }).click();
    const card = page.getByTestId('adaptive-card');
    await card.getByRole('button', { name: 'Apply', exact: true }).waitFor();
    await expect.poll(() => page.locator('[data-role="assistant"]').count()).toBe(1);

    const press = async (name: string) => {
      const done = page.waitForResponse(
        (r) => r.url().includes('/actions') && r.request().method() === 'POST',
      );
      await card.getByRole('button', { name, exact: true }).click();
      expect((await done).status()).toBe(200);
    };
    await press('Apply');
    await press('It worked');
    await press('Preview resolution note');
    await card.getByRole('button', { name: 'Confirm & post' }).waitFor();
    await screenshot(page, '02-try-the-bot-preview');
    await press('Confirm & post');
    await page.getByTestId('session-closed').waitFor();
    await screenshot(page, '03-try-the-bot-resolved');

    const sessionId = new URL(page.url()).searchParams.get('session');
    const session = await api(server, `/api/v1/sessions/${sessionId}`, { token: ownerToken });
    expect(session.body).toMatchObject({ status: 'resolved_local', channel: { kind: 'web' } });
    expect((session.body as { notes: unknown[] }).notes).toHaveLength(1);
  });

  it('lists sessions with filters and opens one', async () => {
    await nav('Sessions', 'Sessions');
    await page.getByLabel('Channel').selectOption('web');
    const row = page.getByRole('link', { name: /Outlook keeps saying/ });
    await row.waitFor();
    await page.getByLabel('Status').selectOption('escalated');
    await page.getByTestId('empty-state').waitFor();
    await page.getByLabel('Status').selectOption('resolved_local');
    await row.waitFor();
    await screenshot(page, '04-sessions');
    await row.click();
    await page.getByRole('heading', { name: 'Transcript' }).waitFor();
    await page.getByTestId('posted-note').waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Fixes and outcomes' }).count()).toBe(1);
    await screenshot(page, '05-session-detail');
  });

  it('lets a keyboard user skip the header and navigation with the first Tab', async () => {
    await nav('Sessions', 'Sessions');
    // As a page is first opened: nothing focused, Tab starts from the top.
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    // Page-side code as strings: this project's TypeScript has no DOM library.
    const focused = () => page.evaluate<string | null>('document.activeElement?.textContent ?? null');
    expect(await focused()).toBe('Skip to main content');
    // Hidden until focused, then on screen.
    expect((await skip.boundingBox())?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate<string | undefined>('document.activeElement?.id')).toBe('main-content');
    // The next Tab goes into the page, not back through the navigation.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate<boolean>(
        "document.getElementById('main-content').contains(document.activeElement) && document.activeElement.id !== 'main-content'",
      ),
    ).toBe(true);
  });

  it('refuses an out-of-bounds policy inline and saves a valid one', async () => {
    await nav('Policy', 'Policy');
    await page.getByRole('heading', { name: 'Session security' }).waitFor();
    await page.locator('label', { hasText: 'Custom' }).click();
    const idle = page.getByLabel('Idle timeout', { exact: true });
    await idle.fill('10');
    await page.getByLabel('Idle timeout unit').selectOption('minutes');
    await page.getByText('Must be at least 15 minutes').waitFor();
    expect(await page.getByRole('button', { name: 'Save policy' }).isDisabled()).toBe(true);

    await idle.fill('2');
    await page.getByLabel('Idle timeout unit').selectOption('hours');
    await page.getByLabel('Absolute lifetime', { exact: true }).fill('3');
    await page.getByLabel('Absolute lifetime unit').selectOption('hours');
    await page.getByLabel('Idle timeout unit').selectOption('days');
    await page.getByText('Must not be longer than the absolute lifetime').waitFor();
    await page.getByLabel('Idle timeout unit').selectOption('hours');
    await page.getByRole('button', { name: 'Save policy' }).click();
    await page.getByTestId('policy-saved').waitFor();
    await screenshot(page, '06-policy');

    const saved = await api(server, '/api/v1/account/session-policy', { token: ownerToken });
    expect(saved.body).toMatchObject({ preset: 'custom', idleMinutes: 120, absoluteMinutes: 180 });
  });

  it('invites a user', async () => {
    await nav('Users', 'Users');
    await page.getByTestId(`user-${engineerEmail}`).waitFor();
    await page.getByRole('button', { name: 'Invite user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a user' });
    await dialog.getByLabel('Email').fill('new.tech@test.example');
    await dialog.getByLabel('Name (optional)').fill('New Tech');
    await dialog.getByLabel('Role').selectOption('engineer');
    await dialog.getByRole('button', { name: 'Send invite' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('pending-invite').filter({ hasText: 'new.tech@test.example' }).waitFor();
    await screenshot(page, '07-users');
  });

  it('warns five minutes before idle expiry and renews with Stay signed in', async () => {
    await page.clock.install();
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Users' }).waitFor();
    const { session } = (await page.evaluate(() =>
      fetch('/api/v1/auth/session', { credentials: 'include' }).then((r) => r.json()),
    )) as { session: { idleExpiresAt: string } };
    expect(await page.getByTestId('expiry-warning').count()).toBe(0);
    // Jump to four minutes before the idle deadline; the page checks the time every 15 s.
    const now = await page.evaluate(() => Date.now());
    await page.clock.fastForward(Date.parse(session.idleExpiresAt) - now - 4 * 60_000);
    const warning = page.getByTestId('expiry-warning');
    await warning.getByText('You will be signed out soon').waitFor();
    await screenshot(page, '10-expiry-warning');
    const renewed = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/refresh'));
    await warning.getByRole('button', { name: 'Stay signed in' }).click();
    expect((await renewed).status()).toBe(200);
  });

  it('revokes everyone else’s sessions after confirmation', async () => {
    await signIn(server, engineerEmail, TEST_PASSWORD);
    await nav('Active sessions', 'Active sessions');
    await page.getByTestId('active-session-row').filter({ hasText: engineerEmail }).waitFor();
    await screenshot(page, '08-active-sessions');
    await page.getByRole('button', { name: 'Sign out everyone except me' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sign out everyone except you?' });
    await dialog.getByRole('button', { name: 'Sign out everyone else' }).click();
    await page.getByTestId('revoke-result').waitFor();
    await expect
      .poll(() => page.getByTestId('active-session-row').filter({ hasText: engineerEmail }).count())
      .toBe(0);
    // The owner is still signed in.
    await nav('Audit log', 'Audit log');
  });

  it('shows the audit log with filters', async () => {
    await page.getByRole('table', { name: 'Audit log' }).waitFor();
    // The action filter offers the actions in words (docs/admin-web.md, "Audit log").
    await page
      .getByRole('combobox', { name: 'Action' })
      .selectOption({ label: 'Opened a diagnosis session' });
    await expect
      .poll(() => page.getByRole('table', { name: 'Audit log' }).locator('tbody tr').count())
      .toBe(1);
    await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Any action' });
    await screenshot(page, '09-audit-log');
  });
});
