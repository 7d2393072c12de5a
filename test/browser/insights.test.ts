import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openDatabase } from '../../core/db/client.ts';
import { runMigrations } from '../../core/db/migrate.ts';
import { DEMO_PASSWORD, DEMO_PEOPLE } from '../../core/demo/seed-demo.ts';
import { claimEscalation } from '../../core/escalations/index.ts';
import type { RunningServer } from '../../server/boot.ts';
import { testDatabase } from '../db.ts';
import { createTestAccount, TEST_PASSWORD } from '../factories.ts';
import { api, signIn, startTestServer } from '../server.ts';
import { ensureAdminWebBuilt, launchChromium, screenshot } from './harness.ts';

/**
 * The Insights page in Chromium over history made with the real verbs (the demo seed has no
 * history yet): an engineer opens four sessions through the API, works, resolves and escalates
 * some, an admin claims one; then an admin reads the charts, narrows the range, and downloads a CSV.
 */
describe('Insights page in Chromium', { timeout: 90_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let adminEmail = '';
  const errors: string[] = [];

  beforeAll(async () => {
    const [, database] = await Promise.all([ensureAdminWebBuilt(), testDatabase()]);
    const account = await createTestAccount(database, 'Insights Browser MSP');
    const admin = await account.member('admin', { name: 'Ada Admin' });
    const engineer = await account.member('engineer', { name: 'Eli Engineer' });
    adminEmail = admin.email;
    server = await startTestServer(database);
    const token = await signIn(server, engineer.email, TEST_PASSWORD);
    const post = async (path: string, body: unknown) => {
      const res = await api(server, `/api/v1${path}`, { method: 'POST', token, body });
      expect(res.status, `${path}: ${res.text}`).toBeLessThan(300);
      return res.body as { id: string };
    };
    const ids: string[] = [];
    for (const problem of [
      'Printer offline on floor 2',
      'VPN drops every hour',
      'Outlook asks for password',
      'New starter needs a laptop',
    ]) {
      ids.push((await post('/sessions', { problemSummary: problem })).id);
    }
    for (const id of ids.slice(0, 3)) {
      await post(`/sessions/${id}/turns`, { message: 'It started this morning for everyone.' });
      await post(`/sessions/${id}/turns`, { message: 'Restarting did not help.' });
    }
    await post(`/sessions/${ids[0]}/resolution-note/post`, {});
    await post(`/sessions/${ids[1]}/resolution-note/post`, {});
    await post(`/sessions/${ids[2]}/escalation-package/post`, {});
    await claimEscalation({ ctx: admin, sessionId: ids[2] });

    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
  });

  const chart = (title: string) => page.locator(`section[data-chart="${title}"]`);

  it('shows the charts with data', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel(/^Password/).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Insights', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Insights' }).waitFor();

    const volume = chart('Sessions in and out per day');
    await expect.poll(() => volume.locator('[data-headline]').textContent()).toBe('4 opened in range');
    // Recharts draws each series as an SVG path: lines for the daily charts, bars for the rest.
    expect(await volume.locator('svg path.recharts-curve').count()).toBe(3);
    expect(await chart('Resolution rate and L1 deflection').locator('[data-headline]').textContent()).toBe(
      'Resolved 50% · resolved without escalation 50%',
    );
    expect(await chart('Escalations by client').locator('svg path.recharts-rectangle').count()).toBe(2);
    const people = chart('Activity per person');
    await people.getByText('Eli Engineer').waitFor();
    expect(await people.locator('svg path.recharts-rectangle').count()).toBeGreaterThanOrEqual(3);
    // Made seconds apart, so the bars are too short to draw; the headline carries the numbers.
    const times = chart('Time to first action and to claim');
    expect(await times.locator('.recharts-wrapper').count()).toBe(1);
    expect(await times.locator('[data-headline]').textContent()).toMatch(
      /^First action p50 \d+ min, p90 \d+ min · claim p50 \d+ min, p90 \d+ min$/,
    );
    await screenshot(page, 'insights-01-charts');
    expect(errors).toEqual([]);
  });

  it('changes the numbers when the range changes', async () => {
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/v1/insights')) asked.push(r.url());
    });
    await page.getByLabel('To', { exact: true }).fill('2020-01-31');
    await page.getByLabel('From', { exact: true }).fill('2020-02-15');
    // A backwards range is refused on the field, without asking the server.
    await page.getByText('From must be on or before To').waitFor();
    expect(asked.filter((u) => u.includes('from=2020-02-15'))).toEqual([]);
    await page.getByLabel('From', { exact: true }).fill('2020-01-01');
    const volume = chart('Sessions in and out per day');
    await expect.poll(() => volume.locator('[data-headline]').textContent()).toBe('0 opened in range');
    await volume.getByText('Nothing recorded in this range.').waitFor();
    expect(await page.locator('svg path.recharts-curve').count()).toBe(0);
    expect(new URL(page.url()).searchParams.get('from')).toBe('2020-01-01');
    await screenshot(page, 'insights-02-empty-range');
    await page.goBack();
    await page.goto(`${server.url}/insights`);
    await expect.poll(() => volume.locator('[data-headline]').textContent()).toBe('4 opened in range');
    expect(errors).toEqual([]);
  });

  it('downloads a chart as CSV', async () => {
    const volume = chart('Sessions in and out per day');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      volume.getByRole('link', { name: 'Download Sessions in and out per day as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^insights-volume-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe('day,opened,resolved,escalated');
    expect(lines).toHaveLength(31);
    const today = new Date().toISOString().slice(0, 10);
    expect(lines.at(-1)).toBe(`${today},4,2,1`);
    expect(errors).toEqual([]);
  });
});

/** The same page over the demo seed's month of history (real verbs, dated back), with a client picked. */
describe('Insights page in Chromium over the demo history', { timeout: 120_000 }, () => {
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  let database: Database;

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
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    page = await context.newPage();
    page.setDefaultTimeout(15_000);
  }, 240_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await database?.close();
  });

  it('charts the month and narrows it to one client', async () => {
    const owner = DEMO_PEOPLE[0];
    if (!owner) throw new Error('no demo owner');
    await page.goto(`${server.url}/sign-in`);
    await page.getByLabel('Email').fill(owner.email);
    await page.getByLabel(/^Password/).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 2, name: 'Sessions' }).waitFor();
    // From here on, signed in: the signed-out probe's 401 is behind us.
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
    await page.getByRole('navigation').getByRole('link', { name: 'Insights', exact: true }).click();
    const volume = page.locator('section[data-chart="Sessions in and out per day"]');
    const opened = async () => Number((await volume.locator('[data-headline]').textContent())?.split(' ')[0]);
    await expect.poll(opened).toBeGreaterThan(5);
    const all = await opened();
    expect(await volume.locator('svg path.recharts-curve').count()).toBe(3);
    const people = page.locator('section[data-chart="Activity per person"]');
    expect(await people.locator('svg path.recharts-rectangle').count()).toBeGreaterThan(3);
    await screenshot(page, 'insights-03-demo-history');

    await page.getByPlaceholder('All clients').click();
    const firstClient = page.getByRole('option').first();
    const client = (await firstClient.textContent()) ?? '';
    await firstClient.click();
    await expect.poll(() => new URL(page.url()).searchParams.get('client')).toBe(client);
    // The filtered month is recounted on a shared, loaded machine: give it more than the default second.
    await expect.poll(opened, { timeout: 15_000 }).toBeLessThan(all);
    expect(await opened()).toBeGreaterThan(0);
    await screenshot(page, 'insights-04-demo-one-client');
    expect(errors).toEqual([]);
  });
});
