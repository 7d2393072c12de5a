import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../core/db/client.ts';
import { runMigrations } from '../../core/db/migrate.ts';
import { DEMO_PASSWORD } from '../../core/demo/seed-demo.ts';
import type { RunningServer } from '../../server/boot.ts';
import { startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/**
 * A newcomer's first look: the server starts on an empty database with the demo on, seeds it, and
 * the owner signs in. Every list must already have real content, in words, with no console errors.
 */
// expect.poll gives up after 1 s by default; on a loaded machine a page can take longer.
const WAIT = { timeout: 15_000 };

describe('the demo on first start, in Chromium', { timeout: 60_000 }, () => {
  let database: Database;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    // A fresh embedded database even when the suites run against a server: the demo seeds only an empty one.
    [, database] = await Promise.all([
      ensureAdminWebBuilt(),
      openDatabase({ kind: 'pglite', dataDir: 'memory://' }).then(async (db) => {
        await runMigrations(db);
        return db;
      }),
    ]);
    server = await startTestServer(database, { SEED_DEMO: 'true' });
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await database?.close();
  });

  const nav = async (label: string, heading: string) => {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 2, name: heading }).waitFor();
  };

  it('shows a month of sessions on the Sessions page', async () => {
    await page.goto(`${server.url}/sessions`);
    await page.getByLabel('Email').fill('owner@contoso-msp.example');
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    // From here on, signed in: the signed-out probe's 401 and the favicon request are behind us.
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    const rows = page.getByRole('table', { name: 'Sessions' }).locator('tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(10);
    await expect.poll(() => page.getByText('No sessions match').count(), WAIT).toBe(0);
    await screenshot(page, 'demo-01-sessions');
  });

  it('opens a resolved session with its facts, fixes and posted note', async () => {
    const resolved = page
      .getByRole('table', { name: 'Sessions' })
      .locator('tbody tr')
      .filter({ hasText: /Resolved/i })
      .first();
    await resolved.getByRole('link').click();
    await page.getByRole('heading', { name: 'What we know' }).waitFor();
    const facts = page.locator('section[aria-labelledby="facts-heading"] li');
    expect(await facts.count()).toBeGreaterThanOrEqual(2);
    await expect.poll(() => page.getByText('Nothing confirmed yet.').count(), WAIT).toBe(0);
    expect(await page.locator('section[aria-labelledby="notes-heading"]').count()).toBe(1);
    await screenshot(page, 'demo-02-session-detail');
  });

  it('reads the audit log in words, and its "security" filter finds the sign-ins', async () => {
    await nav('Audit log', 'Audit log');
    const entries = page.getByTestId('audit-entry');
    await entries.first().waitFor();
    expect(await entries.count()).toBeGreaterThanOrEqual(20);
    const table = page.getByRole('table', { name: 'Audit log' });
    // Labels, not codes: no cell shows a dotted action code.
    const text = (await table.textContent()) ?? '';
    expect(text).not.toMatch(/\b(auth|session|fix|psa|user)\.[a-z_]+\b/);
    // Targets by name, not "session 88ee5099".
    expect(await table.getByRole('link').count()).toBeGreaterThan(0);
    await screenshot(page, 'demo-03-audit-log');

    await page.getByRole('combobox', { name: 'Tag' }).selectOption('security');
    await expect.poll(() => page.url(), WAIT).toContain('tag=security');
    const filtered = page.getByTestId('audit-entry');
    const untagged = filtered.filter({
      hasNot: page.getByRole('button', { name: 'Filter by tag security' }),
    });
    // The filtered page replaces the full one: wait until every row shown carries the tag.
    const only = (others: typeof untagged) => async () =>
      (await filtered.count()) > 0 && (await others.count()) === 0;
    await expect.poll(only(untagged), WAIT).toBe(true);
    await table.getByText('Signed in', { exact: true }).first().waitFor();
    await screenshot(page, 'demo-04-audit-log-security');

    // A session target leads to that session (a fix's target leads to its session too).
    await page.getByRole('combobox', { name: 'Tag' }).selectOption({ label: 'Any tag' });
    await page.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Resolved a session' });
    await expect.poll(() => page.url(), WAIT).toContain('action=session.resolved');
    await expect.poll(only(filtered.filter({ hasNotText: 'Resolved a session' })), WAIT).toBe(true);
    const link = page.getByTestId('audit-entry').getByRole('link').first();
    await link.waitFor();
    const name = ((await link.textContent()) ?? '').trim();
    await link.click();
    await page.getByRole('heading', { name: 'What we know' }).waitFor();
    expect(name.length).toBeGreaterThan(5);
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toContain(name.replace(/^#\d+ /, ''));
  });

  it('logged no console errors on any of those pages', () => {
    expect(consoleErrors).toEqual([]);
  });
});
