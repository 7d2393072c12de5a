import { randomUUID } from 'node:crypto';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { api, signIn, startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

const PASSWORD = 'a-brand-new-password';

/**
 * Self-serve signup in Chromium, as in development (no SMTP): sign in page → "Create an account" →
 * the form → the verification link shown on the page → "Email verified" → the home page with the
 * welcome checklist, ticked from real state (an invite sent through the API ticks "Invite your team").
 */
describe('self-serve signup in Chromium', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];
  const email = `founder-${randomUUID().slice(0, 8)}@northwind.example`;
  const company = `Northwind IT ${randomUUID().slice(0, 6)}`;

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    server = await startTestServer(database, { SIGNUP_MAX_PER_IP: '1000' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  }, 180_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  it('signs up, verifies with the development link, and lands on the welcome checklist', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByTestId('sign-up-link').click();
    await page.getByRole('heading', { name: 'Create your ResolutionFlow account' }).waitFor();
    await page.getByLabel('Company').fill(company);
    await page.getByLabel('Your name').fill('Nora North');
    await page.getByLabel('Work email').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill('short');
    await expect(page.getByRole('button', { name: 'Create account' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('textbox', { name: 'Password' }).fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();

    await page.getByRole('heading', { name: 'Your account is ready' }).waitFor();
    const link = page.getByTestId('dev-verification-link');
    expect(await link.getAttribute('href')).toMatch(/\/verify-email\?token=[A-Za-z0-9_-]+$/);
    await screenshot(page, 'signup-check-your-email');
    await link.click();

    await page.getByTestId('verified').waitFor();
    expect(await page.getByTestId('verified').textContent()).toContain(email);
    await page.getByRole('link', { name: 'Go to your dashboard' }).click();

    const checklist = page.getByTestId('welcome-checklist');
    await checklist.waitFor();
    expect(await checklist.getByRole('heading').textContent()).toContain('0 of 5 done');
    for (const step of ['chat', 'psa', 'knowledge', 'team', 'try']) {
      expect(await page.getByTestId(`checklist-${step}`).getAttribute('data-done')).toBe('false');
    }
    expect(await checklist.getByRole('link', { name: 'Connect your PSA' }).getAttribute('href')).toBe(
      '/integrations/psa',
    );
    // Verified: no reminder banner.
    expect(await page.getByTestId('verification-banner').count()).toBe(0);

    // A real invite ticks "Invite your team" on the next look.
    const token = await signIn(server, email, PASSWORD);
    const invited = await api(server, '/api/v1/users/invites', {
      method: 'POST',
      token,
      body: { email: `teammate-${randomUUID().slice(0, 6)}@northwind.example`, role: 'engineer' },
    });
    expect(invited.status).toBe(201);
    await page.reload();
    await page.locator('[data-testid="checklist-team"][data-done="true"]').waitFor();
    expect(await checklist.getByRole('heading').textContent()).toContain('1 of 5 done');
    await screenshot(page, 'signup-welcome-checklist');

    await checklist.getByRole('button', { name: 'Dismiss' }).click();
    await checklist.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
  });
});
